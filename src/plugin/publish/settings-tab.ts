// The publishing section of the settings tab (the tab itself belongs to the settings module and calls this).
import { Setting } from "obsidian";
import type { PluginContext } from "../context";
import { publishTargetNames } from "./publisher";
import { renderGitSettings } from "./git/settings-tab";

function listFrom(text: string): string[] {
	return text
		.split(",")
		.map((s) => s.trim())
		.filter((s) => s !== "");
}

const TARGET_NAMES: Record<string, string> = { folder: "Folder in this vault", git: "Git repository" };

export function renderPublishSettings(containerEl: HTMLElement, plugin: PluginContext): void {
	const settings = plugin.settings.publish;
	const save = (reread = false): Promise<void> => plugin.applySettings(reread);
	new Setting(containerEl).setName("Publishing").setHeading();

	new Setting(containerEl)
		.setName("Flag properties")
		.setDesc("Frontmatter properties that mark a note for publishing, comma-separated. A note with publish: false or draft: true is never published.")
		.addText((t) =>
			t.setValue(settings.flagKeys.join(", ")).onChange(async (v) => {
				settings.flagKeys = listFrom(v);
				await save(true);
			}),
		);
	new Setting(containerEl)
		.setName("Only these folders")
		.setDesc("Publish flagged notes only from these folders, comma-separated. Leave empty for the whole vault.")
		.addText((t) =>
			t.setValue(settings.includeFolders.join(", ")).onChange(async (v) => {
				settings.includeFolders = listFrom(v);
				await save();
			}),
		);
	new Setting(containerEl)
		.setName("Never these folders")
		.setDesc("Flagged notes in these folders stay private, comma-separated.")
		.addText((t) =>
			t.setValue(settings.excludeFolders.join(", ")).onChange(async (v) => {
				settings.excludeFolders = listFrom(v);
				await save();
			}),
		);
	new Setting(containerEl)
		.setName("Publish to")
		.setDesc("Where the site goes.")
		.addDropdown((d) => {
			for (const name of publishTargetNames()) d.addOption(name, TARGET_NAMES[name] ?? name);
			d.setValue(settings.target).onChange(async (v) => {
				settings.target = v;
				await save();
			});
		});
	new Setting(containerEl)
		.setName("Output folder")
		.setDesc("Vault folder the site is written to by the folder target. It is never published itself.")
		.addText((t) =>
			t.setValue(settings.outputFolder).onChange(async (v) => {
				settings.outputFolder = v.trim();
				await save();
			}),
		);
	new Setting(containerEl)
		.setName("Layout")
		.setDesc("A ready static site, or Markdown for the digital garden site template (src/site/notes).")
		.addDropdown((d) =>
			d
				.addOption("site", "Static site")
				.addOption("digital-garden", "Digital garden Markdown")
				.setValue(settings.layout)
				.onChange(async (v) => {
					settings.layout = v === "digital-garden" ? "digital-garden" : "site";
					await save();
				}),
		);
	new Setting(containerEl)
		.setName("Keep HTML in notes")
		.setDesc("Digital garden layout only: write HTML from your notes as you wrote it, and the site runs it (scripts included). Off: it is shown as text, like on the static site.")
		.addToggle((t) =>
			t.setValue(settings.keepNoteHtml).onChange(async (v) => {
				settings.keepNoteHtml = v;
				await save();
			}),
		);
	new Setting(containerEl)
		.setName("Quote share pages")
		.setDesc("Static site only: which published quotes get a page of their own with a quote card, and a share link under the quote. Highlights leaves out transcript turns, which can be hundreds per episode.")
		.addDropdown((d) =>
			d
				.addOption("highlights", "Highlights (not transcript turns)")
				.addOption("all", "All quotes")
				.addOption("off", "None")
				.setValue(settings.quotePages)
				.onChange(async (v) => {
					settings.quotePages = v === "all" || v === "off" ? v : "highlights";
					await save();
				}),
		);
	new Setting(containerEl)
		.setName("Site address")
		.setDesc("Base URL of the published site, used for copied links and canonical page addresses.")
		.addText((t) =>
			t.setValue(settings.baseUrl).onChange(async (v) => {
				settings.baseUrl = v.trim();
				await save();
			}),
		);
	new Setting(containerEl)
		.setName("Site title")
		.addText((t) =>
			t.setValue(settings.siteTitle).onChange(async (v) => {
				settings.siteTitle = v;
				await save();
			}),
		);
	new Setting(containerEl)
		.setName("Public properties")
		.setDesc("Frontmatter properties copied to published pages, comma-separated. All others stay private.")
		.addText((t) =>
			t.setValue(settings.frontmatterKeys.join(", ")).onChange(async (v) => {
				settings.frontmatterKeys = listFrom(v);
				await save();
			}),
		);
	renderGitSettings(containerEl, plugin);
}
