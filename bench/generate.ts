// A deterministic synthetic vault for the benchmark: podcast notes shaped like tests/fixtures (front matter,
// sections, ~40 quotes in every format the extractor reads) and ordinary notes whose blockquotes and dashes
// are not quotes. Same seed and sizes → byte-identical texts, so numbers compare between commits.
import type { NoteInput } from "../src/core/types";

export interface VaultShape {
	/** All notes, podcast notes included. */
	notes: number;
	podcastNotes: number;
	/** How many notes carry a publishing flag that is on (podcast notes first, then ordinary ones). */
	flagged: number;
	/** Approximate size of one podcast note in bytes. */
	podcastBytes: number;
	quotesPerPodcast: number;
	/** Approximate size of one ordinary note in bytes. */
	ordinaryBytes: number;
	seed: number;
}

export const FULL_VAULT: VaultShape = {
	notes: 10_000,
	podcastNotes: 2_000,
	flagged: 2_000,
	podcastBytes: 25_000,
	quotesPerPodcast: 40,
	ordinaryBytes: 3_000,
	seed: 20260326,
};

/** Small enough for a CI smoke run: the same shapes, fewer notes. */
export const QUICK_VAULT: VaultShape = { ...FULL_VAULT, notes: 300, podcastNotes: 60, flagged: 60 };

/** mulberry32: small, fast and good enough to pick words. */
export class Rng {
	private state: number;
	constructor(seed: number) {
		this.state = seed >>> 0;
	}
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
}

const WORDS = (
	"the of and to in that is it we you this for was on with as have be not but what they all so at can just about one " +
	"like think there people really know when more very because would an if do which or from are going how time make " +
	"model world way something things lot their those ideas work right now want our mean new much thing could even " +
	"actually kind these other were some into then question deeply important build years science future problem power " +
	"language systems training learning history society humans technology company research progress safety freedom " +
	"discipline meaning truth economy energy ocean forest tribe jungle startup product engineering design compute " +
	"alignment intelligence consciousness memory habit sleep dopamine attention courage failure risk fear trust money " +
	"market value growth culture education teaching writing reading music friendship family love loss hope"
).split(" ");

const FIRST = ["Sam", "Lex", "Ada", "Maya", "Jonas", "Florence", "Peter", "Anna", "Tyler", "Jocko", "Paul", "Grace", "Omar", "Lena", "Ravi", "Chiara", "Tomás", "Ines", "Kenji", "Nadia", "Hugo", "Priya", "Elif", "Marek"];
const LAST = ["Altman", "Fridman", "Okafor", "Lindqvist", "Gaub", "Steinberger", "Lembke", "Cowen", "Willink", "Rosolie", "Hopper", "Haddad", "Brandt", "Iyer", "Rossi", "Álvarez", "Moreau", "Tanaka", "Karimi", "Novak", "Schultz", "Mendes", "Demir", "Kowalski"];
const SHOWS = ["Lex Fridman Podcast", "The Knowledge Project", "Jocko Podcast", "Lanz & Precht", "Huberman Lab", "CoRecursive", "Conversations with Tyler", "Dwarkesh Podcast", "Acquired", "Hard Fork"];
const DASHES = ["–", "—", "-", "—", "–"];

function sentence(rng: Rng, min: number, max: number): string {
	const n = rng.int(min, max);
	const words: string[] = [];
	for (let i = 0; i < n; i++) words.push(rng.pick(WORDS));
	words[0] = words[0][0].toUpperCase() + words[0].slice(1);
	if (rng.chance(0.15)) {
		const i = rng.int(0, words.length - 2);
		words[i] = `**${words[i]}`;
		words[i + 1] = `${words[i + 1]}**`;
	}
	return `${words.join(" ")}${rng.pick([".", ".", ".", "?", "!"])}`;
}

/** Sentences up to about `bytes` long. */
function prose(rng: Rng, bytes: number): string {
	let out = sentence(rng, 6, 18);
	while (out.length < bytes) out += ` ${sentence(rng, 6, 18)}`;
	return out;
}

function name(rng: Rng): string {
	return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

function timestamp(rng: Rng): string {
	const h = rng.int(0, 2);
	const m = String(rng.int(0, 59)).padStart(2, "0");
	const s = String(rng.int(0, 59)).padStart(2, "0");
	return h > 0 ? `${h}:${m}:${s}` : `${rng.int(0, 59)}:${s}`;
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-|-$/g, "");
}

interface Cast {
	host: string;
	guest: string;
	/** Short forms used on some quotes (`Sam`, `Lex`), resolved by first-name matching. */
	hostShort: string;
	guestShort: string;
}

