/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The settings tab through the built plugin, saved data, and loading old or partial data over defaults.
import { findSetting, settingNames, typeInto } from "../harness/harness";
import { loadPlugin, unloadPlugin } from "../harness/load";
import { LATEST_API_VERSION, type PluginSettingTab, type SettingDefinitionItem } from "../harness/obsidian";
import { DEFAULT_SETTINGS, loadSettings } from "../../src/plugin/settings/settings";
import { describeRule } from "../../src/core/index";

// src/plugin modules imported directly (not through main.js) get the harness as `obsidian` too.
jest.mock("obsidian", () => jest.requireActual<object>("../harness/obsidian"), { virtual: true });
import type PodcastGardenPlugin from "../../src/plugin/main";
import { GARDEN, ID, idle, start, waitFor } from "./setup";

const DATA = `.obsidian/plugins/${ID}/data.json`;

function headings(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll(".setting-item-heading .setting-item-name")).map((e) => e.textContent ?? "");
}

function select(row: HTMLElement, value: string, n = 0): void {
	const el = row.querySelectorAll("select")[n];
	el.value = value;
	el.dispatchEvent(new Event("change"));
}

describe("loading saved settings", () => {
	it("fills in defaults at every depth and keeps keys it does not know", () => {
		const before = JSON.stringify(DEFAULT_SETTINGS);
		const s = loadSettings({ aliases: { Sammy: "Sam Altman", broken: 3 }, sidebar: {}, publish: { git: { branch: "main" } }, dashes: 7, detection: "folders" });
		expect(s.aliases).toEqual({ Sammy: "Sam Altman" });
		expect(s.sidebar).toEqual({ defaultMode: "speaker" });
		// Another module's saved keys survive, and its defaults fill in around them.
		expect(s.publish).toMatchObject({ flagKeys: DEFAULT_SETTINGS.publish.flagKeys, git: { branch: "main" } });
		expect(s.dashes).toBe(DEFAULT_SETTINGS.dashes);
		expect(s.detection).toEqual({ mode: "folders", folders: [] });
		expect(loadSettings(null)).toEqual(DEFAULT_SETTINGS);
		expect(loadSettings({ detection: { mode: "tags", tags: ["pod", 4] }, sidebar: { defaultMode: "sideways" } })).toMatchObject({ detection: { mode: "tags", tags: ["pod"] }, sidebar: { defaultMode: "speaker" } });
		// The defaults themselves are never changed through a loaded copy.
		s.publish.flagKeys.push("x");
		s.sidebar.defaultMode = "flat";
		expect(JSON.stringify(DEFAULT_SETTINGS)).toBe(before);
	});
});

describe("hidden quotes in saved data", () => {
	it("keeps well-formed entries once each, with the note and text as saved", () => {
		const s = loadSettings({ hiddenQuotes: [{ id: "q1", path: "Podcasts/A.md", text: "Start of it" }, { id: "q1", path: "other" }, 3, { path: "no id" }, { id: "q2" }] });
		expect(s.hiddenQuotes).toEqual([
			{ id: "q1", path: "Podcasts/A.md", text: "Start of it" },
			{ id: "q2", path: "", text: "" },
		]);
		expect(loadSettings({ hiddenQuotes: "q1" }).hiddenQuotes).toEqual([]);
	});
});

// Obsidian 1.13 draws the tab from getSettingDefinitions(); older apps (minAppVersion is 1.8.7) call display().
const APPS = [
	["Obsidian 1.13", LATEST_API_VERSION],
	["an app before 1.13 (display())", "1.8.7"],
] as const;

