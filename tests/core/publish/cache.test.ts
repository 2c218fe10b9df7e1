// Publishing from the quote index's records with a publish cache (the plugin's way) must build exactly
// what reading and parsing the whole vault builds (the CLI's way), edit after edit, while reading only
// the notes it compiles.
import { QuoteIndex } from "../../../src/core/index";
import { buildPublish, emptyManifest, PublishCache, publishOptions } from "../../../src/core/publish";
import type { BuildRequest, PublishBuild, PublishManifest, PublishOptions, VaultReader } from "../../../src/core/publish";
import { memoryVault, PublishedFiles } from "./vault";

const flagged = (body: string, extra = ""): string => `---\ndg-publish: true\n${extra}---\n${body}\n`;

/** A publishing session: the vault, the index the plugin keeps current, and the publisher's cache. */
class Session {
	readonly index: QuoteIndex;
	cache = new PublishCache();
	manifest: PublishManifest = emptyManifest();
	/** Paths read by the last warm build. */
	reads: string[] = [];
	/** The published site (the search index is kept from it, as from a target). */
	readonly site = new PublishedFiles();

	constructor(
		public files: Record<string, string>,
		public options: PublishOptions = publishOptions(),
		public aliasTable: Record<string, string> = {},
	) {
		this.index = new QuoteIndex({ parse: { publishKeys: options.flagKeys }, aliasTable });
		this.index.upsertMany(notesOf(files));
	}

	/** Applies an edit to the vault and, like the plugin's VaultSource, to the index. */
	edit(change: Record<string, string | null>): void {
		const next = { ...this.files };
		for (const [path, text] of Object.entries(change)) {
			if (text === null) delete next[path];
			else next[path] = text;
		}
		this.files = next;
		const removed = Object.entries(change).filter(([p, t]) => t === null && p.endsWith(".md")).map(([p]) => p);
		const upserts = notesOf(Object.fromEntries(Object.entries(change).filter(([, t]) => t !== null) as [string, string][]));
		this.index.update(upserts, removed);
	}

	setAliases(table: Record<string, string>): void {
		this.aliasTable = table;
		this.index.configure({ aliasTable: table });
	}

	/** Builds both ways, checks they agree, keeps the new manifest and returns the warm build. */
	async publish(more: Partial<BuildRequest> = {}): Promise<PublishBuild> {
		const request = { manifest: this.manifest, options: this.options, now: () => "t", readPublished: this.site.read, ...more };
		const plain = await buildPublish({ ...request, vault: memoryVault(this.files), aliasTable: this.aliasTable });
		this.reads = [];
		const counted = countingVault(memoryVault(this.files), this.reads);
		const warm = await buildPublish({ ...request, vault: counted, records: this.index, aliasTable: this.aliasTable, cache: this.cache });
		expect(warm.errors).toEqual(plain.errors);
		expect(warm.plan).toEqual(plain.plan);
		expect(warm.manifest).toEqual(plain.manifest);
		expect(outputs(warm)).toEqual(outputs(plain));
		expect([...warm.compiled]).toEqual([...plain.compiled]);
		expect(warm.stats).toEqual(plain.stats);
		if (warm.errors.length === 0) {
			this.manifest = warm.manifest;
			this.site.apply(warm.changes);
		}
		return warm;
	}
}

function notesOf(files: Record<string, string>): { path: string; text: string }[] {
	return Object.entries(files).filter(([p]) => p.endsWith(".md")).map(([path, text]) => ({ path, text }));
}

function countingVault(vault: VaultReader, reads: string[]): VaultReader {
	return {
		listFiles: () => vault.listFiles(),
		readText: (p) => {
			reads.push(p);
			return vault.readText(p);
		},
		readBinary: (p) => vault.readBinary(p),
	};
}

function outputs(build: PublishBuild): { write: [string, string][]; delete: string[] } {
	const text = (c: string | Uint8Array): string => (typeof c === "string" ? c : Buffer.from(c).toString("base64"));
	return { write: build.changes.write.map((f) => [f.path, text(f.content)]), delete: build.changes.delete };
}

const reasons = (build: PublishBuild): Record<string, string[]> => Object.fromEntries(build.plan.changed.map((c) => [c.path, c.reasons]));

const BASE: Record<string, string> = {
	"Host.md": flagged("Host embeds ![[Part]] and links [[Target]] and [[Other]].\n\n> Grow what you eat. – Lex"),
	"Part.md": flagged("Part text embeds ![[Inner]]"),
	"Inner.md": flagged("Inner text"),
	"Target.md": flagged("Target text"),
	"Other.md": flagged("Other text"),
	"Plain.md": flagged("Plain %%a private comment%% text"),
	"Private.md": "Never published\n",
	"img.png": "png bytes",
};

