// Component lifecycle, Plugin, and the view classes (View, ItemView, FileView, MarkdownView + Editor).
import { codeBlockProcessors, type CodeBlockHandler, type MarkdownPostProcessorContext } from "./codeblocks";
import { Events, type EventRef } from "./events";
import type { App, Command, PluginManifest, ViewCreator } from "./app";
import { Scope, setIcon, debounce, requireApiVersion } from "./util";
import { TFile, type TAbstractFile } from "./vault";
import type { WorkspaceLeaf } from "./workspace";
import type { PluginSettingTab } from "./ui";

export class Component {
	private _loaded = false;
	private _children: Component[] = [];
	private _cleanups: (() => unknown)[] = [];
	/** Harness only: what `onload` returned (a plugin's async onload), so the loader can await it. */
	_loadResult: unknown;

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this._loadResult = this.onload();
		for (const child of this._children) child.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		for (const child of this._children.splice(0)) child.unload();
		for (const cleanup of this._cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const i = this._children.indexOf(component);
		if (i !== -1) {
			this._children.splice(i, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this._cleanups.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		this.register(() => eventRef.e.offref(eventRef));
	}

	registerDomEvent(el: Window | Document | HTMLElement, type: string, callback: (ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}

	/** Harness only. */
	get isLoaded(): boolean {
		return this._loaded;
	}
}

export abstract class Plugin extends Component {
	settings?: unknown;
	/** Harness only: hotkeys asked for by commands (the guidelines say none by default). */
	ribbonIcons: HTMLElement[] = [];

	constructor(public app: App, public manifest: PluginManifest) {
		super();
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.workspace.leftRibbon.containerEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => callback(evt));
		this.ribbonIcons.push(el);
		this.register(() => el.remove());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBarEl.createDiv({ cls: "status-bar-item" });
		this.register(() => el.remove());
		return el;
	}

	addCommand(command: Command): Command {
		const full: Command = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
		this.app.commands.addCommand(full);
		this.register(() => this.app.commands.removeCommand(full.id));
		return full;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.setting.pluginTabs.push(settingTab);
		// From 1.13 the tab's definitions are stored (and indexed for the settings search) as it is added.
		if (requireApiVersion("1.13.0")) settingTab.update();
		this.register(() => (this.app.setting.pluginTabs = this.app.setting.pluginTabs.filter((t) => t !== settingTab)));
	}

	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.set(type, viewCreator);
		// Obsidian itself closes the plugin's leaves when the view type goes away.
		this.register(() => {
			this.app.viewRegistry.delete(type);
			for (const leaf of this.app.workspace.getLeavesOfType(type)) leaf.detach();
		});
	}

	registerExtensions(): void {}
	registerHoverLinkSource(): void {}
	registerMarkdownPostProcessor<T>(postProcessor: T): T {
		return postProcessor;
	}
	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, _sortOrder?: number): (el: HTMLElement, ctx: MarkdownPostProcessorContext) => void {
		codeBlockProcessors.set(language, handler);
		this.register(() => {
			if (codeBlockProcessors.get(language) === handler) codeBlockProcessors.delete(language);
		});
		// Obsidian returns the post processor it wraps the handler in; nothing calls it directly.
		return () => undefined;
	}
	registerEditorExtension(): void {}
	registerEditorSuggest(): void {}
	registerObsidianProtocolHandler(): void {}

	/** Plugin data lives in `<configDir>/plugins/<id>/data.json` through the adapter, as in Obsidian. */
	async loadData(): Promise<unknown> {
		const path = this.dataPath();
		if (!(await this.app.vault.adapter.exists(path))) return null;
		return JSON.parse(await this.app.vault.adapter.read(path)) as unknown;
	}

	async saveData(data: unknown): Promise<void> {
		await this.app.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {}

	private dataPath(): string {
		return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
	}
}

export interface ViewStateResult {
	history: boolean;
}

export abstract class View extends Component {
	app: App;
	icon = "";
	navigation = false;
	containerEl: HTMLElement;
	scope: Scope | null = null;

	constructor(public leaf: WorkspaceLeaf) {
		super();
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
	}

	protected async onOpen(): Promise<void> {}
	protected async onClose(): Promise<void> {}

