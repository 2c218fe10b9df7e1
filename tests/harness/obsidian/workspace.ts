// Workspace and leaves: the main area (tabs), left and right sidebars, the active leaf, view states.
import { Events } from "./events";
import type { App } from "./app";
import { FileView, MarkdownView, View, type ViewStateResult } from "./component";
import type { TFile } from "./vault";
import { Keymap, type PaneType } from "./util";

export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
	pinned?: boolean;
	group?: WorkspaceLeaf;
}

export interface OpenViewState {
	state?: Record<string, unknown>;
	eState?: Record<string, unknown>;
	active?: boolean;
	group?: WorkspaceLeaf;
}

export abstract class WorkspaceItem extends Events {
	abstract parent: WorkspaceParent | null;
	getRoot(): WorkspaceItem {
		return this.parent ? this.parent.getRoot() : this;
	}
	getContainer(): WorkspaceItem {
		return this.getRoot();
	}
}

export class WorkspaceParent extends WorkspaceItem {
	parent: WorkspaceParent | null = null;
	children: WorkspaceItem[] = [];
	containerEl: HTMLElement;
	constructor(cls: string) {
		super();
		this.containerEl = createDiv({ cls });
	}
}

export class WorkspaceSplit extends WorkspaceParent {}
export class WorkspaceRoot extends WorkspaceSplit {}
export class WorkspaceTabs extends WorkspaceParent {}

export class WorkspaceSidedock extends WorkspaceSplit {
	collapsed = true;
	toggle(): void {
		this.collapsed = !this.collapsed;
	}
	collapse(): void {
		this.collapsed = true;
	}
	expand(): void {
		this.collapsed = false;
	}
}

export class WorkspaceRibbon {
	containerEl = createDiv({ cls: "workspace-ribbon side-dock-ribbon" });
}

/** Views Obsidian ships that the harness knows: an empty tab and Markdown notes. */
class EmptyView extends View {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}

let leafIds = 0;

export class WorkspaceLeaf extends WorkspaceItem {
	parent: WorkspaceParent;
	view: View;
	id = `leaf-${++leafIds}`;
	pinned = false;
	hoverPopover = null;
	/** Harness only: how many times this leaf was revealed. */
	revealCount = 0;

	constructor(public app: App, parent: WorkspaceParent) {
		super();
		this.parent = parent;
		parent.children.push(this);
		this.view = new EmptyView(this);
		parent.containerEl.appendChild(this.view.containerEl);
		this.view.load();
	}

	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		await this.setViewState({ type: "markdown", state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active ?? true });
		if (openState?.eState) this.setEphemeralState(openState.eState);
	}

	async open(view: View): Promise<View> {
		await this.replaceView(view);
		return view;
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
	}

	async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		const result: ViewStateResult = { history: false };
		if (this.view.getViewType() !== viewState.type) {
			const creator = viewState.type === "markdown" ? (leaf: WorkspaceLeaf) => new MarkdownView(leaf) : viewState.type === "empty" ? (leaf: WorkspaceLeaf) => new EmptyView(leaf) : this.app.viewRegistry.get(viewState.type);
			if (!creator) throw new Error(`No view registered for type "${viewState.type}".`);
			await this.replaceView(creator(this));
		}
		await this.view.setState(viewState.state ?? {}, result);
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		if (eState) this.setEphemeralState(eState);
		// The active leaf stays active when it opens another file (and the workspace announces the file).
		if (viewState.active || this.app.workspace.activeLeaf === this) this.app.workspace.setActiveLeaf(this, { focus: true });
		this.app.workspace.trigger("layout-change");
	}

	get isDeferred(): boolean {
		return false;
	}
	async loadIfDeferred(): Promise<void> {}

	getEphemeralState(): unknown {
		return this.view.getEphemeralState();
	}
	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}
	togglePinned(): void {
		this.pinned = !this.pinned;
	}
	setPinned(pinned: boolean): void {
		this.pinned = pinned;
	}
	setGroupMember(): void {}
	setGroup(): void {}

	detach(): void {
		void this.view._close();
		this.parent.children = this.parent.children.filter((c) => c !== this);
		this.app.workspace._forget(this);
		this.app.workspace.trigger("layout-change");
	}

	getIcon(): string {
		return this.view.getIcon();
	}
	getDisplayText(): string {
		return this.view.getDisplayText();
	}
	onResize(): void {
		this.view.onResize();
	}

	private async replaceView(view: View): Promise<void> {
		const old = this.view;
		await old._close();
		this.view = view;
		this.parent.containerEl.appendChild(view.containerEl);
		await view._open();
	}
}

