// The real Digital Garden site template for the compatibility test: found beside the clone
// (`../shared/anchors/digitalgarden`, or under $PODCAST_GARDEN_SHARED), copied to a temporary folder, its
// packages installed once per package-lock (kept in the system's temp folder between runs), then built.
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { deflateSync } from "zlib";

const REPO = path.resolve(__dirname, "../..");

/** The template folder, or why it is not there. */
export function findTemplate(): { dir: string } | { missing: string } {
	const shared = process.env.PODCAST_GARDEN_SHARED ?? path.resolve(REPO, "../shared");
	const dir = path.join(shared, "anchors", "digitalgarden");
	if (existsSync(path.join(dir, "package-lock.json"))) return { dir };
	return { missing: `the Digital Garden site template is not at ${dir} (it is kept in the shared folder beside the clone, ../shared/anchors/digitalgarden; set PODCAST_GARDEN_SHARED to the shared folder to run this test)` };
}

function run(command: string, args: string[], cwd: string, timeoutMs: number): string {
	// npm is a .cmd script on Windows, which only a shell runs.
	const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: timeoutMs, env: { ...process.env, CI: "true" }, maxBuffer: 64 * 1024 * 1024, shell: process.platform === "win32" });
	const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
	if (result.error) throw new Error(`${command} ${args.join(" ")} in ${cwd} failed: ${result.error.message}\n${output}`);
	if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} in ${cwd} exited with ${result.status}:\n${output.slice(-6000)}`);
	return output;
}

function makeWritable(dir: string): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		chmodSync(full, entry.isDirectory() ? 0o755 : 0o644);
		if (entry.isDirectory()) makeWritable(full);
	}
	chmodSync(dir, 0o755);
}

/**
 * The template's installed packages, shared by every run with the same package-lock and Node version:
 * installed with `npm ci` into a staging folder, then renamed into place, so a run that stops halfway
 * leaves nothing a later run would trust.
 */
function templatePackages(template: string): { dir: string; installed: boolean } {
	const lock = readFileSync(path.join(template, "package-lock.json"));
	const key = createHash("sha256").update(lock).update(process.versions.node.split(".")[0]).digest("hex").slice(0, 16);
	const root = path.join(os.tmpdir(), "podcast-garden-dg-template");
	const dir = path.join(root, key);
	if (existsSync(path.join(dir, "node_modules", ".package-lock.json"))) return { dir, installed: false };
	mkdirSync(root, { recursive: true });
	const staging = path.join(root, `${key}.staging-${process.pid}`);
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging);
	for (const file of ["package.json", "package-lock.json"]) writeFileSync(path.join(staging, file), readFileSync(path.join(template, file)));
	run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], staging, 10 * 60_000);
	rmSync(dir, { recursive: true, force: true });
	renameSync(staging, dir);
	return { dir, installed: true };
}

export interface TemplateCopy {
	/** The copy: src/site/notes and src/site/img/user take the published notes; dist/ is the built site. */
	dir: string;
	/** Whether this run installed the packages (a cold run) or reused them. */
	installed: boolean;
	installMs: number;
}

/** A writable copy of the template with its packages and the theme blanked (the theme is fetched from the network). */
export function copyTemplate(template: string, into: string): TemplateCopy {
	const started = Date.now();
	const packages = templatePackages(template);
	const installMs = Date.now() - started;
	const dir = path.join(into, "site");
	cpSync(template, dir, { recursive: true, filter: (src) => !src.split(path.sep).includes("node_modules") });
	makeWritable(dir);
	// A junction needs no rights on Windows; elsewhere the type is ignored.
	symlinkSync(path.join(packages.dir, "node_modules"), path.join(dir, "node_modules"), "junction");
	const env = readFileSync(path.join(dir, ".env"), "utf8");
	writeFileSync(path.join(dir, ".env"), env.replace(/^THEME=.*$/m, "THEME="));
	return { dir, installed: packages.installed, installMs };
}

export function buildTemplate(dir: string): string {
	return run("npm", ["run", "build"], dir, 10 * 60_000);
}

/** Copies a published folder (`src/site/notes`, `src/site/img/user`) into the template copy. */
export function copyPublished(out: string, site: string): void {
	for (const sub of ["src/site/notes", "src/site/img/user"]) {
		const from = path.join(out, sub);
		if (existsSync(from) && statSync(from).isDirectory()) cpSync(from, path.join(site, sub), { recursive: true });
	}
}

/** The template's own slug function (the package the Digital Garden plugin uses), from the copy's packages. */
export function templateSlugify(site: string): (text: string) => string {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded from the template's packages at run time
	return require(path.join(site, "node_modules", "@sindresorhus", "slugify")) as (text: string) => string;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Buffer): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** A real PNG (a solid colour) that the template's image optimiser can decode. */
export function png(width: number, height: number, rgb: [number, number, number]): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8;
	header[9] = 2;
	const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3])]);
	const pixels = Buffer.concat(Array.from({ length: height }, () => row));
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(pixels)), chunk("IEND", Buffer.alloc(0))]);
}
