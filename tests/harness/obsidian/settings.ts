// Obsidian 1.13's declarative settings (obsidian.d.ts: getSettingDefinitions, SettingDefinition*, SettingGroup):
// the definitions' shapes, how the settings modal draws them into a tab, and the settings search over them.
// Before 1.13 (the harness's `apiVersion` option) none of this exists: tabs are drawn by display() alone.
import { Setting, type ExtraButtonComponent, type SettingTab } from "./ui";
import { prepareSimpleSearch, requireApiVersion } from "./util";

type Flag = boolean | (() => boolean);

export interface SettingControlBase<V, K extends string = string> {
	key: K;
	defaultValue?: V;
	validate?: (value: V) => string | void | Promise<string | void>;
	disabled?: Flag;
}
export interface SettingToggleControl<K extends string = string> extends SettingControlBase<boolean, K> {
	type: "toggle";
}
export interface SettingDropdownControl<K extends string = string> extends SettingControlBase<string, K> {
	type: "dropdown";
	options: Record<string, string>;
}
export interface SettingTextControl<K extends string = string> extends SettingControlBase<string, K> {
	type: "text";
	placeholder?: string;
}
export interface SettingTextAreaControl<K extends string = string> extends SettingControlBase<string, K> {
	type: "textarea";
	placeholder?: string;
	rows?: number;
}
export interface SettingNumberControl<K extends string = string> extends SettingControlBase<number, K> {
	type: "number";
	placeholder?: string;
	min?: number;
	max?: number;
	step?: number | "any";
}
export interface SettingFileControl<K extends string = string> extends SettingControlBase<string, K> {
	type: "file";
	placeholder?: string;
}
export interface SettingFolderControl<K extends string = string> extends SettingControlBase<string, K> {
	type: "folder";
	placeholder?: string;
	includeRoot?: boolean;
}
export interface SettingSliderControl<K extends string = string> extends SettingControlBase<number, K> {
	type: "slider";
	min: number;
	max: number;
	step: number;
	displayFormat?: (value: number) => string;
}
export interface SettingColorControl<K extends string = string> extends SettingControlBase<string, K> {
	type: "color";
}
export type SettingControl<K extends string = string> =
	| SettingToggleControl<K>
	| SettingDropdownControl<K>
	| SettingTextControl<K>
	| SettingTextAreaControl<K>
	| SettingNumberControl<K>
	| SettingFileControl<K>
	| SettingFolderControl<K>
	| SettingSliderControl<K>
	| SettingColorControl<K>;

export interface SettingDefinitionBase {
	name: string;
	desc?: string | DocumentFragment;
	aliases?: string[];
	searchable?: Flag;
	visible?: Flag;
}
export interface SettingDefinitionControl<K extends string = string> extends SettingDefinitionBase {
	control: SettingControl<K>;
	action?: never;
	render?: never;
}
export interface SettingDefinitionRender extends SettingDefinitionBase {
	control?: never;
	action?: never;
	render: (setting: Setting, group: SettingGroup) => void | (() => void);
}
export interface SettingDefinitionAction extends SettingDefinitionBase {
	action: (el: HTMLElement, index: number) => void;
	disabled?: Flag;
	control?: never;
	render?: never;
}
export interface SettingDefinitionEmpty extends SettingDefinitionBase {
	control?: never;
	action?: never;
	render?: never;
}
export type SettingDefinition<K extends string = string> = SettingDefinitionControl<K> | SettingDefinitionRender | SettingDefinitionAction | SettingDefinitionEmpty;

export interface SettingDefinitionPage<K extends string = string> {
	type: "page";
	name: string;
	desc?: string | DocumentFragment;
	displayValue?: string | (() => string);
	items?: SettingDefinitionItem<K>[];
	visible?: Flag;
}
export type SettingGroupItem<K extends string = string> = SettingDefinition<K> | SettingDefinitionPage<K>;
export interface SettingDefinitionGroup<K extends string = string> {
	type: "group" | "list";
	heading?: string;
	cls?: string;
	extraButtons?: ((component: ExtraButtonComponent) => unknown)[];
	items?: SettingGroupItem<K>[];
	visible?: Flag;
}
export interface SettingDefinitionList<K extends string = string> extends SettingDefinitionGroup<K> {
	type: "list";
	emptyState?: string | DocumentFragment;
	onDelete?: (index: number) => void;
}
export type SettingDefinitionItem<K extends string = string> = SettingDefinition<K> | SettingDefinitionGroup<K> | SettingDefinitionList<K> | SettingDefinitionPage<K>;

