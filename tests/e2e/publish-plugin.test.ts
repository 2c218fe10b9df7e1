/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Publishing from the built plugin (main.js) in the Obsidian harness: flag commands, the preview with
// checkboxes (removals not pre-selected), the dry run, the vault-folder target (desktop and mobile).
import { findSetting, typeInto } from "../harness/harness";
import type { Modal, PluginSettingTab } from "../harness/obsidian";
import { GARDEN, ID, idle, start, waitFor } from "../plugin/setup";

const SITE = "Published site";
const PAGE = `${SITE}/010-inbox/367-sam-altman-open-ai-ceo-on-gpt-4-chat-gpt-and-the-future-of-ai/index.html`;
const EXTRA = {
	"Notes/Idea.md": "---\ntags: [idea]\n---\n# Idea\n\nLinks to [[Diary|my diary]].\n",
	"Notes/Diary.md": "---\nmood: private\n---\nDiary secret text\n",
};

function button(modal: Modal, text: string): HTMLButtonElement {
	const found = Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === text);
	if (!found) throw new Error(`No button "${text}"`);
	return found;
}

async function confirmPreview(h: Awaited<ReturnType<typeof start>>["h"]): Promise<Modal> {
	await h.runCommand(`${ID}:publish-flagged-notes`);
	await waitFor(() => h.openModals().length > 0, "the preview to open");
	return h.openModals()[0];
}

describe.each([false, true])("publishing from the plugin (mobile: %s)", (mobile) => {
	test("flag a note, preview, publish into a vault folder; removals are not pre-selected", async () => {
		const { h, plugin } = await start({ mobile, extra: EXTRA });
		const adapter = h.app.vault.adapter;

		await h.openNote("Notes/Idea.md");
		await h.runCommand(`${ID}:add-publish-flag`);
		await h.settle();
		const flagged = await h.app.vault.adapter.read("Notes/Idea.md");
		expect(flagged).toMatch(/dg-publish: true/);
		expect(flagged).toContain("# Idea\n\nLinks to [[Diary|my diary]].\n");
		expect(flagged).toMatch(/tags:/);

		// The dry run builds everything and writes nothing.
		await h.runCommand(`${ID}:publish-dry-run`);
		await waitFor(() => h.openModals().length > 0, "the dry run report");
		const dry = h.openModals()[0];
		expect(dry.contentEl.textContent).toContain("Notes/Idea.md");
		expect(dry.contentEl.textContent).toContain(`Target: Folder "${SITE}" in the vault`);
		expect(dry.contentEl.textContent).not.toContain("Folder vault folder");
		await waitFor(() => /\d+ files? to write, 0 to delete\./.test(dry.contentEl.querySelector(".pg-publish-commit")?.textContent ?? ""), "the dry run's file counts");
		// The pages went to a sink that kept only their paths: the list and the count still name every one.
		const listed = (dry.contentEl.querySelector(".pg-publish-files pre")?.textContent ?? "").split("\n").filter((l) => l.startsWith("write  "));
		expect(listed).toEqual(expect.arrayContaining(["write  notes/idea/index.html", "write  .podcast-garden/markdown/notes/idea/index.md", `write  ${PAGE.slice(SITE.length + 1)}`]));
		expect(dry.contentEl.querySelector(".pg-publish-commit")?.textContent).toContain(`${listed.length} files to write`);
		button(dry, "Close").click();
		expect(await adapter.exists(SITE)).toBe(false);

		const preview = await confirmPreview(h);
		const boxes = Array.from(preview.contentEl.querySelectorAll<HTMLInputElement>("input[type=checkbox]"));
		expect(boxes.length).toBeGreaterThanOrEqual(2);
		expect(boxes.every((b) => b.checked)).toBe(true);
		button(preview, "Show changes").click();
		await waitFor(() => preview.contentEl.querySelectorAll(".pg-diff-added").length > 0, "the diff");
		button(preview, "Publish selected").click();
		await waitFor(() => h.notices().some((n) => n.startsWith("Published to")), "the publish to finish");
		expect(await adapter.exists(PAGE)).toBe(true);
		const idea = await adapter.read(`${SITE}/notes/idea/index.html`);
		expect(idea).toContain("my diary");
		expect(idea).not.toContain("Diary secret");
		expect(await adapter.exists(`${SITE}/.podcast-garden/manifest.json`)).toBe(true);

		// Unflag it: the preview lists the removal unchecked; publishing keeps the page.
		await h.runCommand(`${ID}:toggle-publish-flag`);
		await h.settle();
		expect(await adapter.read("Notes/Idea.md")).not.toMatch(/dg-publish/);
		const again = await confirmPreview(h);
		expect(again.contentEl.textContent).toContain("Removed (1)");
		const removal = Array.from(again.contentEl.querySelectorAll<HTMLInputElement>("input[type=checkbox]"));
		expect(removal.map((b) => b.checked)).toEqual([false]);
		// The counts are those of the selection: the unchecked removal deletes nothing; checking it would.
		const counts = (m: Modal): string => m.contentEl.querySelector(".pg-publish-commit")?.textContent ?? "";
		await waitFor(() => /files? to write, 0 to delete\./.test(counts(again)), "the selection's file counts");
		removal[0].click();
		await waitFor(() => /files? to write, [1-9]\d* to delete\./.test(counts(again)), "the counts with the removal selected");
		removal[0].click();
		await waitFor(() => /files? to write, 0 to delete\./.test(counts(again)), "the counts without the removal");
		const done = (): number => h.notices().filter((n) => n.startsWith("Published to") || n.startsWith("Nothing to publish")).length;
		const before = done();
		button(again, "Publish selected").click();
		await waitFor(() => done() > before, "the second publish");
		expect(await adapter.exists(`${SITE}/notes/idea/index.html`)).toBe(true);

		// Selecting the removal takes the page down.
		const third = await confirmPreview(h);
		third.contentEl.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
		const beforeThird = done();
		button(third, "Publish selected").click();
		await waitFor(() => done() > beforeThird, "the third publish");
		expect(await adapter.exists(`${SITE}/notes/idea/index.html`)).toBe(false);
		expect(await adapter.exists(PAGE)).toBe(true);
		await idle(plugin);
	});

	test("copy the public URL; conflicting URLs are reported with both notes", async () => {
		const { h, plugin } = await start({ mobile, extra: { "A.md": "---\npublish: true\npermalink: /same/\n---\na", "B.md": "---\npublish: true\npermalink: same\n---\nb" } });
		plugin.settings.publish.baseUrl = "https://garden.example.com";
		await h.openNote(GARDEN);
		await h.runCommand(`${ID}:copy-public-url`);
		await waitFor(() => h.clipboard.text !== "", "the clipboard");
		expect(h.clipboard.text).toBe("https://garden.example.com/010-inbox/367-sam-altman-open-ai-ceo-on-gpt-4-chat-gpt-and-the-future-of-ai/");
		await h.runCommand(`${ID}:publish-flagged-notes`);
		await waitFor(() => h.notices().some((n) => n.startsWith("Nothing was published")), "the error notice");
		const notice = h.notices().find((n) => n.startsWith("Nothing was published")) ?? "";
		expect(notice).toContain('"A.md"');
		expect(notice).toContain('"B.md"');
		expect(h.openModals()).toHaveLength(0);
	});

	test("the settings section changes the output folder and layout", async () => {
		const { h, plugin } = await start({ mobile });
		const tab = h.app.setting.pluginTabs[0] as PluginSettingTab;
		h.app.setting.openTab(tab);
		typeInto(findSetting(tab.containerEl, "Output folder").querySelector("input")!, "Garden/out");
		const layout = findSetting(tab.containerEl, "Layout").querySelector("select")!;
		layout.value = "digital-garden";
		layout.dispatchEvent(new Event("change"));
		await waitFor(() => plugin.settings.publish.layout === "digital-garden" && plugin.settings.publish.outputFolder === "Garden/out", "the settings to apply");
		const saved = (await plugin.loadData()) as { publish: { outputFolder: string; layout: string } };
		expect(saved.publish).toMatchObject({ outputFolder: "Garden/out", layout: "digital-garden" });
		const preview = await confirmPreview(h);
		button(preview, "Publish selected").click();
		await waitFor(() => h.notices().some((n) => n.startsWith("Published to")), "the publish");
		expect(await h.app.vault.adapter.exists(`Garden/out/src/site/notes/${GARDEN}`)).toBe(true);
	});
});

