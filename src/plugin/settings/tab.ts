// The settings tab: podcast-note detection, attribution dashes, the speaker alias table, sidebar defaults,
// then the publishing and quote-of-the-day sections (publish/settings-tab.ts, daily/settings-tab.ts).
// Every row is described once (rows.ts): Obsidian 1.13 draws and searches the definitions, older apps
// draw the same definitions through display().
import { debounce, PluginSettingTab, requireApiVersion, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { describeRule, type PodcastRule } from "../../core/index";
import { DEFAULT_DASHES } from "../../core/quotes/attribution";
import type { ViewMode } from "../../core/view/model";
import type { PluginContext } from "../context";
import { publishSettings } from "../publish/settings-tab";
import { dailySettings } from "../daily/settings-tab";
import { bind, controlsByKey, drawRows, listFrom, writeControl, type Control, type Group, type Row } from "./rows";

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

export class PodcastGardenSettingTab extends PluginSettingTab {
	private readonly plugin: PluginContext;
	/** The controls of the definitions last handed out, by key. */
	private controls = new Map<string, Control>();

	/** PluginSettingTab wants the Plugin itself; the tab reads and saves only through PluginContext. */
	constructor(app: App, plugin: Plugin & PluginContext) {
		super(app, plugin);
		this.plugin = plugin;
	}

	getSettingDefinitions(): SettingDefinitionItem[] {
		return this.groups();
	}

	/** Only apps before 1.13 (minAppVersion is 1.8.7) call this; 1.13 draws getSettingDefinitions() itself. */
	display(): void {
		this.draw();
	}

	getControlValue(key: string): unknown {
		return this.controls.get(key)?.get();
	}

	setControlValue(key: string, value: unknown): void | Promise<void> {
		const control = this.controls.get(key);
		if (control) return writeControl(control, value);
	}

	private groups(): Group[] {
		const groups = [this.detection(), this.quotes(), this.aliases(), this.sidebar(), ...publishSettings(this.plugin), dailySettings(this.plugin, () => this.redraw())];
		this.controls = controlsByKey(groups);
		return groups;
	}

	/** After a change that adds, removes or renames rows. */
	private redraw(): void {
		if (requireApiVersion("1.13.0")) this.update();
		else this.draw();
	}

	/** What display() does on apps before 1.13: the same definitions, drawn by rows.ts. */
	private draw(): void {
		this.containerEl.empty();
		drawRows(this.containerEl, this.groups());
	}

	private async save(reread = false): Promise<void> {
		await this.plugin.applySettings(reread);
	}

	/** Re-reading every note is not for every keystroke: wait until typing pauses. */
	private readonly saveAndReread = debounce(() => void this.save(true), 600, true);

	private detection(): Group {
		const settings = this.plugin.settings;
		const mode = (): PodcastRule["mode"] => settings.detection.mode;
		/** The rule while `m` is the chosen mode, else null. */
		const rule = <M extends PodcastRule["mode"]>(m: M) => (settings.detection.mode === m ? (settings.detection as Extract<PodcastRule, { mode: M }>) : null);
		const save = () => this.save();
		return {
			type: "group",
			heading: "Podcast notes",
			items: [
				{
					name: "Podcast-note detection",
					desc: `Which notes the quotes sidebar reads. Now: ${describeRule(settings.detection)}.`,
					aliases: ["podcast notes", "which notes", "folder", "tag", "property", "frontmatter"],
					control: {
						type: "dropdown",
						options: MODE_NAMES,
						...bind<string>(
							"detection.mode",
							mode,
							(m) => (settings.detection = m === "folders" ? { mode: m, folders: [] } : m === "tags" ? { mode: m, tags: ["podcast"] } : m === "frontmatter" ? { mode: m, key: "type", value: "podcast" } : { mode: "automatic" }),
							{ save, redraw: () => this.redraw() },
						),
					},
				},
				{
					name: "Folders",
					desc: "Comma-separated folder paths; notes inside them (and their subfolders) are podcast notes.",
					visible: () => mode() === "folders",
					control: {
						type: "text",
						placeholder: "Podcasts",
						...bind("detection.folders", () => rule("folders")?.folders.join(", ") ?? "", (v) => (rule("folders")!.folders = listFrom(v)), { save, when: () => rule("folders") !== null }),
					},
				},
				{
					name: "Tags",
					desc: "Comma-separated tags, without #; nested tags count too.",
					visible: () => mode() === "tags",
					control: {
						type: "text",
						placeholder: "Podcast, episode",
						...bind("detection.tags", () => rule("tags")?.tags.join(", ") ?? "", (v) => (rule("tags")!.tags = listFrom(v)), { save, when: () => rule("tags") !== null }),
					},
				},
				{
					name: "Property and value",
					desc: "Notes whose property has this value (leave the value empty to match any value).",
					aliases: ["frontmatter"],
					visible: () => mode() === "frontmatter",
					render: (s) => {
						const field = (placeholder: string, part: "key" | "value") =>
							s.addText((t) =>
								t
									.setPlaceholder(placeholder)
									.setValue(rule("frontmatter")?.[part] ?? "")
									.onChange(async (v) => {
										const r = rule("frontmatter");
										if (r === null) return;
										r[part] = v.trim();
										await this.save();
									}),
							);
						field("Property", "key");
						field("Value", "value");
					},
				},
			],
		};
	}

	private quotes(): Group {
		return {
			type: "group",
			heading: "Quotes",
			items: [
				{
					name: "Attribution dashes",
					desc: `Characters that may start an attribution after a quote, as in "> … – Speaker". Default: ${DEFAULT_DASHES}`,
					aliases: ["em dash", "en dash", "hyphen", "speaker", "attribution"],
					control: {
						type: "text",
						placeholder: DEFAULT_DASHES,
						// Empty would mean "no attributions at all": keep the default instead.
						...bind("dashes", () => this.plugin.settings.dashes, (v) => (this.plugin.settings.dashes = v.trim() === "" ? DEFAULT_DASHES : v.trim()), { save: () => void this.saveAndReread() }),
					},
				},
			],
		};
	}

	private aliases(): Group {
		const settings = this.plugin.settings;
		const items: Row[] = Object.entries(settings.aliases)
			.sort((a, b) => a[0].localeCompare(b[0]))
			.map(([alias, canonical]) => ({
				name: alias,
				desc: `Counts as ${canonical}`,
				searchable: false,
				render: (s) =>
					void s.addExtraButton((b) =>
						b
							.setIcon("trash")
							.setTooltip(`Remove the alias ${alias}`)
							.onClick(async () => {
								delete settings.aliases[alias];
								await this.save();
								this.redraw();
							}),
					),
			}));
		items.push({
			name: "Add an alias",
			desc: "Another spelling of a speaker's name, shown and counted as the canonical name: the spelling as written, then the name it stands for.",
			aliases: ["speaker aliases", "spelling", "rename speaker", "canonical name"],
			render: (s) => {
				let alias = "";
				let canonical = "";
				s.addText((t) => t.setPlaceholder("Spelling as written").onChange((v) => (alias = v)))
					.addText((t) => t.setPlaceholder("Canonical name").onChange((v) => (canonical = v)))
					.addButton((b) =>
						b.setButtonText("Add").onClick(async () => {
							if (alias.trim() === "" || canonical.trim() === "") return;
							await this.plugin.addAlias(alias, canonical);
							this.redraw();
						}),
					);
			},
		});
		for (const m of this.plugin.index?.mergeSuggestions() ?? []) {
			items.push({
				name: `Merge ${m.from} into ${m.to}`,
				desc: m.reason,
				searchable: false,
				render: (s) =>
					void s.addButton((b) =>
						b.setButtonText("Merge").onClick(async () => {
							await this.plugin.addAlias(m.from, m.to);
							this.redraw();
						}),
					),
			});
		}
		return { type: "group", heading: "Speaker aliases", items };
	}

	private sidebar(): Group {
		const sidebar = this.plugin.settings.sidebar;
		return {
			type: "group",
			heading: "Quotes sidebar",
			items: [
				{
					name: "Default grouping",
					desc: "How the sidebar groups quotes when it opens.",
					aliases: ["view mode", "by speaker", "by episode"],
					control: { type: "dropdown", options: VIEW_MODE_NAMES, ...bind<string>("sidebar.defaultMode", () => sidebar.defaultMode, (v) => (sidebar.defaultMode = v as ViewMode), { save: () => this.save() }) },
				},
				...this.hiddenQuotes(),
			],
		};
	}

	/** Quotes marked "Not a quote" in the sidebar, each with a button to bring it back. */
	private hiddenQuotes(): Row[] {
		const hidden = this.plugin.settings.hiddenQuotes;
		const items: Row[] = [
			{
				name: "Hidden quotes",
				desc: hidden.length === 0 ? "None. Right-click a quote in the sidebar and choose “Not a quote” to hide it; it is listed here." : "Marked “Not a quote” in the sidebar: hidden from the sidebar, the pickers, random quotes and the plugin's API.",
				aliases: ["not a quote", "unhide", "show again"],
			},
		];
		for (const h of hidden) {
			items.push({
				name: (h.path.split("/").pop() ?? h.path).replace(/\.md$/i, ""),
				desc: h.text,
				searchable: false,
				render: (s) =>
					void s.setClass("pg-hidden-quote").addButton((b) =>
						b
							.setButtonText("Show again")
							.setTooltip(`Show this quote from ${h.path} again`)
							.onClick(async () => {
								await this.plugin.unhideQuote(h.id);
								this.redraw();
							}),
					),
			});
		}
		return items;
	}
}