describe.each(APPS)("the settings tab on %s", (_app, apiVersion) => {
	async function openTab() {
		const started = await start({ apiVersion, extra: { "Podcasts/typo.md": "> A rare spelling. – Sam Alman\n" } });
		const tab = started.h.app.setting.pluginTabs[0] as PluginSettingTab;
		started.h.app.setting.openTab(tab);
		return { ...started, el: tab.containerEl, tab };
	}

	it("has its sections as headings, in sentence case", async () => {
		const { el } = await openTab();
		// Then the publishing module's own section, drawn through the tab's hook.
		expect(headings(el).slice(0, 5)).toEqual(["Podcast notes", "Quotes", "Speaker aliases", "Quotes sidebar", "Publishing"]);
		for (const name of Array.from(el.querySelectorAll(".setting-item-name"), (e) => e.textContent ?? "")) {
			expect(name.charAt(0)).toBe(name.charAt(0).toUpperCase());
		}
	});

	it("podcast-note detection by folder narrows the index and is saved", async () => {
		const { h, plugin, el } = await openTab();
		select(findSetting(el, "Podcast-note detection"), "folders");
		await waitFor(() => findSettingOrNull(el, "Folders") !== null, "the folders field");
		typeInto(findSetting(el, "Folders").querySelector("input")!, "Podcasts/garden");
		await waitFor(() => plugin.index.all().length > 0 && plugin.index.all().every((q) => q.path === GARDEN), "only the garden note's quotes");
		expect(plugin.index.all().length).toBeGreaterThan(40);
		await idle(plugin);
		const saved = JSON.parse(await h.vault.adapter.read(DATA)) as { detection: unknown };
		expect(saved.detection).toEqual({ mode: "folders", folders: ["Podcasts/garden"] });

		select(findSetting(el, "Podcast-note detection"), "frontmatter");
		await waitFor(() => findSettingOrNull(el, "Property and value") !== null, "the property fields");
		const inputs = findSetting(el, "Property and value").querySelectorAll("input");
		typeInto(inputs[0], "dg-publish");
		typeInto(inputs[1], "true");
		await waitFor(() => plugin.index.all().length > 0 && plugin.index.all().every((q) => q.flagged), "only flagged notes");
		expect(settingNames(el)).not.toContain("Folders");

		select(findSetting(el, "Podcast-note detection"), "tags");
		await waitFor(() => findSettingOrNull(el, "Tags") !== null, "the tags field");
		expect(settingNames(el)).not.toContain("Property and value");
		typeInto(findSetting(el, "Tags").querySelector("input")!, "nothing-has-this");
		await waitFor(() => plugin.index.all().length === 0, "no podcast notes");
		select(findSetting(el, "Podcast-note detection"), "automatic");
		await waitFor(() => findSettingOrNull(el, "Tags") === null, "the tags field gone");
		expect(findSetting(el, "Podcast-note detection").textContent).toContain("Now: ");
	});

	it("adds, lists and removes speaker aliases; merges a suggestion with one click", async () => {
		const { plugin, el, tab } = await openTab();
		const add = findSetting(el, "Add an alias");
		const [alias, canonical] = Array.from(add.querySelectorAll("input"));
		typeInto(alias, "Lexy");
		typeInto(canonical, "Lex Fridman");
		add.querySelector("button")!.click();
		await waitFor(() => plugin.settings.aliases.Lexy === "Lex Fridman", "the new alias");
		await waitFor(() => findSettingOrNull(tab.containerEl, "Lexy") !== null, "the alias row");
		expect(findSetting(tab.containerEl, "Lexy").textContent).toContain("Counts as Lex Fridman");

		const merge = findSetting(tab.containerEl, "Merge Sam Alman into Sam Altman");
		merge.querySelector("button")!.click();
		await waitFor(() => !plugin.index.speakers().some((s) => s.name === "Sam Alman"), "the merge to reach the index");
		expect(plugin.settings.aliases["Sam Alman"]).toBe("Sam Altman");

		await waitFor(() => findSettingOrNull(tab.containerEl, "Lexy") !== null, "the redrawn tab");
		findSetting(tab.containerEl, "Lexy").querySelector<HTMLElement>(".extra-setting-button")!.click();
		await waitFor(() => plugin.settings.aliases.Lexy === undefined, "the alias removed");
	});

	it("attribution dashes: a new set re-reads the notes", async () => {
		const { plugin, el } = await openTab();
		const count = () => plugin.index.speakers().find((s) => s.name === "Sam Altman")?.quoteCount ?? 0;
		const before = count();
		// The garden note attributes with "–"; without it in the set those attributions are not seen.
		typeInto(findSetting(el, "Attribution dashes").querySelector("input")!, "~");
		await waitFor(() => count() < before, "fewer attributed quotes");
		typeInto(findSetting(el, "Attribution dashes").querySelector("input")!, "");
		await waitFor(() => count() === before, "the default dashes back");
		expect(plugin.settings.dashes).toBe(DEFAULT_SETTINGS.dashes);
	});

	it("settings survive disabling and enabling the plugin", async () => {
		const { h, loaded, el } = await openTab();
		select(findSetting(el, "Default grouping"), "episode");
		select(findSetting(el, "Podcast-note detection"), "tags");
		await waitFor(() => loaded.plugin.settings.detection.mode === "tags", "the rule");
		await idle(loaded.plugin);
		await new Promise((resolve) => setTimeout(resolve, 20));
		unloadPlugin(h, loaded);
		const again = await loadPlugin<PodcastGardenPlugin>(h);
		expect(again.plugin.settings.sidebar.defaultMode).toBe("episode");
		expect(again.plugin.settings.detection).toEqual({ mode: "tags", tags: ["podcast"] });
		// Enabled after startup: the layout is already ready, so it indexes at once.
		await idle(again.plugin);
		expect(again.plugin.index.notes().length).toBeGreaterThan(10);
		await h.runCommand(`${ID}:open-quotes-sidebar`);
		expect(h.workspace.getLeavesOfType("podcast-garden-quotes")[0].getViewState().state).toMatchObject({ mode: "episode" });
	});
});

