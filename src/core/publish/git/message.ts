// What one publish commit does to the repository, and the commit message that lists it.

export interface CommitSummary {
	added: string[];
	changed: string[];
	deleted: string[];
	/** Files whose exact content moved to a new path in this commit. */
	renamed: { from: string; to: string }[];
}

/** Pairs deletions with additions of the same blob as renames; the rest stay added / deleted. */
export function summarize(
	writes: { path: string; blob: string; before: string | null }[],
	deletes: { path: string; before: string | null }[],
): CommitSummary {
	const added: { path: string; blob: string }[] = [];
	const changed: string[] = [];
	for (const write of writes) {
		if (write.before === null) added.push(write);
		else if (write.before !== write.blob) changed.push(write.path);
	}
	const deleted = deletes.filter((d) => d.before !== null) as { path: string; before: string }[];
	const addedByBlob = new Map<string, string[]>();
	for (const add of added) addedByBlob.set(add.blob, [...(addedByBlob.get(add.blob) ?? []), add.path]);
	const renamed: { from: string; to: string }[] = [];
	const renamedTo = new Set<string>();
	const stillDeleted: string[] = [];
	for (const del of deleted) {
		const candidates = addedByBlob.get(del.before);
		const to = candidates?.shift();
		if (to !== undefined) {
			renamed.push({ from: del.path, to });
			renamedTo.add(to);
		} else {
			stillDeleted.push(del.path);
		}
	}
	const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return {
		added: added.map((a) => a.path).filter((p) => !renamedTo.has(p)).sort(byPath),
		changed: changed.sort(byPath),
		deleted: stillDeleted.sort(byPath),
		renamed: renamed.sort((a, b) => byPath(a.from, b.from)),
	};
}

export function isEmptySummary(summary: CommitSummary): boolean {
	return summary.added.length + summary.changed.length + summary.deleted.length + summary.renamed.length === 0;
}

const LIST_LIMIT = 200;

function section(title: string, lines: string[]): string[] {
	if (lines.length === 0) return [];
	const shown = lines.slice(0, LIST_LIMIT).map((line) => `  ${line}`);
	if (lines.length > LIST_LIMIT) shown.push(`  … and ${lines.length - LIST_LIMIT} more`);
	return ["", `${title} (${lines.length}):`, ...shown];
}

/** The publisher's message (subject and its note list) then one section per kind of file change. */
export function commitMessage(message: string, summary: CommitSummary): string {
	const firstLine = message.replace(/\r\n?/g, "\n").trim() || "Publish garden";
	const body = [
		...section("Added", summary.added),
		...section("Changed", summary.changed),
		...section("Deleted", summary.deleted),
		...section("Renamed", summary.renamed.map((r) => `${r.from} → ${r.to}`)),
	];
	if (body.length === 0) body.push("", "Only the publish manifest changed.");
	return [firstLine, ...body].join("\n") + "\n";
}
