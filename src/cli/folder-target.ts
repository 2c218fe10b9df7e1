// The folder target on disk for the CLI: the core's FolderTarget over Node's fs.
import { promises as fs, lstatSync, realpathSync, statSync } from "fs";
import * as path from "path";
import { FolderFs, FolderTarget, OutputFolderError } from "../core/publish/folder";

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
	mkdir: async (p) => {
		await fs.mkdir(p, { recursive: true });
	},
	rename: (from, to) => fs.rename(from, to),
	removeFolder: (p) => fs.rm(p, { recursive: true, force: true }),
	remove: (p) => fs.rm(p, { force: true }),
};

/**
 * A folder target for `dir` (made absolute; its parent must exist or is created). When `dir` is a symbolic
 * link to a folder, the site goes into the link's target (the link stays as it is); a link that leads
 * nowhere, or to a file, is refused.
 */
export function createFolderTarget(dir: string, files: FolderFs = nodeFolderFs): FolderTarget {
	let full = path.resolve(dir);
	let label = full;
	if (lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink()) {
		let real: string;
		try {
			real = realpathSync(full);
		} catch {
			throw new OutputFolderError(`The output folder ${full} is a symbolic link to a folder that does not exist. Create the folder it points to, or choose another output folder.`);
		}
		if (!statSync(real).isDirectory()) throw new OutputFolderError(`The output folder ${full} is a symbolic link to ${real}, which is not a folder.`);
		label = `${full} (link to ${real})`;
		full = real;
	}
	const root = full.split(path.sep).join("/");
	return new FolderTarget(files, root, label);
}