/** The names a tab's definitions describe for what is visible now, headings first, in order. */
function definitionNames(items: readonly SettingDefinitionItem[]): string[] {
	const out: string[] = [];
	for (const item of items) {
		const visible = typeof item.visible === "function" ? item.visible() : item.visible !== false;
		if (!visible) continue;
		if ("type" in item && item.type !== "page") {
			if (item.heading !== undefined) out.push(item.heading);
			out.push(...definitionNames(item.items ?? []));
		} else out.push(item.name);
	}
	return out;
}

describe("one description of the settings for both ways of drawing them", () => {
	async function tabOn(apiVersion: string) {
		const started = await start({ apiVersion, extra: { "Podcasts/typo.md": "> A rare spelling. – Sam Alman\n" } });
		const tab = started.h.app.setting.pluginTabs[0] as PluginSettingTab;
		started.h.app.setting.openTab(tab);
		return { ...started, tab };
	}

	/** Each detection mode and quote-of-the-day filter in turn, through the tab's own dropdowns, once redrawn. */
	async function eachState(s: { tab: PluginSettingTab; plugin: PodcastGardenPlugin }, seen: (state: string) => void): Promise<void> {
		const el = s.tab.containerEl;
		seen("default");
		for (const mode of ["folders", "tags", "frontmatter", "automatic"] as const) {
			select(findSetting(el, "Podcast-note detection"), mode);
			await waitFor(() => s.plugin.settings.detection.mode === mode && findSetting(el, "Podcast-note detection").textContent.includes(`Now: ${describeRule(s.plugin.settings.detection)}.`), `the ${mode} rows`);
			seen(`detection ${mode}`);
		}
		const fields = { speaker: "Speaker", show: "Show", tag: "Tag" } as Record<string, string>;
		for (const kind of ["speaker", "show", "tag", "all"]) {
			select(findSetting(el, "Draw the quote of the day from"), kind);
			await waitFor(() => Object.values(fields).filter((name) => settingNames(el).includes(name)).join() === (fields[kind] ?? ""), `the ${kind} field`);
			seen(`daily ${kind}`);
		}
	}

	it("draws the same rows, in the same order, on 1.13 and through display(), and they are the definitions' rows", async () => {
		const drawn: Record<string, string[]>[] = [];
		for (const apiVersion of [LATEST_API_VERSION, "1.8.7"]) {
			const s = await tabOn(apiVersion);
			await s.plugin.addAlias("Lexy", "Lex Fridman");
			s.h.app.setting.openTab(s.tab);
			// 1.13 draws the definitions itself (in groups); an older app gets display()'s rows.
			expect(s.tab.containerEl.querySelector(".setting-group") !== null).toBe(apiVersion === LATEST_API_VERSION);
			const names: Record<string, string[]> = {};
			await eachState(s, (state) => {
				names[state] = settingNames(s.tab.containerEl);
				// Nothing is drawn that the definitions do not describe, and nothing described is left undrawn.
				expect(names[state]).toEqual(definitionNames(s.tab.getSettingDefinitions()));
			});
			drawn.push(names);
		}
		expect(drawn[1]).toEqual(drawn[0]);
		expect(drawn[0]["detection folders"]).toContain("Folders");
		expect(drawn[0]["detection automatic"]).not.toContain("Folders");
		expect(drawn[0]["daily show"]).toContain("Show");
		expect(drawn[0].default).toEqual(expect.arrayContaining(["Podcast notes", "Attribution dashes", "Lexy", "Add an alias", "Merge Sam Alman into Sam Altman", "Hidden quotes", "Publishing", "Git repository", "Access token", "A quote a day", "Quotes to resurface"]));
	});

	it("settings search finds rows by name, description and other words, only when they are shown", async () => {
		const { h, plugin, tab } = await tabOn(LATEST_API_VERSION);
		const names = (query: string) => h.app.setting.search(query).map((r) => r.name);
		expect(names("alias")).toContain("Add an alias");
		expect(names("dash")).toEqual(["Attribution dashes"]);
		expect(names("em dash")).toEqual(["Attribution dashes"]);
		expect(names("attribution")).toContain("Attribution dashes");
		expect(names("publish")).toEqual(expect.arrayContaining(["Flag properties", "Publish to", "Only these folders"]));
		expect(names("git")).toEqual(expect.arrayContaining(["Publish to", "Remote URL", "Branch", "Access token", "Create the branch if missing"]));
		expect(h.app.setting.search("token").find((r) => r.name === "Access token")?.heading).toBe("Git repository");
		expect(names("resurface")).toEqual(expect.arrayContaining(["Quotes to resurface", "Forget seen quotes"]));
		// Rows shown only for one detection mode are found only in that mode.
		expect(names("comma-separated folder paths")).toEqual([]);
		select(findSetting(tab.containerEl, "Podcast-note detection"), "folders");
		await waitFor(() => plugin.settings.detection.mode === "folders", "the folders mode");
		expect(names("comma-separated folder paths")).toEqual(["Folders"]);
		// Rows named by the user's data stay out of the index.
		await plugin.addAlias("Lexy", "Lex Fridman");
		tab.update();
		expect(settingNames(tab.containerEl)).toContain("Lexy");
		expect(names("lexy")).toEqual([]);
		expect(names("Sam Alman")).toEqual([]);
	});

	it("an app before 1.13 has no settings search and no update(): the tab redraws through display()", async () => {
		const { h, plugin, tab } = await tabOn("1.8.7");
		expect(() => h.app.setting.search("dash")).toThrow(/before 1.13/);
		select(findSetting(tab.containerEl, "Podcast-note detection"), "tags");
		await waitFor(() => findSettingOrNull(tab.containerEl, "Tags") !== null, "the tags field");
		expect(plugin.settings.detection.mode).toBe("tags");
	});
});

function findSettingOrNull(el: HTMLElement, name: string): HTMLElement | null {
	try {
		return findSetting(el, name);
	} catch {
		return null;
	}
}
