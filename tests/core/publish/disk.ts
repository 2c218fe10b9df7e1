// Disk helpers for publishing tests: a vault from a table, a whole tree read back (temp folders: tests/helpers/temp.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { runPublish } from "../../../src/cli/publish";

export function writeVault(root: string, files: Record<string, string | Uint8Array>): void {
	for (const [rel, content] of Object.entries(files)) {
		const full = path.join(root, ...rel.split("/"));
		mkdirSync(path.dirname(full), { recursive: true });
		writeFileSync(full, content);
	}
}

/** Every file under `root`: relative path → bytes. */
export function readTree(root: string): Map<string, Buffer> {
	const out = new Map<string, Buffer>();
	const walk = (rel: string): void => {
		for (const e of readdirSync(path.join(root, rel), { withFileTypes: true })) {
			const child = rel ? `${rel}/${e.name}` : e.name;
			if (e.isDirectory()) walk(child);
			else out.set(child, readFileSync(path.join(root, child)));
		}
	};
	walk("");
	return out;
}

export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const code = await runPublish(args, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
	return { code, out, err };
}