/** One quote (or a short run of them) in one of the formats the extractor reads, with how many quotes it holds. */
function quote(rng: Rng, cast: Cast, bytes: number): { text: string; count: number } {
	const kind = rng.int(0, 9);
	return { text: quoteText(rng, cast, bytes, kind), count: kind >= 8 ? 2 : 1 };
}

function quoteText(rng: Rng, cast: Cast, bytes: number, kind: number): string {
	const speaker = rng.chance(0.7) ? (rng.chance(0.8) ? cast.guest : cast.guestShort) : rng.chance(0.8) ? cast.host : cast.hostShort;
	const dash = rng.pick(DASHES);
	const text = prose(rng, bytes);
	const extra = rng.chance(0.2) ? rng.pick([`, on ${rng.pick(WORDS)}`, ` (${timestamp(rng)})`, ` [▶ ${timestamp(rng)}](https://example.com/ep#t=${rng.int(1, 9000)})`]) : "";
	switch (kind) {
		case 0:
		case 1:
		case 2: // the garden fixture's form: one line, trailing attribution
			return `> ${text} ${dash} ${speaker}${extra}`;
		case 3:
		case 4: {
			// several lines, `> — Name` on the last one
			const lines = splitLines(text, rng.int(1, 3)).map((l) => `> ${l}`);
			return `${lines.join("\n>\n")}\n> — ${speaker}${extra}`;
		}
		case 5: // a callout whose last line carries the attribution
			return `> [!quote]\n> ${text}\n> ${dash} ${speaker}`;
		case 6: // a callout titled with the speaker
			return `> [!quote] ${speaker}\n> ${text}`;
		case 7: // a quoted list item
			return `- “${text}” ${dash} ${rng.chance(0.5) ? `*${speaker}*` : speaker}${extra}`;
		case 8: // transcript turns
			return [cast.host, cast.guest]
				.map((who) => {
					return rng.chance(0.5) ? `**${who} (${timestamp(rng)})** ${prose(rng, bytes / 2)}` : `**${who}**: ${prose(rng, bytes / 2)}`;
				})
				.join("\n\n");
		default: // unattributed, then an attributed one (takes the next quote's speaker)
			return `> ${prose(rng, bytes / 2)}\n\n> ${prose(rng, bytes / 2)} ${dash} ${speaker}`;
	}
}

function splitLines(text: string, parts: number): string[] {
	const words = text.split(" ");
	const size = Math.ceil(words.length / parts);
	const out: string[] = [];
	for (let i = 0; i < words.length; i += size) out.push(words.slice(i, i + size).join(" "));
	return out;
}

function podcastFrontmatter(rng: Rng, cast: Cast, show: string, number: number, title: string, flagged: boolean, path: string): string {
	const permalink = `/podcasts/${slug(title)}/`;
	switch (rng.int(0, 2)) {
		case 0: // the compiled Digital Garden form
			return `---\n${JSON.stringify(flagged ? { "dg-publish": true, permalink } : { permalink })}\n---\n`;
		case 1:
			return [
				"---",
				`title: "${title}"`,
				"type: podcast",
				`show: ${show}`,
				`episode: ${number}`,
				`date: 2025-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
				"guests:",
				`  - ${cast.guest}`,
				"hosts:",
				`  - ${cast.host}`,
				`url: https://example.com/${slug(path)}`,
				"tags:",
				"  - podcast",
				`  - ${rng.pick(WORDS)}`,
				...(flagged ? ["dg-publish: true"] : []),
				"---",
				"",
			].join("\n");
		default:
			return [
				"---",
				`podcast: "${show}"`,
				`guests: [${slug(cast.guest)}]`,
				`aliases: ["${show} #${number}"]`,
				...(flagged ? [rng.chance(0.5) ? "publish: true" : "dg-publish: true"] : ["dg-publish: false"]),
				"---",
				"",
			].join("\n");
	}
}