describe("publishing from the plugin: speakers and the diff", () => {
	test("the site names speakers from published notes and the alias table only; the diff shows old before new", async () => {
		const person = "---\naliases: [Lex]\ntags: [person]\n---\n# Lex Fridman\nPrivate bio zqxbio\n";
		const { h, plugin } = await start({ extra: { "People/Lex Fridman.md": person } });
		await plugin.addAlias("Sam Altman", "Samuel Altman");
		const adapter = h.app.vault.adapter;
		const preview = await confirmPreview(h);
		button(preview, "Publish selected").click();
		await waitFor(() => h.notices().some((n) => n.startsWith("Published to")), "the publish to finish");
		// The unflagged person note renames `Lex` in the sidebar, never on the site.
		expect(await adapter.exists(`${SITE}/speakers/lex-fridman/index.html`)).toBe(false);
		const lex = await adapter.read(`${SITE}/speakers/lex/index.html`);
		expect(lex).toContain("<h1>Lex</h1>");
		expect(lex).toContain("6 quotes in 1 note, newest episode first.");
		expect(await adapter.exists(`${SITE}/speakers/samuel-altman/index.html`)).toBe(true);
		expect(await adapter.exists(`${SITE}/speakers/sam-altman/index.html`)).toBe(false);
		const speakers = plugin.index.speakers().map((s) => s.name);
		expect(speakers).toEqual(expect.arrayContaining(["Lex Fridman", "Samuel Altman"]));
		expect(speakers).not.toContain("Lex");

		// Edit one line of the published note: its diff lists the old line, then the new one.
		const file = h.app.vault.getFileByPath(GARDEN)!;
		const text = await h.app.vault.read(file);
		const line = text.split("\n").find((l) => l.startsWith("> ") && l.endsWith("– Lex"))!;
		await h.app.vault.modify(file, text.replace(line, "> A new line written after publishing. – Lex"));
		await h.settle();
		const again = await confirmPreview(h);
		button(again, "Show changes").click();
		await waitFor(() => again.contentEl.querySelectorAll(".pg-diff-added").length > 0, "the diff");
		const changed = Array.from(again.contentEl.querySelectorAll(".pg-diff-added, .pg-diff-removed")).map((el) => el.textContent ?? "");
		expect(changed).toEqual([`- ${line}`, "+ > A new line written after publishing. – Lex"]);
		expect(again.contentEl.textContent).not.toContain("zqxbio");
	});
});
