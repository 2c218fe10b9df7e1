// UI pieces: Notice, Menu, Modal, SuggestModal, Setting and its components, setting tabs (their 1.13
// definitions are drawn and searched by settings.ts).
import type { App } from "./app";
import { Component, type Plugin } from "./component";
import { Scope, prepareFuzzySearch, renderResults, setIcon, type SearchResult } from "./util";
import { refreshDomState, renderDefinitions, requireDefinitions, type SettingDefinitionItem } from "./settings";

/** Harness only: everything shown to the user, in order, so tests can read it. */
export const recorded = {
	notices: [] as Notice[],
	menus: [] as Menu[],
	modals: [] as Modal[],
};

function textOf(message: string | DocumentFragment): string {
	return typeof message === "string" ? message : (message.textContent ?? "");
}

export class Notice {
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	/** Harness only. */
	hidden = false;

	constructor(message: string | DocumentFragment, public duration?: number) {
		this.containerEl = activeDocument.body.createDiv({ cls: "notice-container" });
		this.noticeEl = this.containerEl.createDiv({ cls: "notice" });
		this.messageEl = this.noticeEl.createDiv({ cls: "notice-message" });
		this.setMessage(message);
		recorded.notices.push(this);
	}

	get message(): string {
		return this.messageEl.textContent ?? "";
	}

	setMessage(message: string | DocumentFragment): this {
		if (typeof message === "string") this.messageEl.setText(message);
		else {
			this.messageEl.empty();
			this.messageEl.appendChild(message);
		}
		return this;
	}

	hide(): void {
		this.hidden = true;
		this.containerEl.remove();
	}
}

export class MenuItem {
	title = "";
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	warning = false;
	section = "";
	private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	constructor(private menu: Menu) {}

	setTitle(title: string | DocumentFragment): this {
		this.title = textOf(title);
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}
	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
	setWarning(isWarning: boolean): this {
		this.warning = isWarning;
		return this;
	}
	setIsLabel(): this {
		return this;
	}
	setSection(section: string): this {
		this.section = section;
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}

	/** Harness only: what a user's click does (closes the menu, then runs the callback). */
	click(): unknown {
		if (this.disabled) throw new Error(`Menu item "${this.title}" is disabled.`);
		this.menu.hide();
		return this.callback?.(new MouseEvent("click"));
	}
}

export class Menu extends Component {
	items: MenuItem[] = [];
	shown = false;
	private hideCallbacks: (() => unknown)[] = [];

	setNoIcon(): this {
		return this;
	}
	setUseNativeMenu(): this {
		return this;
	}
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem(this);
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	setParentElement(): this {
		return this;
	}
	showAtMouseEvent(_evt: MouseEvent): this {
		return this.show();
	}
	showAtPosition(_position: { x: number; y: number }): this {
		return this.show();
	}
	hide(): this {
		if (this.shown) {
			this.shown = false;
			for (const cb of this.hideCallbacks) cb();
		}
		return this;
	}
	close(): void {
		this.hide();
	}
	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}
	static forEvent(_evt: MouseEvent): Menu {
		return new Menu();
	}

	/** Harness only: the item with this title. */
	item(title: string): MenuItem {
		const found = this.items.find((i) => i.title === title);
		if (!found) throw new Error(`No menu item "${title}" (have: ${this.items.map((i) => i.title).join(", ")}).`);
		return found;
	}

	private show(): this {
		this.shown = true;
		recorded.menus.push(this);
		return this;
	}
}

export class Modal {
	scope = new Scope();
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	/** Harness only. */
	isOpen = false;
	private closeCallback: (() => unknown) | null = null;

	constructor(public app: App) {
		this.containerEl = createDiv({ cls: "modal-container" });
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}

	open(): void {
		activeDocument.body.appendChild(this.containerEl);
		this.isOpen = true;
		recorded.modals.push(this);
		void this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.onClose();
		this.containerEl.remove();
		this.closeCallback?.();
	}

	onOpen(): Promise<void> | void {}
	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}

