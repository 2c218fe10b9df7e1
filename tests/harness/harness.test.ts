/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The harness behaves like Obsidian where our tests rely on it (events, metadata, files, editor, HTTP).
import * as http from "http";
import type { AddressInfo } from "net";
import { createHarness, findSetting, settingNames, typeInto } from "./harness";
import "./load";
import { Editor, MarkdownRenderer, Component, debounce, normalizePath, prepareFuzzySearch, prepareSimpleSearch, requestUrl, TFile, type CachedMetadata } from "./obsidian";

describe("vault and metadata cache", () => {
	it("announces changes in Obsidian's order: vault event first, metadata `changed` later, none on rename", async () => {
		const h = createHarness();
		const events: string[] = [];
		h.vault.on("create", (f: TFile) => events.push(`create ${f.path}`));
		h.vault.on("modify", (f: TFile) => events.push(`modify ${f.path}`));
		h.vault.on("rename", (f: TFile, old: string) => events.push(`rename ${old} -> ${f.path}`));
		h.vault.on("delete", (f: TFile) => events.push(`delete ${f.path}`));
		h.app.metadataCache.on("changed", (f: TFile) => events.push(`changed ${f.path}`));
		h.app.metadataCache.on("resolved", () => events.push("resolved"));
		const file = await h.vault.create("A/note.md", "# Title\n");
		expect(events).toEqual(["create A", "create A/note.md"]);
		await h.settle();
		expect(events.slice(2)).toEqual(["changed A/note.md", "resolved"]);
		await h.vault.rename(file, "B/note.md");
		await h.settle();
		expect(events.slice(4)).toEqual(["create B", "rename A/note.md -> B/note.md"]);
		expect(file.path).toBe("B/note.md");
		expect(file.parent?.path).toBe("B");
		expect(h.app.metadataCache.getFileCache(file)?.headings?.[0].heading).toBe("Title");
		await h.vault.delete(file);
		expect(events[events.length - 1]).toBe("delete B/note.md");
		expect(h.vault.getFileByPath("B/note.md")).toBeNull();
		await expect(h.vault.create("B", "x")).rejects.toThrow("File already exists.");
	});

	it("adapter.exists ignores case unless asked (as a desktop file system), through renames and deletes", async () => {
		const adapter = createHarness().app.vault.adapter;
		await adapter.write("Shows/Ep One.md", "x");
		expect(await adapter.exists("shows/ep one.md")).toBe(true);
		expect(await adapter.exists("shows/ep one.md", true)).toBe(false);
		expect(await adapter.exists("SHOWS")).toBe(true);
		await adapter.rename("Shows/Ep One.md", "Archive/Ep One.md");
		expect(await adapter.exists("shows/ep one.md")).toBe(false);
		expect(await adapter.exists("archive/EP ONE.md")).toBe(true);
		await adapter.rename("Archive", "Old");
		expect(await adapter.exists("archive/ep one.md")).toBe(false);
		expect(await adapter.exists("old/ep one.md")).toBe(true);
		await adapter.write("Old/EP ONE.md", "a second file, its name differing only in case");
		await adapter.remove("Old/Ep One.md");
		expect(await adapter.exists("old/ep one.md")).toBe(true);
		await adapter.rmdir("Old", true);
		expect(await adapter.exists("old/ep one.md")).toBe(false);
		expect(await adapter.exists("old")).toBe(false);
		expect(await adapter.exists("shows")).toBe(true);
	});

	it("parses frontmatter, headings, sections, blocks, tags and links", async () => {
		const h = createHarness();
		await h.seed({ "n.md": "---\ntags: [pod]\naliases: [X]\n---\n# One\n\nText #tag and [[Other|o]].\n\n> quote – Sam ^q1\n\n- item\n- two\n\n```\n# not a heading\n```\n", "Other.md": "" });
		const cache = h.app.metadataCache.getCache("n.md") as CachedMetadata;
		expect(cache.frontmatter).toEqual({ tags: ["pod"], aliases: ["X"] });
		expect(cache.frontmatterPosition?.end.line).toBe(3);
		expect(cache.headings?.map((x) => [x.heading, x.level, x.position.start.line])).toEqual([["One", 1, 4]]);
		expect(cache.sections?.map((s) => s.type)).toEqual(["yaml", "heading", "paragraph", "blockquote", "list", "code"]);
		expect(cache.blocks?.q1.position.start.line).toBe(8);
		expect(cache.tags?.map((t) => t.tag)).toEqual(["#tag"]);
		expect(h.obsidian.getAllTags(cache)).toEqual(["#pod", "#tag"]);
		expect(cache.links?.map((l) => [l.link, l.displayText])).toEqual([["Other", "o"]]);
		expect(h.app.metadataCache.resolvedLinks["n.md"]).toEqual({ "Other.md": 1 });
		expect(h.app.metadataCache.getFirstLinkpathDest("Other", "n.md")?.path).toBe("Other.md");
		expect(h.app.fileManager.generateMarkdownLink(h.vault.getFileByPath("Other.md")!, "n.md", "#^b", "alias")).toBe("[[Other#^b|alias]]");
	});

	it("processFrontMatter changes the frontmatter only, and Vault.process is one read-modify-write", async () => {
		const h = createHarness();
		const body = "Body line one.\r\n\r\n> kept – as is\n";
		const file = await h.vault.create("n.md", `---\ntitle: T\n---\n${body}`);
		await h.app.fileManager.processFrontMatter(file, (fm) => {
			fm["dg-publish"] = true;
		});
		expect(await h.vault.read(file)).toBe(`---\ntitle: T\ndg-publish: true\n---\n${body}`);
		const bare = await h.vault.create("bare.md", "Just text\n");
		await h.app.fileManager.processFrontMatter(bare, (fm) => {
			fm.publish = false;
		});
		expect(await h.vault.read(bare)).toBe("---\npublish: false\n---\nJust text\n");
		expect(await h.vault.process(bare, (t) => t.replace("Just", "Only"))).toContain("Only text");
	});

	it("stores text as UTF-8 bytes", async () => {
		const h = createHarness();
		const text = "é 中文 😀 – end";
		const file = await h.vault.create("u.md", text);
		expect(file.stat.size).toBe(Buffer.byteLength(text));
		expect(Buffer.from(await h.vault.readBinary(file)).toString("utf8")).toBe(text);
		await h.vault.modifyBinary(file, new Uint8Array(Buffer.from("ü😀")).buffer);
		expect(await h.vault.read(file)).toBe("ü😀");
	});

	it("keeps plugin data under the config folder, outside the vault's notes", async () => {
		const h = createHarness({ mobile: true });
		await h.vault.adapter.write(".obsidian/plugins/x/data.json", "{}");
		expect(h.vault.getMarkdownFiles()).toHaveLength(0);
		expect(await h.vault.adapter.list(".obsidian/plugins/x")).toEqual({ files: [".obsidian/plugins/x/data.json"], folders: [] });
		expect("getBasePath" in h.vault.adapter).toBe(false);
		expect(h.obsidian.Platform.isMobile).toBe(true);
	});
});

