// The "Git repository" section of the publishing settings.
import { Setting } from "obsidian";
import type { PluginContext } from "../../context";
import { hasSecretStorage, readGitToken, writeGitToken } from "./token";

export function renderGitSettings(containerEl: HTMLElement, plugin: PluginContext): void {
	const git = plugin.settings.publish.git;
	const save = (): Promise<void> => plugin.applySettings();
	new Setting(containerEl).setName("Git repository").setDesc("Used when publishing to a Git repository: every publish is one commit on this branch.").setHeading();

	const text = (name: string, desc: string, get: () => string, set: (v: string) => void, placeholder = ""): void => {
		new Setting(containerEl)
			.setName(name)
			.setDesc(desc)
			.addText((t) =>
				t
					.setPlaceholder(placeholder)
					.setValue(get())
					.onChange(async (v) => {
						set(v.trim());
						await save();
					}),
			);
	};
	text("Remote URL", "HTTPS clone URL of the repository your site is built from.", () => git.remoteUrl, (v) => (git.remoteUrl = v), "https://github.com/you/garden.git");
	text("Branch", "The branch your host builds, for example main or gh-pages.", () => git.branch, (v) => (git.branch = v || "main"), "main");
	text("Path inside the repository", "Folder that holds the site. Leave empty for the repository root (also for the digital garden template: that layout writes into src/site/notes itself).", () => git.path, (v) => (git.path = v));
	text("Author name", "Name on the publish commits.", () => git.authorName, (v) => (git.authorName = v), "Podcast Garden");
	text("Author email", "Email on the publish commits.", () => git.authorEmail, (v) => (git.authorEmail = v), "you@example.com");
	text("User name", "Sent with the token. Most hosts accept x-access-token; some need your account name.", () => git.username, (v) => (git.username = v || "x-access-token"), "x-access-token");

	const secure = hasSecretStorage(plugin.app);
	const saved = readGitToken(plugin.app, git) !== "";
	new Setting(containerEl)
		.setName("Access token")
		.setDesc(
			secure
				? "A token allowed to push to the repository. Kept in Obsidian's secret storage, not in your vault."
				: "A token allowed to push to the repository. Warning: this version of Obsidian has no secret storage, so the token is saved in plain text in this plugin's data.json inside your vault. Do not sync or publish that file; update Obsidian to keep it out of the vault.",
		)
		.addText((t) => {
			t.inputEl.type = "password";
			t.inputEl.autocomplete = "off";
			t.setPlaceholder(saved ? "Saved; type to replace" : "Paste a token").onChange(async (v) => {
				writeGitToken(plugin.app, git, v.trim());
				await save();
			});
		});
	new Setting(containerEl)
		.setName("Create the branch if missing")
		.setDesc("On the first publish, create the branch when the repository does not have it yet (for example a new, empty repository).")
		.addToggle((t) =>
			t.setValue(git.createBranch).onChange(async (v) => {
				git.createBranch = v;
				await save();
			}),
		);
}