describe("publishing from index records with a cache", () => {
	test("one edit: only that note is read, and the build equals a full read", async () => {
		const s = new Session(BASE);
		const first = await s.publish();
		expect(first.plan.new).toHaveLength(6);
		await s.publish();
		expect(s.reads).toEqual([]);
		s.edit({ "Plain.md": flagged("Plain, edited") });
		const build = await s.publish();
		expect(reasons(build)).toEqual({ "Plain.md": ["text"] });
		expect(s.reads).toEqual(["Plain.md"]);
	});

	test("a linked note's URL changes, it is unflagged, then deleted: the linking note changes each time", async () => {
		const s = new Session(BASE);
		await s.publish();
		s.edit({ "Target.md": flagged("Target text", "permalink: /elsewhere/\n") });
		let build = await s.publish();
		expect(reasons(build)).toEqual({ "Host.md": ["link"], "Target.md": ["text", "url"] });
		expect(build.compiled.get("Host.md")).toContain("[Target](/elsewhere/)");

		s.edit({ "Target.md": "Target text, no longer flagged\n" });
		build = await s.publish();
		expect(reasons(build)).toEqual({ "Host.md": ["link"] });
		expect(build.plan.removed).toEqual([{ path: "Target.md", url: "/elsewhere/", reason: "unflagged" }]);
		expect(build.compiled.get("Host.md")).not.toContain("/elsewhere/");

		s.edit({ "Target.md": null, "Other.md": null });
		build = await s.publish();
		expect(reasons(build)).toEqual({ "Host.md": ["link"] });
		expect(build.plan.removed).toEqual([{ path: "Other.md", url: "/other/", reason: "deleted" }]);
	});

	test("a note without embeds, checked once, is checked again when a URL or the files change", async () => {
		const s = new Session({ "A.md": flagged("See [[B]] and [[C]]."), "B.md": flagged("B") });
		await s.publish();
		await s.publish();
		s.edit({ "B.md": flagged("B", "permalink: /bee/\n") });
		let build = await s.publish();
		expect(reasons(build)).toEqual({ "A.md": ["link"], "B.md": ["text", "url"] });
		await s.publish();
		// An unflagged note now answers [[C]]: no URL changed, only the files.
		s.edit({ "C.md": "c\n" });
		build = await s.publish();
		expect(reasons(build)).toEqual({ "A.md": ["link"] });
		expect(s.reads).toEqual(["A.md"]);
	});

	test("a new note that a link now resolves to changes the linking note", async () => {
		const s = new Session({ ...BASE, "Target.md": "unflagged target\n" });
		await s.publish();
		// Obsidian resolves [[Other]] to the note in the same folder first; Host.md is at the root, so a
		// flagged root note named like an unresolved link makes it a site link.
		s.edit({ "Other.md": null, "Deep/Other.md": flagged("Other, moved") });
		let build = await s.publish();
		expect(build.plan.renamed).toEqual([]);
		expect(reasons(build)).toEqual({ "Host.md": ["link"] });
		expect(build.compiled.get("Host.md")).toContain("[Other](/deep/other/)");
		s.edit({ "Target.md": flagged("now flagged") });
		build = await s.publish();
		expect(build.plan.new.map((n) => n.path)).toEqual(["Target.md"]);
		expect(reasons(build)).toEqual({ "Host.md": ["link"] });
	});

	test("an embedded note's text changes, also two levels down: the embedding notes change without their text", async () => {
		const s = new Session(BASE);
		await s.publish();
		s.edit({ "Inner.md": flagged("Inner text, edited") });
		const build = await s.publish();
		expect(reasons(build)).toEqual({ "Host.md": ["embed"], "Inner.md": ["text"], "Part.md": ["embed"] });
		expect(build.compiled.get("Host.md")).toContain("Inner text, edited");
		// The embedding notes were compiled again, from their texts.
		expect([...new Set(s.reads)].sort()).toEqual(["Host.md", "Inner.md", "Part.md"]);

		// An embed is a link too: the embedded note's URL is gone.
		s.edit({ "Inner.md": "Inner text, unflagged\n" });
		const after = await s.publish();
		expect(reasons(after)).toEqual({ "Host.md": ["embed", "link"], "Part.md": ["embed", "link"] });
		expect(after.compiled.get("Host.md")).not.toContain("Inner text");
	});

	test("a speaker renamed for the site (published person note, alias table) re-renders the pages that show the name", async () => {
		const s = new Session(BASE);
		await s.publish();
		// Unflagged, the person note renames `Lex` in the sidebar only: nothing on the site changes.
		s.edit({ "People/Lex Fridman.md": "---\naliases: [Lex]\ntags: [person]\n---\n# Lex Fridman\n" });
		let build = await s.publish();
		expect(reasons(build)).toEqual({});
		expect(build.changes.write).toEqual([]);
		s.edit({ "People/Lex Fridman.md": "---\ndg-publish: true\naliases: [Lex]\ntags: [person]\n---\n# Lex Fridman\n" });
		build = await s.publish();
		expect(reasons(build)).toEqual({ "Host.md": ["speakers"] });
		expect(build.changes.write.map((f) => f.path)).toContain("speakers/lex-fridman/index.html");
		expect(build.manifest.speakersHash).not.toEqual(undefined);

		s.edit({ "People/Lex Fridman.md": null });
		s.setAliases({ Lex: "Lex Luthor" });
		build = await s.publish();
		expect(reasons(build)).toEqual({ "Host.md": ["speakers"] });
		expect(build.changes.write.map((f) => f.path)).toContain("speakers/lex-luthor/index.html");
		expect(build.changes.delete).toContain("speakers/lex-fridman/index.html");
		await s.publish();
		expect(s.reads).toEqual([]);
	});

	test("renames, partial selections and a settings change build the same as a full read", async () => {
		const s = new Session(BASE);
		await s.publish();
		s.edit({ "Other.md": null, "Moved/Other.md": BASE["Other.md"], "Plain.md": flagged("Plain, edited"), "New.md": flagged("New note [[Moved/Other]]") });
		const partial = await s.publish({ selection: new Set(["Moved/Other.md"]) });
		expect(partial.plan.renamed).toEqual([{ from: "Other.md", to: "Moved/Other.md", fromUrl: "/other/", url: "/moved/other/" }]);
		expect(partial.manifest.notes["Plain.md"]).toEqual(s.manifest.notes["Plain.md"]);
		expect(partial.manifest.notes["New.md"]).toBeUndefined();
		const rest = await s.publish();
		expect(rest.plan.new.map((n) => n.path)).toEqual(["New.md"]);
		// Host links [[Other]], whose URL moved: held back by the selection above, published now.
		// New.md, published now, links to Moved/Other: its page gains a backlink.
		expect(reasons(rest)).toEqual({ "Host.md": ["link"], "Moved/Other.md": ["backlinks"], "Plain.md": ["text"] });

		s.options = publishOptions({ layout: "digital-garden" });
		const garden = await s.publish();
		expect(garden.plan.changed).toHaveLength(7);
		expect(garden.plan.changed.every((c) => c.reasons.includes("settings"))).toBe(true);
		await s.publish();
		expect(s.reads).toEqual([]);
	});

	test("a cache stored and loaded in the next session works like the warm one; another version starts afresh", async () => {
		const s = new Session(BASE);
		await s.publish();
		s.edit({ "Inner.md": flagged("Inner text, edited") });
		await s.publish();
		expect(s.cache.changed).toBe(true);
		const stored = JSON.parse(JSON.stringify(s.cache.toStored("1.0.0"))) as unknown;
		expect(s.cache.changed).toBe(false);
		// It keeps published notes' public search text (the site's search index and feed are built from it),
		// nothing else of a note: no comment, no unflagged note.
		expect(JSON.stringify(stored)).toContain("Grow what you eat.");
		expect(JSON.stringify(stored)).not.toContain("private comment");
		expect(JSON.stringify(stored)).not.toContain("Never published");

		const next = new Session(s.files);
		next.manifest = s.manifest;
		next.cache = PublishCache.fromStored(stored, "1.0.0");
		expect(next.cache.size).toBe(s.cache.size);
		for (const [path, entry] of Object.entries(s.manifest.notes)) expect(next.cache.get(path, entry.sourceHash)).toEqual(s.cache.get(path, entry.sourceHash));
		await next.publish();
		expect(next.reads).toEqual([]);
		next.edit({ "Inner.md": flagged("Inner text, edited twice") });
		const build = await next.publish();
		expect(reasons(build)).toEqual({ "Host.md": ["embed"], "Inner.md": ["text"], "Part.md": ["embed"] });

		expect(PublishCache.fromStored(stored, "1.0.1").size).toBe(0);
		expect(PublishCache.fromStored({ ...(stored as object), notes: [["A.md", "h", { lines: "x" }]] }, "1.0.0").size).toBe(0);
		expect(PublishCache.fromStored("junk", "1.0.0").size).toBe(0);
	});

	test("an index record older than the note's text is an error, not a mixed page", async () => {
		const s = new Session(BASE);
		await s.publish();
		const cache = new PublishCache();
		const vault = memoryVault({ ...BASE, "Plain.md": flagged("Plain, saved after the index read it") });
		const build = await buildPublish({ vault, manifest: emptyManifest(), options: s.options, records: s.index, cache });
		expect(build.errors.map((e) => e.path)).toEqual(["Plain.md"]);
		expect(build.errors[0].message).toContain("changed while publishing");
		expect(build.changes).toEqual({ write: [], delete: [] });
	});
});