describe("workspace and editor", () => {
	it("tracks the active file when a sidebar leaf takes focus, and opens notes at a line", async () => {
		const h = createHarness();
		await h.seed({ "a.md": "zero\none\ntwo\n" });
		const view = await h.openNote("a.md", 2);
		expect(view.editor.getCursor()).toEqual({ line: 2, ch: 0 });
		expect(view.editor.scrolledTo?.from.line).toBe(2);
		const side = h.workspace.getRightLeaf(false)!;
		h.workspace.setActiveLeaf(side);
		expect(h.workspace.getActiveViewOfType(h.obsidian.MarkdownView)).toBeNull();
		expect(h.workspace.getActiveFile()?.path).toBe("a.md");
		expect(h.workspace.getMostRecentLeaf()).toBe(view.leaf);
	});

	it("fires file-open when the active leaf opens another file, not when it reopens the same one", async () => {
		const h = createHarness();
		await h.seed({ "a.md": "a\n", "b.md": "b\n" });
		const opened: (string | null)[] = [];
		h.workspace.on("file-open", (file: { path: string } | null) => opened.push(file?.path ?? null));
		const first = await h.openNote("a.md");
		const second = await h.openNote("b.md");
		expect(second.leaf).toBe(first.leaf);
		await second.leaf.openFile(h.vault.getFileByPath("a.md")!, { active: false });
		await h.openNote("a.md");
		expect(opened).toEqual(["a.md", "b.md", "a.md"]);
		expect(h.workspace.getActiveFile()?.path).toBe("a.md");
	});

	it("saves editor changes to the file", async () => {
		const h = createHarness();
		await h.seed({ "a.md": "x\n" });
		const view = await h.openNote("a.md", 1);
		view.editor.replaceSelection("y");
		await new Promise((resolve) => setTimeout(resolve, 60));
		expect(await h.vault.read(h.vault.getFileByPath("a.md")!)).toBe("x\ny");
	});

	it("Editor positions and ranges", () => {
		const e = new Editor();
		e.setValue("ab\ncd");
		expect(e.posToOffset({ line: 1, ch: 1 })).toBe(4);
		expect(e.offsetToPos(3)).toEqual({ line: 1, ch: 0 });
		e.setSelection({ line: 0, ch: 1 }, { line: 1, ch: 1 });
		expect(e.getSelection()).toBe("b\nc");
		e.replaceSelection("-");
		expect(e.getValue()).toBe("a-d");
		expect(e.getCursor()).toEqual({ line: 0, ch: 2 });
	});
});

