// The "Git repository" section of the publishing settings.
import type { PluginContext } from "../../context";
import { bind, type Group, type Row } from "../../settings/rows";
import { hasSecretStorage, readGitToken, writeGitToken } from "./token";

export function gitSettings(plugin: PluginContext): Group {
	const git = plugin.settings.publish.git;
	const save = (): Promise<void> => plugin.applySettings();
	type Key = "remoteUrl" | "branch" | "path" | "authorName" | "authorEmail" | "username";
	const text = (name: string, desc: string, key: Key, set: (v: string) => void, placeholder = "", aliases: string[] = []): Row => ({
		name,
		desc,
		aliases: ["git", ...aliases],
		control: { type: "text", placeholder, ...bind(`publish.git.${key}`, () => git[key], (v) => set(v.trim()), { save }) },
	});

	const secure = hasSecretStorage(plugin.app);
	const saved = readGitToken(plugin.app, git) !== "";
	return {
		type: "group",
		heading: "Git repository",
		items: [
			text("Remote URL", "HTTPS clone URL of the repository your site is built from, used when publishing to a Git repository.", "remoteUrl", (v) => (git.remoteUrl = v), "https://github.com/you/garden.git", ["GitHub", "clone", "repository"]),
			text("Branch", "The branch your host builds, for example main or gh-pages: every publish is one commit on it.", "branch", (v) => (git.branch = v || "main"), "main", ["gh-pages"]),
			text("Path inside the repository", "Folder that holds the site. Leave empty for the repository root (also for the digital garden template: that layout writes into src/site/notes itself).", "path", (v) => (git.path = v)),
			text("Author name", "Name on the publish commits.", "authorName", (v) => (git.authorName = v), "Podcast Garden", ["commit"]),
			text("Author email", "Email on the publish commits.", "authorEmail", (v) => (git.authorEmail = v), "you@example.com", ["commit"]),
			text("User name", "Sent with the token. Most hosts accept x-access-token; some need your account name.", "username", (v) => (git.username = v || "x-access-token"), "x-access-token", ["login", "account"]),
			{
				name: "Access token",
				desc: secure
					? "A token allowed to push to the repository. Kept in Obsidian's secret storage, not in your vault."
					: "A token allowed to push to the repository. Warning: this version of Obsidian has no secret storage, so the token is saved in plain text in this plugin's data.json inside your vault. Do not sync or publish that file; update Obsidian to keep it out of the vault.",
				aliases: ["git", "password", "personal access token", "GitHub token"],
				render: (s) =>
					void s.addText((t) => {
						t.inputEl.type = "password";
						t.inputEl.autocomplete = "off";
						t.setPlaceholder(saved ? "Saved; type to replace" : "Paste a token").onChange(async (v) => {
							writeGitToken(plugin.app, git, v.trim());
							await save();
						});
					}),
			},
			{
				name: "Create the branch if missing",
				desc: "On the first publish, create the branch when the repository does not have it yet (for example a new, empty repository).",
				aliases: ["git", "new repository"],
				control: { type: "toggle", ...bind("publish.git.createBranch", () => git.createBranch, (v) => (git.createBranch = v), { save }) },
			},
		],
	};
}