/** Since 1.11: a heading and a list of rows. */
export class SettingGroup {
	groupEl: HTMLElement;
	headingEl: HTMLElement | null = null;
	listEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		this.groupEl = containerEl.createDiv({ cls: "setting-group" });
		this.listEl = this.groupEl.createDiv({ cls: "setting-items" });
	}
	setHeading(text: string | DocumentFragment): this {
		// The same markup as a heading row (Setting#setHeading), so one query finds headings either way.
		this.headingEl ??= this.groupEl.createDiv({ cls: "setting-item setting-item-heading" });
		this.groupEl.insertBefore(this.headingEl, this.listEl);
		this.headingEl.empty();
		this.headingEl.createDiv({ cls: "setting-item-info" }).createDiv({ cls: "setting-item-name", text: textOf(text) });
		return this;
	}
	addClass(...classes: string[]): this {
		this.groupEl.addClass(...classes);
		return this;
	}
	addSetting(cb: (setting: Setting) => void): this {
		cb(new Setting(this.listEl));
		return this;
	}
	addSearch(): this {
		return this;
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		new Setting(this.headingEl ?? this.groupEl).addExtraButton(cb);
		return this;
	}
}

function textOf(text: string | DocumentFragment | undefined): string {
	return text === undefined ? "" : typeof text === "string" ? text : (text.textContent ?? "");
}

function holds(flag: Flag | undefined): boolean {
	return typeof flag === "function" ? flag() : flag !== false;
}

/** Obsidian 1.13's tabs and their definitions; throws as an older app would (no such member). */
export function requireDefinitions(member: string): void {
	if (!requireApiVersion("1.13.0")) throw new TypeError(`this.${member} is not a function (Obsidian before 1.13 has no declarative settings)`);
}

interface Drawn {
	def: SettingDefinition | SettingDefinitionPage | SettingDefinitionGroup;
	el: HTMLElement;
	components?: Setting;
}

/** What the modal drew for each tab: rows to re-check in refreshDomState, cleanups to run before a redraw. */
const drawnRows = new WeakMap<SettingTab, { rows: Drawn[]; cleanups: (() => void)[] }>();

/** Draws a tab from its `settingItems`, as the settings modal does when getSettingDefinitions returned some. */
export function renderDefinitions(tab: SettingTab): void {
	for (const cleanup of drawnRows.get(tab)?.cleanups ?? []) cleanup();
	const state = { rows: [] as Drawn[], cleanups: [] as (() => void)[] };
	drawnRows.set(tab, state);
	tab.containerEl.empty();
	let loose: SettingGroup | null = null;
	for (const item of tab.settingItems) {
		if (isGroup(item)) {
			loose = null;
			const group = new SettingGroup(tab.containerEl);
			if (item.heading !== undefined) group.setHeading(item.heading);
			if (item.cls) group.addClass(item.cls);
			for (const button of item.extraButtons ?? []) group.addExtraButton(button);
			state.rows.push({ def: item, el: group.groupEl });
			(item.items ?? []).forEach((child, index) => drawItem(tab, state, group, child, index));
		} else {
			// Definitions outside a group share an untitled one.
			loose ??= new SettingGroup(tab.containerEl);
			drawItem(tab, state, loose, item, loose.listEl.childElementCount);
		}
	}
	refreshDomState(tab);
}

function isGroup(item: SettingDefinitionItem): item is SettingDefinitionGroup {
	return "type" in item && (item.type === "group" || item.type === "list");
}

function drawItem(tab: SettingTab, state: { rows: Drawn[]; cleanups: (() => void)[] }, group: SettingGroup, def: SettingGroupItem, index: number): void {
	const setting = new Setting(group.listEl).setName(def.name);
	if (def.desc !== undefined) setting.setDesc(def.desc);
	state.rows.push({ def, el: setting.settingEl, components: setting });
	if ("type" in def) {
		setting.setClass("mod-page");
		return;
	}
	if (def.render) {
		const cleanup = def.render(setting, group);
		if (typeof cleanup === "function") state.cleanups.push(cleanup);
	} else if (def.action) {
		const action = def.action;
		setting.setClass("mod-clickable");
		setting.settingEl.addEventListener("click", () => {
			if (!holds(def.disabled ?? false)) action(setting.settingEl, index);
		});
	} else if (def.control) {
		drawControl(tab, setting, def.control);
	}
}