describe("functions", () => {
	it("normalizePath, debounce, searches, Markdown", async () => {
		expect(normalizePath("//a\\b/ c/")).toBe("a/b/ c");
		const calls: number[] = [];
		const d = debounce((n: number) => calls.push(n), 10, true);
		d(1);
		d(2);
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(calls).toEqual([2]);
		expect(prepareFuzzySearch("smal")("Sam Altman")?.matches).toEqual([[0, 1], [2, 3], [4, 6]]);
		expect(prepareFuzzySearch("alt")("Sam Altman")!.score).toBeGreaterThan(prepareFuzzySearch("smn")("Sam Altman")!.score);
		expect(prepareFuzzySearch("xyz")("Sam Altman")).toBeNull();
		expect(prepareSimpleSearch("alt sam")("Sam Altman")?.matches).toEqual([[0, 3], [4, 7]]);
		createHarness();
		const el = createDiv();
		const owner = new Component();
		await MarkdownRenderer.render(null as never, "Some **bold** and *it* with `code` and [[Note|link]].", el, "", owner);
		owner.unload();
		expect(el.innerHTML).toBe('<p>Some <strong>bold</strong> and <em>it</em> with <code>code</code> and <a class="internal-link" data-href="Note" href="Note">link</a>.</p>');
	});
});

describe("requestUrl", () => {
	let server: http.Server;
	let base = "";
	beforeAll(async () => {
		server = http.createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on("data", (c: Buffer) => chunks.push(c));
			req.on("end", () => {
				if (req.url === "/redirect") {
					res.writeHead(302, { location: "/echo" });
					res.end();
				} else if (req.url === "/missing") {
					res.writeHead(404, { "content-type": "text/plain" });
					res.end("no");
				} else {
					res.writeHead(200, { "content-type": "application/json", "x-auth": req.headers.authorization ?? "" });
					res.end(JSON.stringify({ method: req.method, url: req.url, type: req.headers["content-type"] ?? null, body: Buffer.concat(chunks).toString("base64") }));
				}
			});
		});
		await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise((resolve) => server.close(resolve)));

	it("does real HTTP with headers, binary bodies, redirects and Obsidian's error on 4xx", async () => {
		const bytes = new Uint8Array([0, 255, 1, 2]);
		const res = await requestUrl({ url: `${base}/echo`, method: "POST", body: bytes.buffer, contentType: "application/x-git-upload-pack-request", headers: { Authorization: "Basic dTpw" } });
		expect(res.status).toBe(200);
		expect(res.headers["x-auth"]).toBe("Basic dTpw");
		expect(res.json).toEqual({ method: "POST", url: "/echo", type: "application/x-git-upload-pack-request", body: Buffer.from(bytes).toString("base64") });
		expect(new Uint8Array(res.arrayBuffer)[0]).toBe("{".charCodeAt(0));
		expect(await requestUrl(`${base}/redirect`).json).toMatchObject({ url: "/echo", method: "GET" });
		await expect(requestUrl(`${base}/missing`)).rejects.toMatchObject({ status: 404 });
		expect((await requestUrl({ url: `${base}/missing`, throw: false })).text).toBe("no");
		// Redirects are followed inside requestUrl, as on desktop: the caller sees the final response.
		expect(h().requestLog.map((r) => r.status)).toEqual([200, 200, 404, 404]);
	});
});

function h() {
	return createHarness().obsidian;
}