export class Workspace extends Events {
	leftSplit: WorkspaceSidedock;
	rightSplit: WorkspaceSidedock;
	leftRibbon = new WorkspaceRibbon();
	rightRibbon = new WorkspaceRibbon();
	rootSplit: WorkspaceRoot;
	activeLeaf: WorkspaceLeaf | null = null;
	containerEl: HTMLElement;
	layoutReady = false;
	private layoutCallbacks: (() => unknown)[] = [];
	private leaves: WorkspaceLeaf[] = [];
	private recentRoot: WorkspaceLeaf[] = [];
	private lastFile: TFile | null = null;

	constructor(private app: App) {
		super();
		this.containerEl = createDiv({ cls: "workspace" });
		this.leftSplit = new WorkspaceSidedock("workspace-split mod-left-split");
		this.rightSplit = new WorkspaceSidedock("workspace-split mod-right-split");
		this.rootSplit = new WorkspaceRoot("workspace-split mod-root");
		for (const split of [this.leftSplit, this.rootSplit, this.rightSplit]) this.containerEl.appendChild(split.containerEl);
		this.containerEl.prepend(this.leftRibbon.containerEl);
	}

	get activeEditor(): MarkdownView | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view : null;
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.layoutCallbacks.push(callback);
	}

	/** Harness only: Obsidian finished restoring the layout; runs the waiting callbacks. */
	_setLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.layoutCallbacks.splice(0)) cb();
	}

	getLeaf(newLeaf?: PaneType | boolean): WorkspaceLeaf {
		if (!newLeaf) {
			const current = this.getMostRecentLeaf();
			if (current && !current.pinned) return current;
		}
		return this.createLeaf(this.rootSplit);
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	createLeafBySplit(): WorkspaceLeaf {
		return this.createLeaf(this.rootSplit);
	}

	splitActiveLeaf(): WorkspaceLeaf {
		return this.createLeaf(this.rootSplit);
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.createLeaf(this.leftSplit);
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.createLeaf(this.rightSplit);
	}

	async ensureSideLeaf(type: string, side: "left" | "right", options: { active?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {}): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type).find((l) => l.getRoot() === (side === "left" ? this.leftSplit : this.rightSplit));
		const leaf = existing ?? (side === "left" ? this.getLeftLeaf(false) : this.getRightLeaf(false))!;
		if (!existing) await leaf.setViewState({ type, state: options.state, active: options.active });
		if (options.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean } | boolean): void {
		if (this.activeLeaf === leaf) {
			// Obsidian announces every other file the active leaf opens, not only a change of leaf.
			if (leaf.view instanceof FileView && leaf.view.file !== this.lastFile) {
				this.lastFile = leaf.view.file;
				this.trigger("file-open", leaf.view.file);
			}
			return;
		}
		this.activeLeaf = leaf;
		if (leaf.getRoot() === this.rootSplit) {
			this.recentRoot = [leaf, ...this.recentRoot.filter((l) => l !== leaf)];
		}
		this.trigger("active-leaf-change", leaf);
		if (leaf.view instanceof FileView) {
			this.lastFile = leaf.view.file;
			this.trigger("file-open", leaf.view.file);
		}
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		return this.leaves.find((l) => l.id === id) ?? null;
	}

	getMostRecentLeaf(root?: WorkspaceParent): WorkspaceLeaf | null {
		const r = root ?? this.rootSplit;
		return this.recentRoot.find((l) => l.getRoot() === r) ?? this.leaves.find((l) => l.getRoot() === r) ?? null;
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** The active view's file, or the most recently active file when a sidebar has focus. */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView) return view.file;
		return this.lastFile && this.app.vault.getFileByPath(this.lastFile.path) === this.lastFile ? this.lastFile : null;
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		this.leaves.filter((l) => l.getRoot() === this.rootSplit).forEach(callback);
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		[...this.leaves].forEach(callback);
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		const root = leaf.getRoot();
		if (root instanceof WorkspaceSidedock) root.expand();
		leaf.revealCount++;
	}

	getLastOpenFiles(): string[] {
		return this.lastFile ? [this.lastFile.path] : [];
	}

	async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
		const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
		if (!file) throw new Error(`No note found for link "${linktext}".`);
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	requestSaveLayout(): void {}
	updateOptions(): void {}

	/** Harness only: all leaves (tests look for views). */
	get allLeaves(): WorkspaceLeaf[] {
		return [...this.leaves];
	}

	/** Harness only. */
	_forget(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		this.recentRoot = this.recentRoot.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) this.activeLeaf = this.recentRoot[0] ?? null;
	}

	private createLeaf(parent: WorkspaceParent): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, parent);
		this.leaves.push(leaf);
		return leaf;
	}
}

export { Keymap };
