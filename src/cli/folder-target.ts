// The folder target on disk for the CLI: the core's FolderTarget over Node's fs.
import { promises as fs } from "fs";
import * as path from "path";
import { FolderFs, FolderTarget } from "../core/publish/folder";

export const nodeFolderFs: FolderFs = {
	exists: (p) => fs.lstat(p).then(() => true, () => false),
	list: async (p) => {
		const entries = await fs.readdir(p, { withFileTypes: true });
		return {
			files: entries.filter((e) => !e.isDirectory()).map((e) => e.name).sort(),
			folders: entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(),
		};
	},
	readText: (p) => fs.readFile(p, "utf8"),
	write: (p, content) => fs.writeFile(p, content),
	copy: (from, to) => fs.copyFile(from, to),
	mkdir: async (p) => {
		await fs.mkdir(p, { recursive: true });
	},
	rename: (from, to) => fs.rename(from, to),
	removeFolder: (p) => fs.rm(p, { recursive: true, force: true }),
	remove: (p) => fs.rm(p, { force: true }),
};

/** A folder target for `dir` (made absolute; its parent must exist or is created). */
export function createFolderTarget(dir: string, files: FolderFs = nodeFolderFs): FolderTarget {
	const root = path.resolve(dir).split(path.sep).join("/");
	return new FolderTarget(files, root, root);
}
