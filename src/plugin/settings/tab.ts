// The settings tab: podcast-note detection, attribution dashes, the speaker alias table, sidebar defaults,
// then the publishing section (drawn by publish/settings-tab.ts).
import { debounce, PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { describeRule, type PodcastRule } from "../../core/index";
import { DEFAULT_DASHES } from "../../core/quotes/attribution";
import type { ViewMode } from "../../core/view/model";
import type { PluginContext } from "../context";
import { renderPublishSettings } from "../publish/settings-tab";
import { renderDailySettings } from "../daily/settings-tab";

const MODE_NAMES: Record<PodcastRule["mode"], string> = {
	automatic: "Automatic",
	folders: "Folders",
	tags: "Tags",
	frontmatter: "Property value",
};

const VIEW_MODE_NAMES: Record<ViewMode, string> = {
	speaker: "By speaker",
	episode: "By episode",
	flat: "All quotes",
	note: "Current note",
	resurface: "Resurface (quotes not seen for a while)",
};

function listFrom(text: string): string[] {
	return text
		.split(",")
		.map((s) => s.trim())
		.filter((s) => s !== "");
}

export class PodcastGardenSettingTab extends PluginSettingTab {
	private readonly plugin: PluginContext;

	/** PluginSettingTab wants the Plugin itself; the tab reads and saves only through PluginContext. */
	constructor(app: App, plugin: Plugin & PluginContext) {
		super(app, plugin);
		this.plugin = plugin;
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		this.detection(containerEl);
		this.quotes(containerEl);
		this.aliases(containerEl);
		this.sidebar(containerEl);
		renderPublishSettings(containerEl, this.plugin);
		renderDailySettings(containerEl, this.plugin, () => this.display());
	}

	private async save(reread = false): Promise<void> {
		await this.plugin.applySettings(reread);
	}

	/** Re-reading every note is not for every keystroke: wait until typing pauses. */
	private readonly saveAndReread = debounce(() => void this.save(true), 600, true);

	private detection(el: HTMLElement): void {
		const settings = this.plugin.settings;
		const rule = settings.detection;
		new Setting(el).setName("Podcast notes").setHeading();
		new Setting(el)
			.setName("Podcast-note detection")
			.setDesc(`Which notes the quotes sidebar reads. Now: ${describeRule(rule)}.`)
			.addDropdown((d) =>
				d
					.addOptions(MODE_NAMES)
					.setValue(rule.mode)
					.onChange(async (mode) => {
						const m = mode as PodcastRule["mode"];
						settings.detection = m === "folders" ? { mode: m, folders: [] } : m === "tags" ? { mode: m, tags: ["podcast"] } : m === "frontmatter" ? { mode: m, key: "type", value: "podcast" } : { mode: "automatic" };
						await this.save();
						this.display();
					}),
			);
		if (rule.mode === "folders") {
			new Setting(el)
				.setName("Folders")
				.setDesc("Comma-separated folder paths; notes inside them (and their subfolders) are podcast notes.")
				.addText((t) =>
					t
						.setPlaceholder("Podcasts")
						.setValue(rule.folders.join(", "))
						.onChange(async (v) => {
							rule.folders = listFrom(v);
							await this.save();
						}),
				);
		} else if (rule.mode === "tags") {
			new Setting(el)
				.setName("Tags")
				.setDesc("Comma-separated tags, without #; nested tags count too.")
				.addText((t) =>
					t
						.setPlaceholder("Podcast, episode")
						.setValue(rule.tags.join(", "))
						.onChange(async (v) => {
							rule.tags = listFrom(v);
							await this.save();
						}),
				);
		} else if (rule.mode === "frontmatter") {
			new Setting(el)
				.setName("Property and value")
				.setDesc("Notes whose property has this value (leave the value empty to match any value).")
				.addText((t) =>
					t
						.setPlaceholder("Property")
						.setValue(rule.key)
						.onChange(async (v) => {
							rule.key = v.trim();
							await this.save();
						}),
				)
				.addText((t) =>
					t
						.setPlaceholder("Value")
						.setValue(rule.value)
						.onChange(async (v) => {
							rule.value = v.trim();
							await this.save();
						}),
				);
		}
	}

	private quotes(el: HTMLElement): void {
		new Setting(el).setName("Quotes").setHeading();
		new Setting(el)
			.setName("Attribution dashes")
			.setDesc(`Characters that may start an attribution after a quote, as in "> … – Speaker". Default: ${DEFAULT_DASHES}`)
			.addText((t) =>
				t
					.setPlaceholder(DEFAULT_DASHES)
					.setValue(this.plugin.settings.dashes)
					.onChange(async (v) => {
						// Empty would mean "no attributions at all": keep the default instead.
						this.plugin.settings.dashes = v.trim() === "" ? DEFAULT_DASHES : v.trim();
						this.saveAndReread();
					}),
			);
	}

	private aliases(el: HTMLElement): void {
		const settings = this.plugin.settings;
		new Setting(el)
			.setName("Speaker aliases")
			.setDesc("Other spellings of a speaker's name, shown and counted as the canonical name.")
			.setHeading();
		for (const [alias, canonical] of Object.entries(settings.aliases).sort((a, b) => a[0].localeCompare(b[0]))) {
			new Setting(el)
				.setName(alias)
				.setDesc(`Counts as ${canonical}`)
				.addExtraButton((b) =>
					b
						.setIcon("trash")
						.setTooltip(`Remove the alias ${alias}`)
						.onClick(async () => {
							delete settings.aliases[alias];
							await this.save();
							this.display();
						}),
				);
		}
		let alias = "";
		let canonical = "";
		new Setting(el)
			.setName("Add an alias")
			.setDesc("The spelling as written, then the name it stands for.")
			.addText((t) => t.setPlaceholder("Spelling as written").onChange((v) => (alias = v)))
			.addText((t) => t.setPlaceholder("Canonical name").onChange((v) => (canonical = v)))
			.addButton((b) =>
				b.setButtonText("Add").onClick(async () => {
					if (alias.trim() === "" || canonical.trim() === "") return;
					await this.plugin.addAlias(alias, canonical);
					this.display();
				}),
			);
		const suggestions = this.plugin.index?.mergeSuggestions() ?? [];
		for (const s of suggestions) {
			new Setting(el)
				.setName(`Merge ${s.from} into ${s.to}`)
				.setDesc(s.reason)
				.addButton((b) =>
					b.setButtonText("Merge").onClick(async () => {
						await this.plugin.addAlias(s.from, s.to);
						this.display();
					}),
				);
		}
	}

	private sidebar(el: HTMLElement): void {
		new Setting(el).setName("Quotes sidebar").setHeading();
		new Setting(el)
			.setName("Default grouping")
			.setDesc("How the sidebar groups quotes when it opens.")
			.addDropdown((d) =>
				d
					.addOptions(VIEW_MODE_NAMES)
					.setValue(this.plugin.settings.sidebar.defaultMode)
					.onChange(async (v) => {
						this.plugin.settings.sidebar.defaultMode = v as ViewMode;
						await this.save();
					}),
			);
		this.hiddenQuotes(el);
	}

	/** Quotes marked "Not a quote" in the sidebar, each with a button to bring it back. */
	private hiddenQuotes(el: HTMLElement): void {
		const hidden = this.plugin.settings.hiddenQuotes;
		new Setting(el)
			.setName("Hidden quotes")
			.setDesc(hidden.length === 0 ? "None. Right-click a quote in the sidebar and choose “Not a quote” to hide it; it is listed here." : "Marked “Not a quote” in the sidebar: hidden from the sidebar, the pickers, random quotes and the plugin's API.");
		for (const h of hidden) {
			const note = (h.path.split("/").pop() ?? h.path).replace(/\.md$/i, "");
			new Setting(el)
				.setClass("pg-hidden-quote")
				.setName(note)
				.setDesc(h.text)
				.addButton((b) =>
					b
						.setButtonText("Show again")
						.setTooltip(`Show this quote from ${h.path} again`)
						.onClick(async () => {
							await this.plugin.unhideQuote(h.id);
							this.display();
						}),
				);
		}
	}
}
