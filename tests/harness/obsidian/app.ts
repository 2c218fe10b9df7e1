// The App object a plugin receives: vault, metadata cache, file manager, workspace, commands, settings.
import { Events } from "./events";
import { Keymap, Scope } from "./util";
import { FileManager, MetadataCache } from "./metadata";
import { MarkdownView, type Editor, type View } from "./component";
import { Vault, type MemoryAdapter } from "./vault";
import { Workspace, type WorkspaceLeaf } from "./workspace";
import { AppSetting } from "./settings";

export interface Hotkey {
	modifiers: string[];
	key: string;
}

export interface Command {
	id: string;
	name: string;
	icon?: string;
	mobileOnly?: boolean;
	repeatable?: boolean;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
	hotkeys?: Hotkey[];
}

export interface PluginManifest {
	dir?: string;
	id: string;
	name: string;
	author: string;
	version: string;
	minAppVersion: string;
	description: string;
	authorUrl?: string;
	isDesktopOnly?: boolean;
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** Obsidian's command registry (`app.commands`, internal but stable): add, remove, run by id. */
export class Commands {
	commands: Record<string, Command> = {};
	constructor(private app: App) {}

	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}
	removeCommand(id: string): void {
		delete this.commands[id];
	}
	listCommands(): Command[] {
		return Object.values(this.commands);
	}
	findCommand(id: string): Command | undefined {
		return this.commands[id];
	}

	/** Whether the palette would offer the command right now (check callbacks asked with `checking`). */
	isAvailable(id: string): boolean {
		const command = this.commands[id];
		if (!command) return false;
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		if (command.editorCheckCallback) return view !== null && command.editorCheckCallback(true, view.editor, view) !== false;
		if (command.editorCallback) return view !== null;
		if (command.checkCallback) return command.checkCallback(true) !== false;
		return true;
	}

	/** Runs like the palette: returns false when the command is not available; `lastResult` holds what the callback returned. */
	executeCommandById(id: string): boolean {
		if (!this.isAvailable(id)) return false;
		const command = this.commands[id];
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		if (command.editorCheckCallback && view) this.lastResult = command.editorCheckCallback(false, view.editor, view);
		else if (command.editorCallback && view) this.lastResult = command.editorCallback(view.editor, view);
		else if (command.checkCallback) this.lastResult = command.checkCallback(false);
		else this.lastResult = command.callback?.();
		return true;
	}

	lastResult: unknown;
}

export class SecretStorage extends Events {
	private secrets = new Map<string, string>();
	setSecret(id: string, secret: string): void {
		this.secrets.set(id, secret);
	}
	getSecret(id: string): string | null {
		return this.secrets.get(id) ?? null;
	}
	listSecrets(): string[] {
		return [...this.secrets.keys()];
	}
}

export class App {
	keymap = new Keymap();
	scope = new Scope();
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	lastEvent: MouseEvent | KeyboardEvent | null = null;
	secretStorage = new SecretStorage();
	/** Internal registries Obsidian has too (not in obsidian.d.ts). */
	commands: Commands;
	viewRegistry = new Map<string, ViewCreator>();
	setting = new AppSetting();
	plugins = {
		plugins: {} as Record<string, unknown>,
		getPlugin(id: string): unknown {
			return this.plugins[id] ?? null;
		},
	};
	statusBarEl: HTMLElement;
	private localStorage = new Map<string, unknown>();
	darkMode = false;

	constructor(adapter: MemoryAdapter) {
		this.vault = new Vault(adapter);
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this.vault, this.metadataCache);
		this.workspace = new Workspace(this);
		this.commands = new Commands(this);
		this.statusBarEl = createDiv({ cls: "status-bar" });
	}

	isDarkMode(): boolean {
		return this.darkMode;
	}
	loadLocalStorage(key: string): unknown {
		return this.localStorage.get(key) ?? null;
	}
	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}
}