export interface Instruction {
	command: string;
	purpose: string;
}

export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	instructionsEl: HTMLElement;
	/** Harness only: the suggestions on screen. */
	shownSuggestions: T[] = [];
	selected = 0;
	private updating: Promise<void> = Promise.resolve();

	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.instructionsEl = this.modalEl.createDiv({ cls: "prompt-instructions" });
		this.inputEl.addEventListener("input", () => void this.updateSuggestions());
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key === "ArrowDown") this.select(this.selected + 1);
			else if (evt.key === "ArrowUp") this.select(this.selected - 1);
			else if (evt.key === "Enter") this.selectActiveSuggestion(evt);
			else if (evt.key === "Escape") this.close();
		});
	}

	open(): void {
		super.open();
		void this.updateSuggestions();
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: Instruction[]): void {
		this.instructionsEl.empty();
		for (const i of instructions) {
			const el = this.instructionsEl.createDiv({ cls: "prompt-instruction" });
			el.createSpan({ cls: "prompt-instruction-command", text: i.command });
			el.createSpan({ text: i.purpose });
		}
	}

	onNoSuggestion(): void {
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this.shownSuggestions[this.selected];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	/** Harness only: type a query like a user and wait until the list is drawn. */
	async setQuery(query: string): Promise<void> {
		this.inputEl.value = query;
		this.inputEl.dispatchEvent(new Event("input"));
		await this.updating;
	}

	/** Harness only: waits for the pending redraw. */
	whenUpdated(): Promise<void> {
		return this.updating;
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	private updateSuggestions(): Promise<void> {
		this.updating = (async () => {
			const query = this.inputEl.value;
			const suggestions = (await this.getSuggestions(query)).slice(0, this.limit);
			if (query !== this.inputEl.value) return;
			this.resultContainerEl.empty();
			this.shownSuggestions = suggestions;
			this.selected = 0;
			if (!suggestions.length) {
				this.onNoSuggestion();
				return;
			}
			suggestions.forEach((value, index) => {
				const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
				this.renderSuggestion(value, el);
				el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
				el.addEventListener("mousemove", () => this.select(index));
			});
			this.select(0);
		})();
		return this.updating;
	}

	private select(index: number): void {
		const n = this.shownSuggestions.length;
		if (!n) return;
		this.selected = (index + n) % n;
		Array.from(this.resultContainerEl.children).forEach((el, i) => el.toggleClass("is-selected", i === this.selected));
	}
}

export interface FuzzyMatch<T> {
	item: T;
	match: SearchResult;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const out: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = search(this.getItemText(item));
			if (match) out.push({ item, match });
		}
		return query.trim() === "" ? out : out.sort((a, b) => b.match.score - a.match.score);
	}
	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		renderResults(el, this.getItemText(item.item), item.match);
	}
	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class BaseComponent {
	disabled = false;
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	registerOptionListener(): this {
		return this;
	}
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.buttonEl.disabled = disabled;
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setDestructive(): this {
		return this.setWarning();
	}
	removeDestructive(): this {
		this.buttonEl.removeClass("mod-warning");
		return this;
	}
	setTooltip(tooltip: string): this {
		this.buttonEl.setAttribute("aria-label", tooltip);
		return this;
	}
	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) void callback(evt);
		});
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv({ cls: "clickable-icon extra-setting-button" });
	}
	setTooltip(tooltip: string): this {
		this.extraSettingsEl.setAttribute("aria-label", tooltip);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}
	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) void callback();
		});
		return this;
	}
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	private changeCallback: ((value: string) => unknown) | null = null;
	constructor(public inputEl: T) {
		super();
		inputEl.addEventListener("input", () => this.onChanged());
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.inputEl.disabled = disabled;
		return this;
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	onChanged(): void {
		void this.changeCallback?.(this.getValue());
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text" }));
	}
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	clearButtonEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		const wrap = containerEl.createDiv({ cls: "search-input-container" });
		super(wrap.createEl("input", { type: "search" }));
		this.clearButtonEl = wrap.createDiv({ cls: "search-input-clear-button" });
		this.clearButtonEl.addEventListener("click", () => {
			this.setValue("");
			this.onChanged();
		});
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private value = false;
	private changeCallback: ((value: boolean) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
		this.toggleEl.addEventListener("click", () => this.onClick());
	}
	getValue(): boolean {
		return this.value;
	}
	setValue(on: boolean): this {
		const changed = on !== this.value;
		this.value = on;
		this.toggleEl.toggleClass("is-enabled", on);
		if (changed) void this.changeCallback?.(on);
		return this;
	}
	setTooltip(tooltip: string): this {
		this.toggleEl.setAttribute("aria-label", tooltip);
		return this;
	}
	onClick(): void {
		if (!this.disabled) this.setValue(!this.value);
	}
	onChange(callback: (value: boolean) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private changeCallback: ((value: string) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => void this.changeCallback?.(this.selectEl.value));
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	private changeCallback: ((value: number) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider" });
		this.sliderEl.addEventListener("input", () => void this.changeCallback?.(Number(this.sliderEl.value)));
	}
	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}
	setDynamicTooltip(): this {
		return this;
	}
	getValue(): number {
		return Number(this.sliderEl.value);
	}
	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}
	onChange(callback: (value: number) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];
	errorEl: HTMLElement | null = null;

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}

	setErrorMessage(message: string | null): this {
		this.errorEl?.remove();
		this.errorEl = message === null ? null : this.infoEl.createDiv({ cls: "setting-item-error", text: message });
		return this;
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setTooltip(tooltip: string): this {
		this.nameEl.setAttribute("aria-label", tooltip);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}
	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}
	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addSearch(cb: (component: SearchComponent) => unknown): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}
	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addSlider(cb: (component: SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}
	addComponent<T extends BaseComponent>(cb: (el: HTMLElement) => T): this {
		this.components.push(cb(this.controlEl));
		return this;
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}

	private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

export abstract class SettingTab {
	icon = "";
	containerEl: HTMLElement;
	/** Since 1.13: what getSettingDefinitions() returned at the last update(). */
	settingItems: SettingDefinitionItem[] = [];
	/** Harness only: on screen in the settings modal (app.setting.openTab). */
	shown = false;
	constructor(public app: App) {
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}
	getSettingDefinitions(): SettingDefinitionItem[] {
		requireDefinitions("getSettingDefinitions");
		return [];
	}
	/** Stores the definitions for drawing and search; a tab on screen is drawn again from them. */
	update(): void {
		requireDefinitions("update");
		this.settingItems = this.getSettingDefinitions();
		if (this.shown && this.settingItems.length > 0) renderDefinitions(this);
	}
	/** The app's own tabs read the vault's config; PluginSettingTab overrides both. */
	getControlValue(key: string): unknown {
		requireDefinitions("getControlValue");
		return this.app.setting.config[key];
	}
	setControlValue(key: string, value: unknown): void | Promise<void> {
		requireDefinitions("setControlValue");
		this.app.setting.config[key] = value;
	}
	refreshDomState(): void {
		requireDefinitions("refreshDomState");
		refreshDomState(this);
	}
	display(): void {}
	hide(): void {
		this.shown = false;
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	constructor(app: App, public plugin: Plugin) {
		super(app);
	}
	/** Reads `this.plugin.settings`. */
	getControlValue(key: string): unknown {
		requireDefinitions("getControlValue");
		return pluginSettings(this.plugin)?.[key];
	}
	/** Writes `this.plugin.settings` and saves them. */
	async setControlValue(key: string, value: unknown): Promise<void> {
		requireDefinitions("setControlValue");
		const settings = pluginSettings(this.plugin);
		if (!settings) return;
		settings[key] = value;
		await this.plugin.saveData(settings);
	}
}

function pluginSettings(plugin: Plugin): Record<string, unknown> | undefined {
	const settings = (plugin as unknown as { settings?: unknown }).settings;
	return typeof settings === "object" && settings !== null ? (settings as Record<string, unknown>) : undefined;
}
