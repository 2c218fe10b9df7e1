/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Every command and setting the README names must exist in the built plugin, and every command the
// plugin registers must be in the README's command table. The README convention:
//   - a heading starting with "Commands" followed (in that section) by Markdown tables whose first column
//     is the exact command name as the palette shows it after "Podcast Garden: ";
//   - a heading starting with "Settings" followed by tables whose first column is the exact setting name
//     (or settings-tab heading) as the settings tab shows it;
//   - in prose, a command written as `Podcast Garden: <name>` or **Podcast Garden: <name>**.
import { beforeAll, describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import path from "path";
import { createHarness, Harness } from "../harness/harness";
import { loadPlugin } from "../harness/load";

const ROOT = path.resolve(__dirname, "../..");
const README = process.env.PG_README ?? path.join(ROOT, "README.md");
const PLUGIN_NAME = "Podcast Garden";

interface Section {
	title: string;
	tableFirstColumn: string[];
}

/** Markdown inline decoration off a table cell: code ticks, emphasis, links. */
function plainText(cell: string): string {
	return cell
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/`/g, "")
		.replace(/\*\*|__/g, "")
		.replace(/^[*_](.*)[*_]$/, "$1")
		.trim();
}

function splitRow(line: string): string[] {
	const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
	return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** The README's sections whose heading starts with `word`, each with the first column of its tables. */
function sections(markdown: string, word: string): Section[] {
	const found: Section[] = [];
	let current: (Section & { level: number }) | null = null;
	let inFence = false;
	const lines = markdown.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
		if (inFence) continue;
		const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
		if (heading) {
			const level = heading[1].length;
			if (current && level <= current.level) current = null;
			if (!current && new RegExp(`^${word}\\b`, "i").test(plainText(heading[2]))) {
				current = { title: heading[2], tableFirstColumn: [], level };
				found.push(current);
			}
			continue;
		}
		// A table: a row of cells, then a separator row of dashes; body rows follow until a non-row line.
		if (current && line.trim().startsWith("|") && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? "")) {
			i += 2;
			while (i < lines.length && lines[i].trim().startsWith("|")) {
				const first = plainText(splitRow(lines[i])[0] ?? "");
				if (first) current.tableFirstColumn.push(first);
				i++;
			}
			i--;
		}
	}
	return found;
}

/** Commands written in prose as `Podcast Garden: <name>` or **Podcast Garden: <name>**. */
function proseCommands(markdown: string): string[] {
	const names: string[] = [];
	const withoutFences = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, "");
	const pattern = new RegExp(`(\`|\\*\\*)${PLUGIN_NAME}: ([^\`*\\n]+)\\1`, "g");
	for (const match of withoutFences.matchAll(pattern)) names.push(match[2].trim());
	return names;
}

const withoutPrefix = (name: string): string =>
	name.startsWith(`${PLUGIN_NAME}: `) ? name.slice(PLUGIN_NAME.length + 2) : name;

interface DefinitionLike {
	name?: unknown;
	heading?: unknown;
	items?: unknown;
	children?: unknown;
}

/** Names in a `getSettingDefinitions()` tree (Obsidian 1.13's declarative settings), if the tab uses one. */
function definitionNames(items: unknown, into: Set<string>): void {
	if (!Array.isArray(items)) return;
	for (const item of items as DefinitionLike[]) {
		if (typeof item?.name === "string") into.add(item.name);
		if (typeof item?.heading === "string") into.add(item.heading);
		definitionNames(item?.items, into);
		definitionNames(item?.children, into);
	}
}

/**
 * Every setting name the plugin's settings tab can show: as first rendered, and after each dropdown
 * option and each toggle was tried once (settings that appear only for one publish target, say).
 */
function reachableSettingNames(h: Harness, plugin: unknown): Set<string> {
	const tabs = h.app.setting.pluginTabs.filter((tab) => (tab as { plugin?: unknown }).plugin === plugin);
	const names = new Set<string>();
	for (const tab of tabs) {
		const collect = (): void => {
			h.app.setting.openTab(tab);
			for (const el of Array.from(tab.containerEl.querySelectorAll(".setting-item-name"))) {
				const text = el.textContent?.trim();
				if (text) names.add(text);
			}
		};
		const withDefinitions = tab as unknown as { getSettingDefinitions?: () => unknown };
		if (typeof withDefinitions.getSettingDefinitions === "function") {
			definitionNames(withDefinitions.getSettingDefinitions(), names);
		}
		collect();
		const selectCount = tab.containerEl.querySelectorAll("select").length;
		for (let s = 0; s < selectCount; s++) {
			const options = Array.from(tab.containerEl.querySelectorAll("select")[s]?.options ?? []).map((o) => o.value);
			for (const value of options) {
				const select = tab.containerEl.querySelectorAll("select")[s];
				if (!select) break;
				select.value = value;
				select.dispatchEvent(new Event("change"));
				collect();
			}
		}
		const toggleCount = tab.containerEl.querySelectorAll(".checkbox-container").length;
		for (let t = 0; t < toggleCount; t++) {
			for (let pass = 0; pass < 2; pass++) {
				const toggle = tab.containerEl.querySelectorAll<HTMLElement>(".checkbox-container")[t];
				if (!toggle) break;
				toggle.click();
				collect();
			}
		}
	}
	return names;
}

describe("README names only commands and settings the plugin has", () => {
	let readme: string;
	let commandNames: string[];
	let settingNames: Set<string>;

	beforeAll(async () => {
		readme = readFileSync(README, "utf8");
		const h = createHarness();
		const { plugin, manifest } = await loadPlugin(h);
		h.layoutReady();
		commandNames = h.app.commands
			.listCommands()
			.filter((command) => command.id.startsWith(`${manifest.id}:`))
			.map((command) => withoutPrefix(command.name));
		settingNames = reachableSettingNames(h, plugin);
	});

	/** The first-column names of the README's `word` tables; an empty README section is an error. */
	function documented(word: string, whatFirstColumnHolds: string): string[] {
		const names = sections(readme, word).flatMap((s) => s.tableFirstColumn);
		if (names.length === 0) {
			throw new Error(
				`README.md needs a heading starting with "${word}" followed by a Markdown table whose first column is ${whatFirstColumnHolds}.`,
			);
		}
		return names;
	}
	const documentedCommands = (): string[] =>
		documented("Commands", `each command's exact name (as the palette shows it after "${PLUGIN_NAME}: ")`).map(withoutPrefix);

	test("the README has a Commands section with a table of command names", () => {
		expect(documentedCommands().length).toBeGreaterThan(0);
	});

	test("every command in the README's tables exists in the plugin", () => {
		expect(documentedCommands().filter((name) => !commandNames.includes(name))).toEqual([]);
	});

	test("every command the plugin registers is in the README's command table", () => {
		const inReadme = new Set(documentedCommands());
		expect(commandNames.length).toBeGreaterThan(0);
		expect(commandNames.filter((name) => !inReadme.has(name))).toEqual([]);
	});

	test("every `Podcast Garden: …` command mentioned in prose exists", () => {
		expect(proseCommands(readme).filter((name) => !commandNames.includes(name))).toEqual([]);
	});

	test("every setting in the README's Settings tables exists in the settings tab", () => {
		const inReadme = documented("Settings", "each setting's exact name as the settings tab shows it");
		expect(settingNames.size).toBeGreaterThan(0);
		expect(inReadme.filter((name) => !settingNames.has(name))).toEqual([]);
	});
});
