// A blockquote of a group's comments, each line opening with a member's name and a full-width colon with no
// space after it, as Chinese is written (`>杨文：你对待你所热爱的事业…`), under a `推荐语：` line. A bare
// `Name：` is as often a field (`推荐语：`, `要点：`), so such labels count only when the note credits each of
// them by name elsewhere, in its `from 杨文、何亚波` sign-off lines: two or more credited names make the
// blockquote a dialogue, one quote per name. Labels followed by a space are read by dialogue.ts.
import type { WrittenSpeaker } from "./raw";
import { rawQuote, type RawQuote } from "./raw";

const FROM_LINE = /^(?:from|via)\s+(\S.{0,80})$/i;
/** `杨文：text`: up to six characters of a name, a full-width colon, the words right after it. */
const CJK_LABEL = /^([^\s:：*[\]>#|｜]{1,6})：(?=\S)/;

/** The names the note's `from A、B` lines credit (a line of its own, names split at `、`, `，` or `,`). */
export function creditedNames(lines: readonly string[], start: number): Set<string> {
	const names = new Set<string>();
	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		if (line.indexOf("from") < 0 && line.indexOf("via") < 0) continue;
		const m = FROM_LINE.exec(line.trim());
		if (m === null) continue;
		for (const name of m[1].split(/[、，,]/)) if (name.trim().length > 0) names.add(name.trim().replace(/[.。]$/, ""));
	}
	return names;
}

/**
 * The parts of the blockquote on 0-based lines `first..last` whose lines open with credited `Name：` labels,
 * or null. Lines before the first label that only end in a colon (`推荐语：`) introduce the comments.
 */
export function creditedDialogueAt(lines: readonly string[], first: number, last: number, section: string[], credited: () => ReadonlySet<string>): RawQuote[] | null {
	// Each label needs its full-width colon: most blockquotes have no two lines holding one.
	let withColon = 0;
	for (let i = first; i <= last && withColon < 2; i++) if (lines[i].indexOf("：") >= 0) withColon++;
	if (withColon < 2) return null;
	const contents: string[] = [];
	let colons = 0;
	for (let i = first; i <= last; i++) {
		const content = lines[i].replace(/^\s*>[ \t]?/, "").trim();
		contents.push(content);
		if (CJK_LABEL.test(content)) colons++;
	}
	if (colons < 2) return null;
	const names = credited();
	const starts: Array<{ at: number; label: string }> = [];
	contents.forEach((content, at) => {
		const m = CJK_LABEL.exec(content);
		if (m !== null && names.has(m[1])) starts.push({ at, label: m[1] });
	});
	if (new Set(starts.map((s) => s.label)).size < 2) return null;
	const parts: RawQuote[] = [];
	const before = contents.slice(0, starts[0].at).join("\n").trim();
	if (before.length > 0 && !/[:：]$/.test(before)) parts.push(rawQuote("blockquote", first + 1, first + starts[0].at, before, section, null));
	starts.forEach((s, k) => {
		let to = k + 1 < starts.length ? starts[k + 1].at - 1 : contents.length - 1;
		while (to > s.at && contents[to].length === 0) to--;
		const text = [contents[s.at].slice(s.label.length + 1), ...contents.slice(s.at + 1, to + 1)].join("\n").trim();
		const written: WrittenSpeaker = { speakerRaw: s.label, name: s.label, target: null, qualifier: null, timestamp: null, cite: [] };
		if (text.length > 0) parts.push(rawQuote("turn", first + s.at + 1, first + to + 1, text, section, written));
	});
	return parts;
}
