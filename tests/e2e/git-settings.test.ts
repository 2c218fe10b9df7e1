/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The git settings through the built plugin's settings tab: the token goes to SecretStorage and never into
// the plugin data; without SecretStorage (Obsidian before 1.11.4) it is kept in the data with a warning.
import { findSetting, typeInto } from "../harness/harness";
import type { PluginSettingTab } from "../harness/obsidian";
import { ID, start, waitFor } from "../plugin/setup";

const DATA = `.obsidian/plugins/${ID}/data.json`;
const TOKEN = "github_pat_11ABCDEFG0123456789";

async function openTab(withSecretStorage: boolean) {
	const started = await start({ mobile: !withSecretStorage });
	if (!withSecretStorage) delete (started.h.app as { secretStorage?: unknown }).secretStorage;
	const tab = started.h.app.setting.pluginTabs[0] as PluginSettingTab;
	started.h.app.setting.openTab(tab);
	return { ...started, el: tab.containerEl };
}

describe("git settings", () => {
	test("fields are saved under publish.git; the token goes to SecretStorage only", async () => {
		const { h, plugin, el } = await openTab(true);
		typeInto(findSetting(el, "Remote URL").querySelector("input")!, " https://codeberg.org/me/garden.git ");
		typeInto(findSetting(el, "Branch").querySelector("input")!, "pages");
		typeInto(findSetting(el, "Path inside the repository").querySelector("input")!, "site");
		const token = findSetting(el, "Access token");
		expect(token.textContent).toContain("secret storage, not in your vault");
		const input = token.querySelector("input")!;
		expect(input.type).toBe("password");
		typeInto(input, TOKEN);
		await waitFor(() => plugin.settings.publish.git.path === "site", "the settings to apply");
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(plugin.settings.publish.git).toMatchObject({ remoteUrl: "https://codeberg.org/me/garden.git", branch: "pages", path: "site", tokenInData: "" });
		expect(h.app.secretStorage.getSecret("podcast-garden-git-token")).toBe(TOKEN);
		const data = await h.app.vault.adapter.read(DATA);
		expect(data).toContain("codeberg.org/me/garden.git");
		expect(data).not.toContain(TOKEN);
	});

	test("without SecretStorage the token is kept in the plugin data and the setting warns about it", async () => {
		const { h, plugin, el } = await openTab(false);
		const token = findSetting(el, "Access token");
		expect(token.textContent).toContain("Warning: this version of Obsidian has no secret storage");
		typeInto(token.querySelector("input")!, TOKEN);
		await waitFor(() => plugin.settings.publish.git.tokenInData === TOKEN, "the token to be kept");
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(await h.app.vault.adapter.read(DATA)).toContain(TOKEN);
	});
});
