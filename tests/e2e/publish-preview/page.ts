// Browser entry for the preview layout test: the real PublishPreviewModal in the harness app, over a plan
// whose notes have long paths (no build needed: the layout is what is checked).
import type { App } from "obsidian";
import { createHarness } from "../../harness/harness";
import { emptyManifest, type PublishBuild } from "../../../src/core/publish";
import { PublishPreviewModal } from "../../../src/plugin/publish/modal";
import type { Prepared } from "../../../src/plugin/publish/publisher";

const LONG = "Podcasts/An extremely long folder name for a podcast archive/Episode 412 - a conversation about gardens, seeds, soil and everything that grows in between them.md";
const UNBROKEN = `Podcasts/${"Unbroken".repeat(30)}.md`;

const api = {
	open(): void {
		const harness = createHarness({ mobile: false });
		harness.layoutReady();
		const build: PublishBuild = {
			plan: { new: [LONG, UNBROKEN].map((path) => ({ path, url: "/podcasts/episode-412/", reasons: [] })), changed: [], unchanged: [], removed: [], renamed: [] },
			errors: [],
			changes: { write: [], delete: [] },
			manifest: emptyManifest(),
			compiled: new Map(),
			markdownFiles: new Map(),
			stats: { notes: 2, rendered: 2, quotes: 0, files: 0 },
		};
		const prepared: Prepared = {
			build,
			target: { describe: () => 'Folder "Published site" in the vault', readManifest: () => Promise.resolve(emptyManifest()), commit: () => Promise.reject(new Error("not in this test")) },
		};
		new PublishPreviewModal(harness.app as unknown as App, prepared, "preview").open();
	},
};

declare global {
	interface Window {
		pgPreviewLayout: typeof api;
	}
}
window.pgPreviewLayout = api;
