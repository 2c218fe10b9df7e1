/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The rows bound to a setting (rows.ts `bind`), through the built plugin on both ways of drawing the tab: each
// kind of control writes its setting as tidied, saves it, and a row whose setting does not exist now takes nothing.
import { findSetting, typeInto } from "../harness/harness";
import { LATEST_API_VERSION, type PluginSettingTab } from "../harness/obsidian";
import { ID, idle, start, waitFor } from "./setup";

const DATA = `.obsidian/plugins/${ID}/data.json`;

describe.each([
	["Obsidian 1.13", LATEST_API_VERSION],
	["an app before 1.13 (display())", "1.8.7"],
])("settings bound to a control on %s", (_app, apiVersion) => {
	it("toggle, text, list, dropdown and slider rows write their setting, tidied, and save it", async () => {
		const { h, plugin } = await start({ apiVersion });
		const tab = h.app.setting.pluginTabs[0] as PluginSettingTab;
		h.app.setting.openTab(tab);
		const el = tab.containerEl;
		const saved = async () => JSON.parse(await h.vault.adapter.read(DATA)) as typeof plugin.settings;
		const input = (name: string) => findSetting(el, name).querySelector("input")!;

		findSetting(el, "Keep HTML in notes").querySelector<HTMLElement>(".checkbox-container")!.click();
		typeInto(input("Only these folders"), " Podcasts, , Notes/garden ,");
		typeInto(input("Branch"), "  ");
		typeInto(input("Author name"), " Ada ");
		const size = findSetting(el, "Quote card size").querySelector("select")!;
		size.value = "square";
		size.dispatchEvent(new Event("change"));
		const slider = input("Quotes to resurface");
		slider.value = "7";
		slider.dispatchEvent(new Event("input"));
		await waitFor(() => plugin.settings.daily.resurfaceCount === 7, "the slider's value");
		await idle(plugin);

		const expected = { keepNoteHtml: true, includeFolders: ["Podcasts", "Notes/garden"] };
		expect(plugin.settings.publish).toMatchObject(expected);
		expect(plugin.settings.publish.git).toMatchObject({ branch: "main", authorName: "Ada" });
		expect(plugin.settings.daily).toMatchObject({ cardSize: "square", resurfaceCount: 7 });
		// The last change's save: written once its write to the adapter is done.
		for (let i = 0; i < 200 && (await saved()).daily.resurfaceCount !== 7; i++) await new Promise((resolve) => setTimeout(resolve, 10));
		const data = await saved();
		expect(data.publish).toMatchObject({ ...expected, git: { branch: "main", authorName: "Ada" } });
		expect(data.daily).toMatchObject({ cardSize: "square", resurfaceCount: 7 });
		// What the tab hands Obsidian for a key is the setting as written.
		expect(tab.getControlValue("publish.includeFolders")).toBe("Podcasts, Notes/garden");
		expect(tab.getControlValue("daily.resurfaceCount")).toBe(7);
	});

	it("a row for another detection mode takes nothing and saves nothing", async () => {
		const { h, plugin } = await start({ apiVersion });
		const tab = h.app.setting.pluginTabs[0] as PluginSettingTab;
		h.app.setting.openTab(tab);
		await idle(plugin);
		const before = await h.vault.adapter.read(DATA).catch(() => null);
		const saves = jest.spyOn(plugin, "saveData");
		await tab.setControlValue("detection.folders", "Podcasts");
		await tab.setControlValue("detection.tags", "podcast");
		expect(plugin.settings.detection).toEqual({ mode: "automatic" });
		expect(tab.getControlValue("detection.folders")).toBe("");
		expect(saves).not.toHaveBeenCalled();
		expect(await h.vault.adapter.read(DATA).catch(() => null)).toBe(before);
		// In its own mode the same row writes and saves.
		await tab.setControlValue("detection.mode", "folders");
		await tab.setControlValue("detection.folders", " Podcasts/garden, ");
		expect(plugin.settings.detection).toEqual({ mode: "folders", folders: ["Podcasts/garden"] });
		expect(saves).toHaveBeenCalledTimes(2);
	});
});