function drawControl(tab: SettingTab, setting: Setting, control: SettingControl): void {
	const stored = tab.getControlValue(control.key);
	const value = stored === undefined || stored === null ? control.defaultValue : stored;
	const persist = async (v: unknown): Promise<void> => {
		const message = control.validate ? await (control.validate as (v: unknown) => string | void | Promise<string | void>)(v) : undefined;
		setting.setErrorMessage(message ? message : null);
		if (!message) await tab.setControlValue(control.key, v);
	};
	switch (control.type) {
		case "toggle":
			setting.addToggle((t) => t.setValue(value === true).onChange(persist));
			break;
		case "dropdown":
			setting.addDropdown((d) => d.addOptions(control.options).setValue(typeof value === "string" ? value : "").onChange(persist));
			break;
		case "textarea":
			setting.addTextArea((t) => t.setPlaceholder(control.placeholder ?? "").setValue(typeof value === "string" ? value : "").onChange(persist));
			break;
		case "number":
			setting.addText((t) => {
				t.inputEl.type = "number";
				t.setPlaceholder(control.placeholder ?? "")
					.setValue(typeof value === "number" ? String(value) : "")
					.onChange((v) => persist(Number.isFinite(Number(v)) && v.trim() !== "" ? Number(v) : (control.defaultValue ?? 0)));
			});
			break;
		case "slider":
			setting.addSlider((s) => s.setLimits(control.min, control.max, control.step).setValue(typeof value === "number" ? value : control.min).onChange(persist));
			break;
		case "color":
			setting.addText((t) => {
				t.inputEl.type = "color";
				t.setValue(typeof value === "string" ? value : "").onChange(persist);
			});
			break;
		default:
			// text, file and folder: a text field (the suggesters are not modelled).
			setting.addText((t) => t.setPlaceholder(control.placeholder ?? "").setValue(typeof value === "string" ? value : "").onChange(persist));
	}
	setting.setDisabled(holds(control.disabled ?? false));
}

/** Re-applies `visible` and `disabled` to what is drawn: hidden rows stay in the DOM with display: none. */
export function refreshDomState(tab: SettingTab): void {
	for (const { def, el, components } of drawnRows.get(tab)?.rows ?? []) {
		el.toggle(holds(def.visible));
		if (!components || "type" in def) continue;
		const disabled = def.control ? def.control.disabled : def.action ? def.disabled : undefined;
		if (disabled !== undefined) components.setDisabled(holds(disabled));
	}
}

export interface SettingSearchResult {
	tab: SettingTab;
	/** The group's heading (or page's name) the row is under, if any. */
	heading: string | undefined;
	name: string;
	desc: string;
}

/**
 * The settings search of Obsidian 1.13 over the tabs' `settingItems` (stored by update()): a row matches when
 * every word of the query is in its name, its description's text or its aliases. Rows and groups that are not
 * `visible` now, and rows not `searchable`, are left out.
 */
export function searchSettings(tabs: SettingTab[], query: string): SettingSearchResult[] {
	requireDefinitions("settings search");
	const match = prepareSimpleSearch(query);
	const out: SettingSearchResult[] = [];
	const visit = (tab: SettingTab, items: readonly SettingDefinitionItem[], heading: string | undefined): void => {
		for (const item of items) {
			if (!holds(item.visible)) continue;
			if ("type" in item && item.type !== "page") {
				visit(tab, item.items ?? [], item.heading ?? heading);
				continue;
			}
			const searchable = "type" in item ? true : holds(item.searchable);
			const aliases = "type" in item ? [] : (item.aliases ?? []);
			const desc = textOf(item.desc);
			if (searchable && match([item.name, desc, ...aliases].join("\n"))) out.push({ tab, heading, name: item.name, desc });
			if ("type" in item) visit(tab, item.items ?? [], item.name);
		}
	};
	for (const tab of tabs) visit(tab, tab.settingItems, undefined);
	return out;
}

/** `app.setting`, the settings modal (internal in Obsidian): the plugins' tabs, the open tab, the search. */
export class AppSetting {
	pluginTabs: SettingTab[] = [];
	/** The app's own settings, which SettingTab's getControlValue / setControlValue read and write by default. */
	config: Record<string, unknown> = {};
	activeTab: SettingTab | null = null;

	/** Opens a tab as the modal does: from 1.13 its definitions when it returns some, otherwise display(). */
	openTab(tab: SettingTab): void {
		if (this.activeTab !== tab) this.activeTab?.hide();
		this.activeTab = tab;
		tab.shown = true;
		if (requireApiVersion("1.13.0")) {
			tab.update();
			if (tab.settingItems.length > 0) return;
		}
		tab.display();
	}

	/** The search box at the top of the settings (1.13), over every plugin tab. */
	search(query: string): SettingSearchResult[] {
		return searchSettings(this.pluginTabs, query);
	}
}
