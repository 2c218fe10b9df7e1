// The publish manifest as targets store it: every file a note entry owns (its quote pages' paths follow
// from their ids, decision 23), and reading a stored manifest, a format-1 one upgraded on the way.
import { shortOfContentHash } from "./hash";
import { quotePagePart, quotePagePaths } from "./quote-url";
import { MANIFEST_VERSION, type ManifestEntry, type PublishManifest } from "./types";

/** Every output file of a note entry: its own files, then each quote page's page and card. */
export function entryFiles(entry: Pick<ManifestEntry, "files" | "quotePages">): string[] {
	if (!entry.quotePages) return entry.files;
	return [...entry.files, ...Object.keys(entry.quotePages).flatMap((id) => quotePagePaths(id))];
}

/** Stands for a hash format 1 did not keep in a form that converts: never equal, so that file is written again. */
const UNKNOWN_HASH = "????????";

/**
 * A format-1 entry in today's form. Format 1 listed both files of each quote page in `files` and kept a
 * `hashContent` per path in `quotePages`; a quote page becomes its id, and the two hashes its short hashes
 * (the same bits, shortOfContentHash), so nothing is written again. A page listed without its card, or a
 * path this version would not make, stays in `files` as it was: it is still deleted with the note.
 */
function upgradeEntry(entry: ManifestEntry): ManifestEntry {
	const byPath = entry.quotePages ?? {};
	const listed = new Set(entry.files);
	const files: string[] = [];
	const pages: Record<string, string> = {};
	for (const path of entry.files) {
		const part = quotePagePart(path);
		const [page, card] = part ? quotePagePaths(part.id) : ["", ""];
		if (!part || !listed.has(page) || !listed.has(card)) files.push(path);
		else if (!part.card) pages[part.id] = [page, card].map((p) => shortOfContentHash(byPath[p] ?? "") ?? UNKNOWN_HASH).join("");
	}
	const upgraded: ManifestEntry = { ...entry, files };
	delete upgraded.quotePages;
	if (Object.keys(pages).length > 0) upgraded.quotePages = pages;
	return upgraded;
}

/** A manifest a newer Podcast Garden wrote: the site is fine, this version is too old to publish to it. */
export class NewerManifestError extends Error {
	constructor(readonly format: number) {
		super(`was written by a newer version of Podcast Garden (manifest format ${format}; this version reads format ${MANIFEST_VERSION} and older). Update the plugin or the CLI, then publish again`);
	}
}

/**
 * A stored manifest (parsed JSON) as this version uses it. Throws an Error saying why when it is not a
 * manifest, and a NewerManifestError when a newer Podcast Garden wrote it (its entries may mean something
 * this version cannot read: guessing could leave an unflagged note's files on the site).
 */
export function readStoredManifest(value: unknown): PublishManifest {
	const data = value as PublishManifest | { version: unknown; notes: unknown } | null;
	if (typeof data !== "object" || data === null || typeof data.notes !== "object" || data.notes === null) throw new Error("not a publish manifest");
	if (typeof data.version === "number" && data.version > MANIFEST_VERSION) throw new NewerManifestError(data.version);
	if (data.version === MANIFEST_VERSION) return data as PublishManifest;
	if (data.version !== 1) throw new Error(`unknown manifest version ${JSON.stringify(data.version)}`);
	const old = data as unknown as Omit<PublishManifest, "version">;
	const notes: Record<string, ManifestEntry> = {};
	for (const [path, entry] of Object.entries(old.notes)) notes[path] = upgradeEntry(entry);
	return { ...old, version: MANIFEST_VERSION, notes };
}
