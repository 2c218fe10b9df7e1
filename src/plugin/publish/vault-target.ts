// The folder target inside the vault (desktop and mobile): the core's FolderTarget over the vault adapter,
// and the vault as the core's reader.
import { normalizePath, TFile, type App, type DataAdapter } from "obsidian";
import { FolderTarget, type FolderFs, type VaultReader } from "../../core/publish";

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function nameOf(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

export function adapterFolderFs(adapter: DataAdapter): FolderFs {
	const n = (p: string): string => normalizePath(p);
	return {
		exists: (p) => adapter.exists(n(p), true),
		list: async (p) => {
			const listed = await adapter.list(n(p));
			return { files: listed.files.map(nameOf).sort(), folders: listed.folders.map(nameOf).sort() };
		},
		readText: (p) => adapter.read(n(p)),
		write: (p, content) => (typeof content === "string" ? adapter.write(n(p), content) : adapter.writeBinary(n(p), toArrayBuffer(content))),
		mkdir: (p) => adapter.mkdir(n(p)),
		rename: (from, to) => adapter.rename(n(from), n(to)),
		removeFolder: (p) => adapter.rmdir(n(p), true),
		remove: (p) => adapter.remove(n(p)),
	};
}

export function vaultFolderTarget(app: App, folder: string): FolderTarget {
	const root = normalizePath(folder.trim());
	// describe() reads `Folder "Published site" in the vault`.
	return new FolderTarget(adapterFolderFs(app.vault.adapter), root, `"${root}" in the vault`);
}

/** The vault as the publishing core reads it; the output folder (and its temp siblings) left out. */
export function vaultReader(app: App, outputFolder: string): VaultReader {
	const out = normalizePath(outputFolder.trim());
	const skip = (path: string): boolean => out !== "" && out !== "/" && [out, `${out}.pg-new`, `${out}.pg-old`].some((f) => path === f || path.startsWith(`${f}/`));
	const file = (path: string): TFile => {
		const f = app.vault.getAbstractFileByPath(path);
		if (!(f instanceof TFile)) throw new Error(`"${path}" is no longer in the vault`);
		return f;
	};
	return {
		listFiles: () => Promise.resolve(app.vault.getFiles().map((f) => f.path).filter((p) => !skip(p))),
		readText: (path) => app.vault.cachedRead(file(path)),
		readBinary: async (path) => new Uint8Array(await app.vault.readBinary(file(path))),
	};
}