function podcastNote(rng: Rng, shape: VaultShape, i: number, flagged: boolean): NoteInput {
	const cast: Cast = { host: name(rng), guest: name(rng), hostShort: "", guestShort: "" };
	cast.hostShort = cast.host.split(" ")[0];
	cast.guestShort = cast.guest.split(" ")[0];
	const show = rng.pick(SHOWS);
	const number = 100 + i;
	const title = `${number} ${cast.guest} - ${sentence(rng, 3, 7).replace(/[*?!.]/g, "")}`;
	const path = `Podcasts/${show.replace(/[^A-Za-z ]/g, "").trim()}/${title}.md`;
	const parts = [podcastFrontmatter(rng, cast, show, number, title, flagged, path)];
	parts.push(`# ${title}\n\nGuest: [[${cast.guest}]] · Host: ${cast.host} · ${show} – episode ${number}\n`);
	// Budget the bytes: per section a heading and bullets, then quotes sized to fill the rest.
	const sections = Math.max(1, Math.round(shape.quotesPerPodcast / 2));
	const bulletBytes = 3 * 110;
	const quoteBytes = Math.max(60, Math.floor((shape.podcastBytes - 400 - sections * (bulletBytes + 50)) / shape.quotesPerPodcast) + 35);
	let quotes = 0;
	for (let s = 0; s < sections; s++) {
		parts.push(`\n## ${sentence(rng, 2, 6).replace(/[*?!.]/g, "")}\n`);
		for (let b = 0; b < 3; b++) {
			// Dashes in bullets are separators, not attributions.
			parts.push(rng.chance(0.3) ? `- ${sentence(rng, 3, 6)} – ${sentence(rng, 6, 10)}` : `- ${sentence(rng, 12, 20)}`);
		}
		parts.push("");
		const until = s === sections - 1 ? shape.quotesPerPodcast : Math.min(shape.quotesPerPodcast, quotes + 2);
		while (quotes < until) {
			const made = quote(rng, cast, quoteBytes);
			parts.push(`${made.text}\n`);
			quotes += made.count;
		}
	}
	return { path, text: parts.join("\n"), mtime: 1_700_000_000_000 + i * 1000 };
}

function ordinaryNote(rng: Rng, shape: VaultShape, i: number, flagged: boolean): NoteInput {
	const title = `${sentence(rng, 2, 5).replace(/[*?!.]/g, "")} ${i}`;
	const folder = rng.pick(["Notes", "Projects", "Journal", "Reading", "Inbox"]);
	const parts: string[] = [];
	if (flagged || rng.chance(0.5)) {
		parts.push(`---\ntags: [${rng.pick(WORDS)}, ${rng.pick(WORDS)}]\n${flagged ? "dg-publish: true\n" : rng.chance(0.3) ? "dg-publish: false\n" : ""}---\n`);
	}
	let size = 0;
	while (size < shape.ordinaryBytes) {
		let block: string;
		switch (rng.int(0, 7)) {
			case 0:
				block = `## ${sentence(rng, 2, 5).replace(/[*?!.]/g, "")}`;
				break;
			case 1: // now and then a blockquote with no attribution: a note to self, not a quote
				block = rng.chance(0.25) ? `> ${sentence(rng, 8, 20)}` : prose(rng, 200);
				break;
			case 2: // a dash in prose
				block = `${sentence(rng, 5, 10)} – ${sentence(rng, 5, 12)}`;
				break;
			case 3: // a list with dash separators and a task
				block = `- ${rng.pick(WORDS)} – ${sentence(rng, 4, 8)}\n- [ ] ${sentence(rng, 3, 8)}\n- ${sentence(rng, 4, 10)}`;
				break;
			case 4: // an episode-title-like line: the dash separates a title and a show
				block = `Listened to [[${name(rng)} – ${rng.pick(SHOWS)}]] today.`;
				break;
			default:
				block = prose(rng, 300);
		}
		parts.push(block, "");
		size += block.length + 2;
	}
	return { path: `${folder}/${title}.md`, text: parts.join("\n"), mtime: 1_700_000_000_000 + i * 1000 };
}

export function generateVault(shape: VaultShape): NoteInput[] {
	const rng = new Rng(shape.seed);
	const notes: NoteInput[] = [];
	const ordinary = shape.notes - shape.podcastNotes;
	// Interleave the two kinds the way folders of a real vault would be mixed in a listing.
	for (let i = 0, p = 0, o = 0; i < shape.notes; i++) {
		const podcastTurn = p < shape.podcastNotes && (o >= ordinary || (p * ordinary) / shape.podcastNotes <= o);
		if (podcastTurn) {
			notes.push(podcastNote(rng, shape, p, p < shape.flagged));
			p++;
		} else {
			notes.push(ordinaryNote(rng, shape, o, o < shape.flagged - shape.podcastNotes));
			o++;
		}
	}
	return notes;
}

/** A realistic one-note edit: a word changed inside one quote (the quote's id and the note's hash change). */
export function editNote(note: NoteInput, round: number): NoteInput {
	const lines = note.text.split("\n");
	const quoteLines = lines.map((line, i) => (line.startsWith("> ") && line.length > 40 ? i : -1)).filter((i) => i >= 0);
	const target = quoteLines.length > 0 ? quoteLines[round % quoteLines.length] : lines.length - 1;
	lines[target] = lines[target].replace(/ (\w+) /, ` edited${round} `);
	return { path: note.path, text: lines.join("\n"), mtime: (note.mtime ?? 0) + round + 1 };
}

export function isPodcastPath(path: string): boolean {
	return path.startsWith("Podcasts/");
}
