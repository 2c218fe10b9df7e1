// Rewrites a git tree with a set of file edits, touching only the folders that change. No working tree and
// no index: the published site is never checked out, which keeps the cache small on mobile.
import * as git from "isomorphic-git";
import type { FsClient, TreeEntry } from "isomorphic-git";

/** New blob id for a path, or null to delete it. */
export type TreeEdits = Map<string, string | null>;

export interface TreeStore {
	fs: FsClient;
	gitdir: string;
	cache: object;
}

const TREE_MODE = "040000";
const FILE_MODE = "100644";

/**
 * Applies `edits` (paths relative to the tree root) to the tree `baseTree` (null: no tree yet).
 * Returns the new tree id (null when nothing is left) and, for every edited path, the blob id it had before
 * (null when it did not exist).
 */
export async function editTree(
	store: TreeStore,
	baseTree: string | null,
	edits: TreeEdits,
): Promise<{ tree: string | null; before: Map<string, string | null> }> {
	const before = new Map<string, string | null>();
	const tree = await editLevel(store, baseTree, "", [...edits.entries()], before);
	return { tree, before };
}

async function readEntries(store: TreeStore, oid: string | null): Promise<TreeEntry[]> {
	if (oid === null) return [];
	const { tree } = await git.readTree({ fs: store.fs, gitdir: store.gitdir, oid, cache: store.cache });
	return tree;
}

async function editLevel(
	store: TreeStore,
	oid: string | null,
	prefix: string,
	edits: [string, string | null][],
	before: Map<string, string | null>,
): Promise<string | null> {
	const entries = new Map<string, TreeEntry>();
	for (const entry of await readEntries(store, oid)) entries.set(entry.path, entry);

	const leaves: [string, string | null][] = [];
	const children = new Map<string, [string, string | null][]>();
	for (const [path, blob] of edits) {
		const slash = path.indexOf("/");
		if (slash < 0) {
			leaves.push([path, blob]);
		} else {
			const head = path.slice(0, slash);
			const list = children.get(head) ?? [];
			list.push([path.slice(slash + 1), blob]);
			children.set(head, list);
		}
	}

	for (const [name, blob] of leaves) {
		const full = prefix + name;
		const existing = entries.get(name);
		if (existing && existing.type === "tree") {
			throw new Error(`"${full}" is a folder in the repository, so the file of that name cannot be written`);
		}
		before.set(full, existing ? existing.oid : null);
		if (blob === null) entries.delete(name);
		else entries.set(name, { mode: existing?.mode === "100755" ? existing.mode : FILE_MODE, path: name, oid: blob, type: "blob" });
	}

	for (const [name, sub] of children) {
		const existing = entries.get(name);
		const subOid = existing && existing.type === "tree" ? existing.oid : null;
		if (existing && existing.type !== "tree") {
			if (sub.every(([, blob]) => blob === null)) {
				for (const [rest] of sub) before.set(prefix + name + "/" + rest, null);
				continue;
			}
			throw new Error(`"${prefix + name}" is a file in the repository, so the folder of that name cannot be created`);
		}
		const next = await editLevel(store, subOid, prefix + name + "/", sub, before);
		if (next === null) entries.delete(name);
		else entries.set(name, { mode: TREE_MODE, path: name, oid: next, type: "tree" });
	}

	if (entries.size === 0) return null;
	const tree = [...entries.values()];
	if (oid !== null && sameEntries(tree, await readEntries(store, oid))) return oid;
	return git.writeTree({ fs: store.fs, gitdir: store.gitdir, tree });
}

function sameEntries(a: TreeEntry[], b: TreeEntry[]): boolean {
	if (a.length !== b.length) return false;
	const byPath = new Map(b.map((entry) => [entry.path, entry]));
	return a.every((entry) => {
		const other = byPath.get(entry.path);
		return other !== undefined && other.oid === entry.oid && other.mode === entry.mode;
	});
}

/** The id of the tree or blob at `path` inside `tree`, or null. */
export async function lookupPath(store: TreeStore, tree: string | null, path: string): Promise<{ oid: string; type: string } | null> {
	let current: { oid: string; type: string } | null = tree === null ? null : { oid: tree, type: "tree" };
	for (const part of path.split("/").filter((p) => p.length > 0)) {
		if (current === null || current.type !== "tree") return null;
		const entries = await readEntries(store, current.oid);
		const found = entries.find((entry) => entry.path === part);
		current = found ? { oid: found.oid, type: found.type } : null;
	}
	return current;
}
