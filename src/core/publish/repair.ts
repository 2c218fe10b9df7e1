// Self-repair: a target whose files were lost (a crash of an older version, two publishes at once, a
// hand edit) still has a manifest that lists them, and a publish would write only what changed. The
// target hands the manifest over with the missing files taken out, so the build writes them again.
import { entryFiles } from "./manifest";
import { SEARCH_LIST_FILE } from "./site";
import type { PublishManifest } from "./types";

/**
 * The manifest as the target really is: note entries with a missing file are marked `missing` (the plan
 * renders them again), missing site files are dropped (so their bytes count as new), and when a site page
 * is missing the site list is dropped too (the build reuses the old pages while the list is unchanged).
 */
export function withoutMissingFiles(manifest: PublishManifest, present: (path: string) => boolean): { manifest: PublishManifest; missing: string[] } {
	const missing: string[] = [];
	const notes: PublishManifest["notes"] = {};
	for (const [path, entry] of Object.entries(manifest.notes)) {
		const lost = entryFiles(entry).filter((f) => !present(f));
		missing.push(...lost);
		notes[path] = lost.length > 0 ? { ...entry, missing: true } : entry;
	}
	const siteFiles: Record<string, string> = {};
	for (const [path, hash] of Object.entries(manifest.siteFiles)) {
		if (present(path)) siteFiles[path] = hash;
		else missing.push(path);
	}
	if (missing.length === 0) return { manifest, missing };
	if (Object.keys(siteFiles).length < Object.keys(manifest.siteFiles).length) delete siteFiles[SEARCH_LIST_FILE];
	return { manifest: { ...manifest, notes, siteFiles, missingFiles: missing.length }, missing: missing.sort() };
}