/**
 * A plugin with a "demo" code block processor: each block shows its text and section lines, logs its
 * renders and unloads, and logs `getSectionInfo`'s lines again when its container is clicked.
 */
function demoBlocks(h: ReturnType<typeof createHarness>) {
	const { Plugin, MarkdownRenderChild } = h.obsidian;
	class P extends Plugin {}
	const plugin = new P(h.app, { id: "p", name: "P", version: "1", minAppVersion: "1", author: "", description: "" });
	plugin.load();
	const log: string[] = [];
	const infos: (string | null)[] = [];
	plugin.registerMarkdownCodeBlockProcessor("demo", (source, el, ctx) => {
		const child = new MarkdownRenderChild(el);
		child.register(() => log.push(`unload ${source.trim()}`));
		ctx.addChild(child);
		const info = ctx.getSectionInfo(el);
		el.setText(`${source.trim()} @${info?.lineStart}-${info?.lineEnd}`);
		log.push(`render ${source.trim()}`);
		child.registerDomEvent(el, "click", () => {
			const now = ctx.getSectionInfo(el);
			infos.push(now ? `${now.lineStart}-${now.lineEnd}` : null);
		});
	});
	return { plugin, log, infos };
}

describe("code blocks in reading view", () => {
	it("runs the registered processor per block, re-renders only changed sections, and unloads their children", async () => {
		const h = createHarness();
		const { codeBlockProcessors } = h.obsidian;
		const { plugin, log } = demoBlocks(h);
		await h.seed({ "n.md": "# N\n\n```demo\none\n```\n\n```js\ncode\n```\n\n```demo\ntwo\n```\n" });
		const note = await h.renderNote("n.md");
		expect(note.blocks("demo").map((el) => el.textContent)).toEqual(["one @2-4", "two @10-12"]);
		expect(note.blocks("js")).toEqual([]);
		const first = note.blocks("demo")[0];

		await h.vault.modify(h.vault.getFileByPath("n.md")!, "# N\n\n```demo\none\n```\n\n```js\ncode\n```\n\n```demo\nthree\n```\n");
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(note.blocks("demo")[0]).toBe(first);
		expect(note.blocks("demo").map((el) => el.textContent)).toEqual(["one @2-4", "three @10-12"]);
		expect(log).toEqual(["render one", "render two", "unload two", "render three"]);

		note.unload();
		expect(log.slice(4).sort()).toEqual(["unload one", "unload three"]);
		plugin.unload();
		expect(codeBlockProcessors.has("demo")).toBe(false);
	});
});

describe("code blocks in live preview", () => {
	it("draws blocks from the editor's text, shows the source under the cursor, and re-runs the processor for changed blocks only", async () => {
		const h = createHarness();
		const { plugin, log, infos } = demoBlocks(h);
		await h.seed({ "n.md": "# N\n\n```demo\none\n```\n\n```demo\ntwo\n```\n" });
		h.layoutReady();
		const view = await h.openNote("n.md");
		const lp = h.livePreview(view);
		await lp.settled();
		const text = (): (string | null)[] => lp.blocks("demo").map((el) => el.textContent);
		expect(text()).toEqual(["one @2-4", "two @6-8"]);
		const first = lp.blocks("demo")[0];

		// The cursor on a block's line: that block shows its source, its widget (and child) goes.
		view.editor.setCursor(7, 0);
		expect(text()).toEqual(["one @2-4"]);
		expect(lp.sources("demo")).toEqual(["two"]);
		expect(log).toEqual(["render one", "render two", "unload two"]);
		// Typing in it changes nothing drawn; leaving it draws the new text with a fresh container.
		view.editor.replaceRange("three", { line: 7, ch: 0 }, { line: 7, ch: 3 });
		expect(log).toHaveLength(3);
		view.editor.setCursor(0, 0);
		await lp.settled();
		expect(text()).toEqual(["one @2-4", "three @6-8"]);
		expect(log.slice(3)).toEqual(["render three"]);

		// An edit elsewhere (the cursor outside the blocks) re-renders only the block whose text changed; a
		// line added above keeps the first block's widget, and getSectionInfo then gives its new lines.
		view.editor.transaction({ changes: [{ text: "Intro.\n", from: { line: 1, ch: 0 } }, { text: "four", from: { line: 7, ch: 0 }, to: { line: 7, ch: 5 } }] });
		await lp.settled();
		expect(lp.blocks("demo")[0]).toBe(first);
		expect(text()).toEqual(["one @2-4", "four @7-9"]);
		expect(log.slice(4)).toEqual(["unload three", "render four"]);
		first.click();
		expect(infos).toEqual(["3-5"]);
		// The view saved the editor's text: the file follows, the widgets did not need it.
		await new Promise((resolve) => setTimeout(resolve, 40));
		expect(await h.vault.read(h.vault.getFileByPath("n.md")!)).toContain("four");

		// Closing the note unloads every widget's children; the processor's old container answers null.
		view.leaf.detach();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(log.slice(6).sort()).toEqual(["unload four", "unload one"]);
		expect(lp.blocks("demo")).toEqual([]);
		plugin.unload();
	});
});

