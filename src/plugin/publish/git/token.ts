// Where the git token lives: Obsidian's SecretStorage when the app has it (1.11.4+, kept out of the vault
// and of data.json), else the plugin data with a warning in the settings. The token is never logged.
import { requireApiVersion, type App } from "obsidian";
import type { GitPublishSettings } from "./settings";

export const GIT_TOKEN_SECRET_ID = "podcast-garden-git-token";

interface SecretStore {
	getSecret(id: string): string | null;
	setSecret(id: string, secret: string): void;
}

/** `app.secretStorage` (Obsidian 1.11.4+), checked at run time since older apps (minAppVersion) lack it. */
function secretStore(app: App): SecretStore | null {
	if (!requireApiVersion("1.11.4")) return null;
	const store = (app as unknown as { secretStorage?: Partial<SecretStore> }).secretStorage;
	return store && typeof store.getSecret === "function" && typeof store.setSecret === "function" ? (store as SecretStore) : null;
}

export function hasSecretStorage(app: App): boolean {
	return secretStore(app) !== null;
}

export function readGitToken(app: App, settings: GitPublishSettings): string {
	const store = secretStore(app);
	if (store) return store.getSecret(GIT_TOKEN_SECRET_ID) ?? "";
	return settings.tokenInData;
}

/** Stores the token; returns true when it went to SecretStorage (the plugin data then holds none). */
export function writeGitToken(app: App, settings: GitPublishSettings, token: string): boolean {
	const store = secretStore(app);
	if (store) {
		store.setSecret(GIT_TOKEN_SECRET_ID, token);
		settings.tokenInData = "";
		return true;
	}
	settings.tokenInData = token;
	return false;
}
