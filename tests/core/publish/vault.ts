// An in-memory vault for publishing tests: files by path, text or bytes.
import { readFileSync } from "fs";
import * as path from "path";
import type { PublishChanges, VaultReader } from "../../../src/core/publish";

export function memoryVault(files: Record<string, string | Uint8Array>): VaultReader {
	return {
		listFiles: () => Promise.resolve(Object.keys(files)),
		readText: (p) => {
			const v = files[p];
			if (typeof v !== "string") return Promise.reject(new Error(`no note ${p}`));
			return Promise.resolve(v);
		},
		readBinary: (p) => {
			const v = files[p];
			if (v === undefined) return Promise.reject(new Error(`no file ${p}`));
			return Promise.resolve(typeof v === "string" ? new TextEncoder().encode(v) : v);
		},
	};
}

export const FIXTURE_367_NAME = "367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT, and the Future of AI.md";

export function fixture367(): string {
	return readFileSync(path.join(__dirname, "../../fixtures/garden", FIXTURE_367_NAME), "utf8");
}

/** Every output file's text (bytes as latin1 so every byte is searchable). */
export function allText(files: { path: string; content: string | Uint8Array }[]): string {
	return files.map((f) => `${f.path}\n${typeof f.content === "string" ? f.content : Buffer.from(f.content).toString("latin1")}`).join("\n");
}

/**
 * What a target holds after each publish, read back as `PublishTarget.readFile` does (the search index is
 * kept from it): `apply` each build's changes, pass `read` as the build's `readPublished`.
 */
export class PublishedFiles {
	readonly files = new Map<string, string>();

	read = (path: string): Promise<string | null> => Promise.resolve(this.files.get(path) ?? null);

	apply(changes: PublishChanges): void {
		for (const path of changes.delete) this.files.delete(path);
		for (const f of changes.write) this.files.set(f.path, typeof f.content === "string" ? f.content : Buffer.from(f.content).toString("latin1"));
	}
}