describe("declarative settings (Obsidian 1.13)", () => {
	function demoTab(h: ReturnType<typeof createHarness>) {
		const { Plugin, PluginSettingTab } = h.obsidian;
		class P extends Plugin {
			settings = { on: false, name: "x" };
		}
		const plugin = new P(h.app, { id: "p", name: "P", version: "1", minAppVersion: "1", author: "", description: "" });
		const clicked: number[] = [];
		class Tab extends PluginSettingTab {
			getSettingDefinitions() {
				return [
					{ name: "Loose row", action: (_el: HTMLElement, index: number) => void clicked.push(index) },
					{
						type: "group" as const,
						heading: "Main",
						items: [
							{ name: "Switch", aliases: ["power"], control: { type: "toggle" as const, key: "on" } },
							{ name: "Name", desc: "Only when on", visible: () => plugin.settings.on, control: { type: "text" as const, key: "name", validate: (v: string) => (v.includes(" ") ? "No spaces" : undefined) } },
							{ name: "Secret", searchable: false },
						],
					},
				];
			}
			display(): void {
				this.containerEl.setText("Drawn by display()");
			}
		}
		plugin.load();
		const tab = new Tab(h.app, plugin);
		plugin.addSettingTab(tab);
		return { plugin, tab, clicked };
	}

	it("draws the definitions with the plugin's settings, validates, re-checks `visible`, and searches them", async () => {
		const h = createHarness();
		const { plugin, tab, clicked } = demoTab(h);
		expect(h.app.setting.search("power").map((r) => [r.heading, r.name])).toEqual([["Main", "Switch"]]);
		expect(h.app.setting.search("only when on")).toEqual([]);
		expect(h.app.setting.search("secret")).toEqual([]);
		h.app.setting.openTab(tab);
		expect(settingNames(tab.containerEl)).toEqual(["Loose row", "Main", "Switch", "Secret"]);
		findSetting(tab.containerEl, "Loose row").click();
		expect(clicked).toEqual([0]);

		findSetting(tab.containerEl, "Switch").querySelector<HTMLElement>(".checkbox-container")!.click();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(plugin.settings.on).toBe(true);
		expect(JSON.parse(await h.vault.adapter.read(".obsidian/plugins/p/data.json"))).toEqual({ on: true, name: "x" });
		expect(settingNames(tab.containerEl)).not.toContain("Name");
		tab.refreshDomState();
		expect(settingNames(tab.containerEl)).toContain("Name");
		expect(h.app.setting.search("only when on").map((r) => r.name)).toEqual(["Name"]);

		const input = findSetting(tab.containerEl, "Name").querySelector("input")!;
		expect(input.value).toBe("x");
		typeInto(input, "a b");
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(findSetting(tab.containerEl, "Name").querySelector(".setting-item-error")?.textContent).toBe("No spaces");
		expect(plugin.settings.name).toBe("x");
		typeInto(input, "ab");
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(plugin.settings.name).toBe("ab");
		expect(findSetting(tab.containerEl, "Name").querySelector(".setting-item-error")).toBeNull();
	});

	it("an app before 1.13 calls display() and has neither update() nor the search", () => {
		const h = createHarness({ apiVersion: "1.8.7" });
		const { tab } = demoTab(h);
		expect(tab.settingItems).toEqual([]);
		h.app.setting.openTab(tab);
		expect(tab.containerEl.textContent).toBe("Drawn by display()");
		expect(() => tab.update()).toThrow(TypeError);
		expect(() => h.app.setting.search("power")).toThrow(/before 1.13/);
	});
});
