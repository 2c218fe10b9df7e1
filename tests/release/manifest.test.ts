// The community-directory rules for manifest.json, versions.json, LICENSE and package.json, as the
// directory's review applies them, plus the lint rule that keeps minAppVersion honest.
import { beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const readJson = (name: string): Record<string, unknown> =>
	JSON.parse(readFileSync(path.join(ROOT, name), "utf8")) as Record<string, unknown>;

const manifest = readJson("manifest.json");
const versions = readJson("versions.json");
const pkg = readJson("package.json");

// Obsidian compares plain x.y.z versions: no prerelease or build suffixes, no leading "v".
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

// Verbs a description of this plugin can reasonably open with, in the imperative the directory's
// examples use. If you rewrite the description to start with another verb, add it here.
const OPENING_VERBS = new Set([
	"Browse", "Build", "Capture", "Collect", "Extract", "Find", "Gather", "Index", "Keep", "Organize",
	"Publish", "Quote", "Search", "Share", "Show", "Turn",
]);

const PLACEHOLDER_URL = /example\.(com|org|net)|your-?(name|user)|obsidian\.md|github\.com\/obsidianmd|localhost|\/\/github\.com\/?$/i;

const ALLOWED_KEYS = new Set([
	"id", "name", "version", "minAppVersion", "description", "author", "authorUrl", "fundingUrl", "isDesktopOnly",
]);

function asString(value: unknown, key: string): string {
	if (typeof value !== "string") throw new Error(`manifest.json "${key}" must be a string, got ${JSON.stringify(value)}`);
	return value;
}

describe("manifest.json follows the community-directory rules", () => {
	test("has only the keys Obsidian reads, with the right types", () => {
		const unknownKeys = Object.keys(manifest).filter((key) => !ALLOWED_KEYS.has(key));
		expect(unknownKeys).toEqual([]);
		for (const key of ["id", "name", "version", "minAppVersion", "description", "author", "authorUrl"]) {
			asString(manifest[key], key);
		}
		expect(manifest.isDesktopOnly).toBe(false);
	});

	test("id is podcast-garden: lowercase, dashes only, without \"obsidian\"", () => {
		const id = asString(manifest.id, "id");
		expect(id).toBe("podcast-garden");
		expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		expect(id).not.toMatch(/obsidian/i);
	});

	test("name contains neither \"Obsidian\" nor \"plugin\"", () => {
		const name = asString(manifest.name, "name");
		expect(name.trim()).not.toBe("");
		expect(name).not.toMatch(/obsidian/i);
		expect(name).not.toMatch(/plugin/i);
	});

	test("description: at most 250 characters, opens with a verb, ends with a period, plain characters", () => {
		const description = asString(manifest.description, "description");
		expect(description.length).toBeGreaterThanOrEqual(10);
		expect(description.length).toBeLessThanOrEqual(250);
		const firstWord = description.split(/\s+/)[0];
		if (!OPENING_VERBS.has(firstWord)) {
			throw new Error(
				`manifest.json description must start with an action verb (e.g. "Find …"), but starts with "${firstWord}". ` +
					`If "${firstWord}" is a verb, add it to OPENING_VERBS in tests/release/manifest.test.ts.`,
			);
		}
		expect(description.endsWith(".")).toBe(true);
		expect(description).not.toMatch(/obsidian|plugin/i);
		// The directory's review rejects emoji and decorative characters in the description.
		expect(description).toMatch(/^[A-Za-z0-9\s.,!?'"-]+$/);
	});

	test("authorUrl is a real https address, not a placeholder", () => {
		const authorUrl = asString(manifest.authorUrl, "authorUrl");
		const url = new URL(authorUrl);
		expect(url.protocol).toBe("https:");
		expect(authorUrl).not.toMatch(PLACEHOLDER_URL);
	});

	test("fundingUrl, when present, is real https addresses", () => {
		if (!("fundingUrl" in manifest)) return;
		const funding = manifest.fundingUrl;
		const urls = typeof funding === "string" ? [funding] : Object.values(funding as Record<string, unknown>);
		expect(urls.length).toBeGreaterThan(0);
		for (const value of urls) {
			const href = asString(value, "fundingUrl");
			expect(new URL(href).protocol).toBe("https:");
			expect(href).not.toMatch(PLACEHOLDER_URL);
		}
	});

	test("version and minAppVersion are x.y.z, and package.json has the same version", () => {
		expect(manifest.version).toMatch(SEMVER);
		expect(manifest.minAppVersion).toMatch(SEMVER);
		expect(pkg.version).toBe(manifest.version);
	});
});

describe("versions.json maps every plugin version to the Obsidian version it needs", () => {
	test("keys and values are x.y.z", () => {
		const entries = Object.entries(versions);
		expect(entries.length).toBeGreaterThan(0);
		for (const [pluginVersion, appVersion] of entries) {
			expect(pluginVersion).toMatch(SEMVER);
			expect(appVersion).toMatch(SEMVER);
		}
	});

	test("the current version is listed with the manifest's minAppVersion", () => {
		const version = asString(manifest.version, "version");
		expect(versions[version]).toBe(manifest.minAppVersion);
	});
});

describe("LICENSE", () => {
	const license = readFileSync(path.join(ROOT, "LICENSE"), "utf8");

	test("is the MIT license with a year and a copyright holder", () => {
		expect(license).toMatch(/^MIT License/);
		expect(license).toContain("Permission is hereby granted, free of charge");
		const notice = /^Copyright \((?:c|C)\) (\d{4})(?:-(\d{4}))? (.+)$/m.exec(license);
		if (!notice) throw new Error('LICENSE needs a line like "Copyright (c) 2026 Your Name".');
		expect(Number(notice[1])).toBeGreaterThanOrEqual(2020);
		const holder = notice[3].trim();
		expect(holder).not.toBe("");
		// The sample plugin's holder must not survive into our license.
		expect(holder).not.toMatch(/Dynalist/i);
	});

	test("package.json says MIT too", () => {
		expect(pkg.license).toBe("MIT");
	});
});

interface LintProbe {
	ruleSetting: unknown;
	pluginFiles: number;
	pluginMessages: { file: string; line: number; ruleId: string | null; message: string }[];
	probeMessages: { file: string; line: number; ruleId: string | null; message: string }[];
}

describe("minAppVersion covers the newest Obsidian API the plugin uses", () => {
	let probe: LintProbe;

	beforeAll(() => {
		const out = execFileSync(process.execPath, [path.join(__dirname, "lint-probe.mjs")], {
			cwd: ROOT,
			encoding: "utf8",
			maxBuffer: 16 * 1024 * 1024,
		});
		probe = JSON.parse(out) as LintProbe;
	}, 180_000);

	test("eslint-plugin-obsidianmd's no-unsupported-api rule is on for src/plugin/main.ts", () => {
		const setting = probe.ruleSetting;
		const severity = Array.isArray(setting) ? (setting[0] as unknown) : setting;
		expect([1, 2, "warn", "error"]).toContain(severity);
		// An explicit minAppVersion option would shadow manifest.json: it must not disagree.
		const options = Array.isArray(setting) ? (setting[1] as { minAppVersion?: string } | undefined) : undefined;
		if (options?.minAppVersion) expect(options.minAppVersion).toBe(manifest.minAppVersion);
	});

	test("the rule really reports an API newer than minAppVersion", () => {
		expect(probe.probeMessages).toEqual([
			expect.objectContaining({
				ruleId: "obsidianmd/no-unsupported-api",
				message: expect.stringContaining(`minAppVersion is ${String(manifest.minAppVersion)}`),
			}),
		]);
	});

	test("no plugin source uses an API newer than minAppVersion", () => {
		expect(probe.pluginFiles).toBeGreaterThan(0);
		// Each entry names the file, line and API; raise minAppVersion (and versions.json) or guard the
		// call with requireApiVersion().
		expect(probe.pluginMessages).toEqual([]);
	});
});
