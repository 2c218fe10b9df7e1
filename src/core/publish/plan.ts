// The plan: the flagged notes as they are now, compared with what the last publish recorded.
import type { ChangeReason, PublishManifest, PublishPlan } from "./types";

/** A published note as it is now (after the cheap link/embed pass, before rendering). */
export interface CurrentNote {
	path: string;
	url: string;
	sourceHash: string;
	linksHash: string;
	embedsHash: string;
	/** Hash of its quotes' resolved speakers as its page shows them ("" or absent when none). */
	speakers?: string;
	/** Hash of the published notes linking to it as its page lists them ("" or absent when none). */
	backlinks?: string;
	/** Hash of what its `podcast-quotes` blocks show (absent when it has none). */
	blocks?: string;
}

/**
 * Compares `current` with `manifest`. `existing` are the vault's note paths now (to tell an unflagged
 * note from a deleted one); `settingsHash` is the hash of the options (a change rebuilds every page).
 */
export function planPublish(current: CurrentNote[], manifest: PublishManifest, existing: ReadonlySet<string>, settingsHash: string): PublishPlan {
	const plan: PublishPlan = { new: [], changed: [], unchanged: [], removed: [], renamed: [] };
	const currentPaths = new Set(current.map((n) => n.path));
	const gone = Object.keys(manifest.notes).filter((p) => !currentPaths.has(p));
	const claimed = new Set<string>();
	const settingsChanged = manifest.settingsHash !== undefined && manifest.settingsHash !== settingsHash;
	for (const note of current) {
		const old = manifest.notes[note.path];
		if (old) {
			const reasons: ChangeReason[] = [];
			if (old.sourceHash !== note.sourceHash) reasons.push("text");
			if (old.embedsHash !== note.embedsHash) reasons.push("embed");
			if (old.linksHash !== note.linksHash) reasons.push("link");
			if (old.permalink !== note.url) reasons.push("url");
			if ((old.speakers ?? "") !== (note.speakers ?? "")) reasons.push("speakers");
			if ((old.backlinks ?? "") !== (note.backlinks ?? "")) reasons.push("backlinks");
			if ((old.blocks ?? "") !== (note.blocks ?? "")) reasons.push("quotes");
			if (settingsChanged) reasons.push("settings");
			if (old.missing) reasons.push("missing");
			if (reasons.length > 0) plan.changed.push({ path: note.path, url: note.url, reasons });
			else plan.unchanged.push(note.path);
			continue;
		}
		// A note that vanished from its old path with exactly this text was moved or renamed.
		const from = gone.find((p) => !claimed.has(p) && !existing.has(p) && manifest.notes[p].sourceHash === note.sourceHash);
		if (from !== undefined) {
			claimed.add(from);
			plan.renamed.push({ from, to: note.path, fromUrl: manifest.notes[from].permalink, url: note.url });
		} else {
			plan.new.push({ path: note.path, url: note.url, reasons: [] });
		}
	}
	for (const path of gone) {
		if (claimed.has(path)) continue;
		plan.removed.push({ path, url: manifest.notes[path].permalink, reason: existing.has(path) ? "unflagged" : "deleted" });
	}
	const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
	plan.new.sort(byPath);
	plan.changed.sort(byPath);
	plan.removed.sort(byPath);
	plan.unchanged.sort();
	plan.renamed.sort((a, b) => (a.to < b.to ? -1 : 1));
	return plan;
}

export function planIsEmpty(plan: PublishPlan): boolean {
	return plan.new.length + plan.changed.length + plan.removed.length + plan.renamed.length === 0;
}

/** One line per planned change, for the CLI, dry runs and commit messages. */
export function describePlan(plan: PublishPlan): string[] {
	return [
		...plan.new.map((n) => `new: ${n.path} → ${n.url}`),
		...plan.changed.map((n) => `changed (${n.reasons.join(", ")}): ${n.path} → ${n.url}`),
		...plan.renamed.map((n) => `renamed: ${n.from} → ${n.to} (${n.fromUrl} redirects to ${n.url})`),
		...plan.removed.map((n) => `removed (${n.reason}): ${n.path} (${n.url})`),
	];
}

/** A commit message listing the changes (the folder target ignores it; git uses it). */
export function commitMessage(plan: PublishPlan): string {
	const lines = describePlan(plan);
	if (lines.length === 0) return "Publish: site files only";
	return `Publish ${lines.length} change${lines.length === 1 ? "" : "s"}\n\n${lines.join("\n")}`;
}
