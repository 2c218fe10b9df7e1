// The publish flag in a note's frontmatter, and the note's public URL. Only the flag keys change.
import { Notice, TFile, type App } from "obsidian";
import { isFlagged, noteUrl, publicUrl } from "../../core/publish";
import type { PublishSettings } from "./settings";

export type FlagAction = "add" | "remove" | "toggle";

function hasTrueKey(fm: Record<string, unknown>, keys: string[]): string | null {
	return keys.find((k) => Object.prototype.hasOwnProperty.call(fm, k)) ?? null;
}

/** Sets or clears the flag through `processFrontMatter`; returns whether the note is flagged after. */
export async function setPublishFlag(app: App, file: TFile, settings: PublishSettings, action: FlagAction): Promise<boolean> {
	const keys = settings.flagKeys.length > 0 ? settings.flagKeys : ["dg-publish"];
	let flagged = false;
	await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
		const now = isFlagged(fm, keys);
		const want = action === "toggle" ? !now : action === "add";
		if (want) {
			fm[hasTrueKey(fm, keys) ?? keys[0]] = true;
		} else {
			for (const key of keys) if (Object.prototype.hasOwnProperty.call(fm, key)) delete fm[key];
		}
		flagged = isFlagged(fm, keys);
	});
	if (action !== "remove" && !flagged && (action === "add" || action === "toggle")) {
		new Notice(`"${file.basename}" stays private: its frontmatter has publish: false or draft: true. Change that property to publish it.`);
	} else {
		new Notice(flagged ? `"${file.basename}" will be published.` : `"${file.basename}" will no longer be published.`);
	}
	return flagged;
}

/** The note's public URL (base URL + its site URL), copied to the clipboard. */
export async function copyPublicUrl(app: App, file: TFile, settings: PublishSettings): Promise<string> {
	const fm = (app.metadataCache.getFileCache(file)?.frontmatter ?? {}) as Record<string, unknown>;
	const path = noteUrl(file.path, fm, null, settings.layout);
	if (path === null) {
		new Notice(`"${file.basename}" has no Digital Garden address (its name has no letter or digit the address keeps). Give it a dg-permalink.`);
		return "";
	}
	const url = publicUrl(settings.baseUrl.trim(), path);
	await navigator.clipboard.writeText(url);
	const hints: string[] = [];
	if (!isFlagged(fm, settings.flagKeys)) hints.push("the note is not flagged for publishing yet");
	if (settings.baseUrl.trim() === "") hints.push("set the site's base URL in the publishing settings for a full address");
	new Notice(`Copied ${url}${hints.length > 0 ? ` (${hints.join("; ")})` : ""}.`);
	return url;
}