	/** Harness only (Obsidian's internal open/close). */
	async _open(): Promise<void> {
		this.load();
		await this.onOpen();
	}
	async _close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.remove();
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: ViewStateResult): Promise<void> {}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(_state: unknown): void {}
	getIcon(): string {
		return this.icon;
	}
	onResize(): void {}
	onPaneMenu(): void {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	headerEl: HTMLElement;
	actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.headerEl = this.containerEl.createDiv({ cls: "view-header" });
		this.actionsEl = this.headerEl.createDiv({ cls: "view-actions" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.actionsEl.createEl("a", { cls: "view-action clickable-icon", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => callback(evt));
		return el;
	}
}

export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	navigation = true;

	getDisplayText(): string {
		return this.file?.basename ?? "No file";
	}

	getState(): Record<string, unknown> {
		return { file: this.file?.path ?? null };
	}

	async setState(state: { file?: string } | undefined, result: ViewStateResult): Promise<void> {
		const file = state?.file ? this.app.vault.getFileByPath(state.file) : null;
		if (file && file !== this.file) {
			if (this.file) await this.onUnloadFile(this.file);
			this.file = file;
			await this.onLoadFile(file);
		}
		await super.setState(state, result);
	}

	async onLoadFile(_file: TFile): Promise<void> {}
	async onUnloadFile(_file: TFile): Promise<void> {}
	async onRename(_file: TFile): Promise<void> {}
	canAcceptExtension(extension: string): boolean {
		return extension === "md";
	}
}

export abstract class EditableFileView extends FileView {}

export abstract class TextFileView extends EditableFileView {
	data = "";
	requestSave: () => void;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		// Obsidian saves two seconds after the last edit; the harness uses a short delay.
		this.requestSave = debounce(() => void this.save(), 20, true);
	}

	async onLoadFile(file: TFile): Promise<void> {
		this.data = await this.app.vault.read(file);
		this.setViewData(this.data, true);
	}

	async onUnloadFile(): Promise<void> {
		await this.save();
	}

	async save(): Promise<void> {
		if (!this.file || this.app.vault.getFileByPath(this.file.path) !== this.file) return;
		const data = this.getViewData();
		if (data === this.data) return;
		this.data = data;
		await this.app.vault.modify(this.file, data);
	}

	abstract getViewData(): string;
	abstract setViewData(data: string, clear: boolean): void;
	abstract clear(): void;
}

export interface EditorPosition {
	line: number;
	ch: number;
}
export interface EditorRange {
	from: EditorPosition;
	to: EditorPosition;
}
export interface EditorSelection {
	anchor: EditorPosition;
	head: EditorPosition;
}

function cmp(a: EditorPosition, b: EditorPosition): number {
	return a.line - b.line || a.ch - b.ch;
}

/** A plain-text editor with Obsidian's Editor methods (no CodeMirror): cursor, selections, edits, scroll. */
export class Editor {
	private lines: string[] = [""];
	private selection: EditorSelection = { anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } };
	private focused = false;
	/** Harness only: the last range asked to be scrolled into view. */
	scrolledTo: EditorRange | null = null;
	private history: string[] = [];
	/** Harness only: listeners told after each change of the text or the selection (CodeMirror's view updates). */
	private updateListeners = new Set<() => void>();
	/** Harness only: inside `transaction`, listeners hear once at the end (one CodeMirror transaction). */
	private batching = 0;

	constructor(private onChange: () => void = () => undefined) {}

	/** Harness only: `listener` runs after every update of the text or the selection; returns the unsubscribe. */
	_onUpdate(listener: () => void): () => void {
		this.updateListeners.add(listener);
		return () => this.updateListeners.delete(listener);
	}
	private updated(): void {
		if (this.batching > 0) return;
		for (const listener of [...this.updateListeners]) listener();
	}

