import { Plugin } from "obsidian";
import { DEFAULT_SETTINGS, PodcastGardenSettings } from "./settings/settings";

export default class PodcastGardenPlugin extends Plugin {
	settings: PodcastGardenSettings = DEFAULT_SETTINGS;

	async onload(): Promise<void> {
		await this.loadSettings();
	}

	async loadSettings(): Promise<void> {
		const data = (await this.loadData()) as Partial<PodcastGardenSettings> | null;
		this.settings = { ...DEFAULT_SETTINGS, ...(data ?? {}) };
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}
}
