// The settings tab's rows, described once. Obsidian 1.13 draws and searches them (getSettingDefinitions);
// older apps get the same rows from drawRows through display(). The shapes are those of obsidian.d.ts's
// SettingDefinition types (tab.ts returns them as such), declared here because obsidianmd/no-unsupported-api
// takes every read of a 1.13-declared member for a 1.13 API call, and minAppVersion is 1.8.7.
import { Setting } from "obsidian";

type Flag = boolean | (() => boolean);

interface Bound<V> {
	/** What Obsidian passes to the tab's getControlValue / setControlValue. */
	key: string;
	get(): V;
	set(value: V): void | Promise<void>;
}

/** A row that is one plain control bound to a setting. */
export type Control =
	| (Bound<boolean> & { type: "toggle" })
	| (Bound<string> & { type: "text"; placeholder?: string })
	| (Bound<string> & { type: "dropdown"; options: Record<string, string> })
	| (Bound<number> & { type: "slider"; min: number; max: number; step: number });

/** What a bound control does once it has written its setting. */
export interface Saving {
	save: () => void | Promise<void>;
	/** For a value that shows or hides rows: the tab is drawn again once saved. */
	redraw?: () => void;
	/** The setting exists only while this holds (a field of one detection mode); otherwise nothing is written or saved. */
	when?: () => boolean;
}

/** A control's plumbing: `get` reads the setting, `set` writes what the user chose (tidied as the setting wants), then it is saved. */
export function bind<V>(key: string, get: () => V, set: (value: V) => void, saving: Saving): Bound<V> {
	return {
		key,
		get,
		set: async (value) => {
			if (saving.when?.() === false) return;
			set(value);
			await saving.save();
			saving.redraw?.();
		},
	};
}

interface RowBase {
	name: string;
	desc?: string;
	/** Other words users search for it by (Obsidian 1.13's settings search). */
	aliases?: string[];
	/** False for rows named by the user's data (an alias, a hidden quote): the search index is not redrawn with them. */
	searchable?: Flag;
	visible?: Flag;
}

export interface ControlRow extends RowBase {
	control: Control;
	render?: never;
}

/**
 * A row with several controls or buttons; its name and description are set before `render` runs. Setting
 * has a `then`, so a render returning its chain reads as a promise to the linter: renders end in `void`.
 */
export interface RenderRow extends RowBase {
	render: (setting: Setting) => void;
	control?: never;
}

/** A row that only says something. */
export interface InfoRow extends RowBase {
	control?: never;
	render?: never;
}

export type Row = ControlRow | RenderRow | InfoRow;

export interface Group {
	type: "group";
	heading: string;
	items: Row[];
}

/** "a, b," → ["a", "b"]: the comma-separated lists of the text fields. */
export function listFrom(text: string): string[] {
	return text
		.split(",")
		.map((s) => s.trim())
		.filter((s) => s !== "");
}

export function shown(flag: Flag | undefined): boolean {
	return typeof flag === "function" ? flag() : flag !== false;
}

/** The groups' controls by key; two rows bound to one key would read and write each other's setting. */
export function controlsByKey(groups: Group[]): Map<string, Control> {
	const out = new Map<string, Control>();
	for (const group of groups) {
		for (const row of group.items) {
			if (!row.control) continue;
			if (out.has(row.control.key)) throw new Error(`Two settings are bound to ${row.control.key}.`);
			out.set(row.control.key, row.control);
		}
	}
	return out;
}

/** Writes a value Obsidian hands back for a control, if it has the control's type. */
export function writeControl(c: Control, value: unknown): void | Promise<void> {
	if (c.type === "toggle") return typeof value === "boolean" ? c.set(value) : undefined;
	if (c.type === "slider") return typeof value === "number" ? c.set(value) : undefined;
	return typeof value === "string" ? c.set(value) : undefined;
}

/** Apps before 1.13: the rows drawn with Setting as 1.13 draws them, headings first, hidden rows left out. */
export function drawRows(el: HTMLElement, groups: Group[]): void {
	for (const group of groups) {
		new Setting(el).setName(group.heading).setHeading();
		for (const row of group.items) {
			if (!shown(row.visible)) continue;
			const setting = new Setting(el).setName(row.name);
			if (row.desc !== undefined) setting.setDesc(row.desc);
			if (row.render) row.render(setting);
			else if (row.control) addControl(setting, row.control);
		}
	}
}

function addControl(setting: Setting, c: Control): void {
	switch (c.type) {
		case "toggle":
			setting.addToggle((t) => t.setValue(c.get()).onChange((v) => c.set(v)));
			break;
		case "text":
			setting.addText((t) => t.setPlaceholder(c.placeholder ?? "").setValue(c.get()).onChange((v) => c.set(v)));
			break;
		case "dropdown":
			setting.addDropdown((d) => d.addOptions(c.options).setValue(c.get()).onChange((v) => c.set(v)));
			break;
		case "slider":
			setting.addSlider((s) => s.setLimits(c.min, c.max, c.step).setValue(c.get()).onChange((v) => c.set(v)));
			break;
	}
}