	getDoc(): this {
		return this;
	}
	refresh(): void {}
	getValue(): string {
		return this.lines.join("\n");
	}
	setValue(content: string): void {
		this.setSilently(content);
		this.onChange();
	}
	/** Harness only: load text without counting it as an edit. */
	setSilently(content: string): void {
		this.lines = content.split("\n");
		this.selection = { anchor: this.clip(this.selection.anchor), head: this.clip(this.selection.head) };
		this.updated();
	}
	getLine(line: number): string {
		return this.lines[line] ?? "";
	}
	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}
	lineCount(): number {
		return this.lines.length;
	}
	lastLine(): number {
		return this.lines.length - 1;
	}
	getSelection(): string {
		const [from, to] = this.ordered();
		return this.getRange(from, to);
	}
	somethingSelected(): boolean {
		return cmp(this.selection.anchor, this.selection.head) !== 0;
	}
	getRange(from: EditorPosition, to: EditorPosition): string {
		const text = this.getValue();
		return text.slice(this.posToOffset(from), this.posToOffset(to));
	}
	replaceSelection(replacement: string): void {
		const [from, to] = this.ordered();
		this.replaceRange(replacement, from, to);
		const end = this.offsetToPos(this.posToOffset(from) + replacement.length);
		this.selection = { anchor: end, head: end };
		this.updated();
	}
	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		this.history.push(this.getValue());
		const text = this.getValue();
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		this.lines = (text.slice(0, a) + replacement + text.slice(b)).split("\n");
		this.onChange();
		this.updated();
	}
	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const [from, to] = this.ordered();
		return { ...(side === "from" ? from : side === "to" ? to : side === "anchor" ? this.selection.anchor : this.selection.head) };
	}
	listSelections(): EditorSelection[] {
		return [{ anchor: { ...this.selection.anchor }, head: { ...this.selection.head } }];
	}
	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.setSelection(p, p);
	}
	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.selection = { anchor: this.clip(anchor), head: this.clip(head ?? anchor) };
		this.updated();
	}
	setSelections(ranges: { anchor: EditorPosition; head?: EditorPosition }[], main = 0): void {
		const r = ranges[main] ?? ranges[0];
		if (r) this.setSelection(r.anchor, r.head);
	}
	focus(): void {
		this.focused = true;
	}
	blur(): void {
		this.focused = false;
	}
	hasFocus(): boolean {
		return this.focused;
	}
	getScrollInfo(): { top: number; left: number } {
		return { top: (this.scrolledTo?.from.line ?? 0) * 20, left: 0 };
	}
	scrollTo(): void {}
	scrollIntoView(range: EditorRange, _center?: boolean): void {
		this.scrolledTo = { from: { ...range.from }, to: { ...range.to } };
	}
	undo(): void {
		const last = this.history.pop();
		if (last !== undefined) this.setValue(last);
	}
	redo(): void {}
	exec(): void {}
	transaction(tx: { changes?: { text: string; from: EditorPosition; to?: EditorPosition }[]; selection?: { from: EditorPosition; to?: EditorPosition } }): void {
		this.batching++;
		try {
			for (const change of [...(tx.changes ?? [])].sort((a, b) => cmp(b.from, a.from))) this.replaceRange(change.text, change.from, change.to);
			if (tx.selection) this.setSelection(tx.selection.from, tx.selection.to);
		} finally {
			this.batching--;
		}
		this.updated();
	}
	wordAt(pos: EditorPosition): EditorRange | null {
		const line = this.getLine(pos.line);
		let a = pos.ch;
		let b = pos.ch;
		while (a > 0 && /\w/.test(line[a - 1])) a--;
		while (b < line.length && /\w/.test(line[b])) b++;
		return a === b ? null : { from: { line: pos.line, ch: a }, to: { line: pos.line, ch: b } };
	}
	posToOffset(pos: EditorPosition): number {
		const p = this.clip(pos);
		let offset = 0;
		for (let i = 0; i < p.line; i++) offset += this.lines[i].length + 1;
		return offset + p.ch;
	}
	offsetToPos(offset: number): EditorPosition {
		let rest = Math.max(0, offset);
		for (let line = 0; line < this.lines.length; line++) {
			if (rest <= this.lines[line].length) return { line, ch: rest };
			rest -= this.lines[line].length + 1;
		}
		return { line: this.lastLine(), ch: this.getLine(this.lastLine()).length };
	}
	processLines(): void {}

	private ordered(): [EditorPosition, EditorPosition] {
		const { anchor, head } = this.selection;
		return cmp(anchor, head) <= 0 ? [anchor, head] : [head, anchor];
	}
	private clip(pos: EditorPosition): EditorPosition {
		const line = Math.max(0, Math.min(pos.line, this.lines.length - 1));
		return { line, ch: Math.max(0, Math.min(pos.ch, this.lines[line].length)) };
	}
}

export class MarkdownView extends TextFileView {
	editor: Editor;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor = new Editor(() => this.requestSave());
	}

	onload(): void {
		// Obsidian reloads an open note changed on disk (when there are no unsaved edits).
		this.registerEvent(
			this.app.vault.on("modify", (file: TAbstractFile) => {
				if (file !== this.file || !(file instanceof TFile)) return;
				void this.app.vault.read(file).then((data) => {
					if (this.getViewData() === this.data && data !== this.data) {
						this.data = data;
						this.setViewData(data, false);
					}
				});
			}),
		);
	}

	getViewType(): string {
		return "markdown";
	}
	getMode(): "source" | "preview" {
		return "source";
	}
	getViewData(): string {
		return this.editor.getValue();
	}
	setViewData(data: string, _clear: boolean): void {
		this.editor.setSilently(data);
	}
	clear(): void {
		this.editor.setSilently("");
	}
	showSearch(): void {}

	/** `{ line }` puts the cursor at the start of that line and scrolls to it, as Obsidian's eState does. */
	setEphemeralState(state: { line?: number; cursor?: { from: EditorPosition; to: EditorPosition } } | undefined): void {
		if (state?.cursor) {
			this.editor.setSelection(state.cursor.from, state.cursor.to);
			this.editor.scrollIntoView(state.cursor, true);
		} else if (typeof state?.line === "number") {
			const pos = { line: state.line, ch: 0 };
			this.editor.setCursor(pos);
			this.editor.scrollIntoView({ from: pos, to: pos }, true);
		}
	}

	getEphemeralState(): Record<string, unknown> {
		return { cursor: { from: this.editor.getCursor("from"), to: this.editor.getCursor("to") } };
	}
}

export class HoverPopover extends Events {}
