// isomorphic-git's file system over the vault adapter (desktop and mobile). It only ever holds the cached
// git objects under the plugin's folder in the config dir, never notes.
import type { DataAdapter } from "obsidian";
import type { PromiseFsClient } from "isomorphic-git";

type AdapterLike = Pick<DataAdapter, "stat" | "list" | "read" | "readBinary" | "write" | "writeBinary" | "remove" | "rmdir" | "mkdir" | "exists">;

function fsError(code: string, op: string, path: string): Error {
	const error = new Error(`${code}: ${op} '${path}'`) as Error & { code: string };
	error.code = code;
	return error;
}

function clean(path: string): string {
	return path.replace(/\/+/g, "/").replace(/^\.\//, "").replace(/\/$/, "");
}

function nameOf(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function wantsText(options: unknown): boolean {
	if (options === "utf8") return true;
	return typeof options === "object" && options !== null && (options as { encoding?: string }).encoding === "utf8";
}

export function createAdapterGitFs(adapter: AdapterLike): PromiseFsClient {
	const stat = async (raw: string) => {
		const path = clean(raw);
		const s = await adapter.stat(path);
		if (!s) throw fsError("ENOENT", "stat", path);
		const isDir = s.type === "folder";
		return {
			type: isDir ? "dir" : "file",
			mode: isDir ? 0o40755 : 0o100644,
			size: s.size,
			ino: 0,
			uid: 1,
			gid: 1,
			dev: 1,
			mtimeMs: s.mtime,
			ctimeMs: s.ctime,
			isFile: () => !isDir,
			isDirectory: () => isDir,
			isSymbolicLink: () => false,
		};
	};
	const promises = {
		async readFile(raw: string, options?: unknown): Promise<string | Uint8Array> {
			const path = clean(raw);
			const s = await adapter.stat(path);
			if (!s) throw fsError("ENOENT", "open", path);
			if (s.type === "folder") throw fsError("EISDIR", "read", path);
			if (wantsText(options)) return adapter.read(path);
			return new Uint8Array(await adapter.readBinary(path));
		},
		async writeFile(raw: string, data: string | Uint8Array): Promise<void> {
			const path = clean(raw);
			if (typeof data === "string") await adapter.write(path, data);
			else await adapter.writeBinary(path, toArrayBuffer(data));
		},
		async unlink(raw: string): Promise<void> {
			const path = clean(raw);
			const s = await adapter.stat(path);
			if (!s) throw fsError("ENOENT", "unlink", path);
			if (s.type === "folder") throw fsError("EISDIR", "unlink", path);
			await adapter.remove(path);
		},
		async readdir(raw: string): Promise<string[]> {
			const path = clean(raw);
			const s = await adapter.stat(path);
			if (!s) throw fsError("ENOENT", "scandir", path);
			if (s.type !== "folder") throw fsError("ENOTDIR", "scandir", path);
			const listed = await adapter.list(path);
			return [...listed.folders, ...listed.files].map(nameOf).sort();
		},
		async mkdir(raw: string): Promise<void> {
			const path = clean(raw);
			if (await adapter.exists(path)) throw fsError("EEXIST", "mkdir", path);
			await adapter.mkdir(path);
		},
		async rmdir(raw: string): Promise<void> {
			const path = clean(raw);
			const s = await adapter.stat(path);
			if (!s) throw fsError("ENOENT", "rmdir", path);
			const listed = await adapter.list(path);
			if (listed.files.length + listed.folders.length > 0) throw fsError("ENOTEMPTY", "rmdir", path);
			await adapter.rmdir(path, false);
		},
		stat,
		lstat: stat,
		readlink(raw: string): Promise<string> {
			return Promise.reject(fsError("ENOSYS", "readlink", clean(raw)));
		},
		symlink(_target: string, raw: string): Promise<void> {
			return Promise.reject(fsError("ENOSYS", "symlink", clean(raw)));
		},
		chmod(): Promise<void> {
			return Promise.resolve();
		},
	};
	return { promises };
}
