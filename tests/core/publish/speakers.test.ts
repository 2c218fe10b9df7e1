// Site speakers are resolved from published person notes and the alias table, and a change there alone,
// with no published episode edited, still rebuilds the speaker pages.
import { buildPublish, emptyManifest, publishOptions } from "../../../src/core/publish";
import type { PublishManifest } from "../../../src/core/publish";
import { memoryVault } from "./vault";

const EP = "---\ndg-publish: true\n---\n> Grow what you eat. – Lex\n\n> Seeds first. – Sam\n";
const PERSON = "---\ndg-publish: true\naliases: [Lex]\ntags: [person]\n---\n# Lex Fridman\n";

async function build(files: Record<string, string>, manifest: PublishManifest, aliasTable?: Record<string, string>) {
	const result = await buildPublish({ vault: memoryVault(files), manifest, options: publishOptions({}), aliasTable });
	expect(result.errors).toEqual([]);
	return result;
}

test("a person note, then the alias table, rename speakers; editing only them rebuilds the speaker pages", async () => {
	const first = await build({ "Ep.md": EP, "People/Lex Fridman.md": PERSON }, emptyManifest());
	const written = first.changes.write.map((f) => f.path);
	expect(written).toEqual(expect.arrayContaining(["speakers/lex-fridman/index.html", "speakers/sam/index.html"]));
	expect(written).not.toContain("speakers/lex/index.html");

	// The person note is deleted: the published note's text is the same, yet "Lex" is a speaker of its own
	// again, so its page (quotes grouped by speaker) and the speaker pages change.
	const second = await build({ "Ep.md": EP, "Other.md": "unrelated" }, first.manifest);
	expect(second.plan.changed).toEqual([{ path: "Ep.md", url: "/ep/", reasons: ["speakers"] }]);
	expect(second.changes.write.map((f) => f.path)).toContain("speakers/lex/index.html");
	expect(second.changes.delete).toContain("speakers/lex-fridman/index.html");

	// The alias table alone.
	const third = await build({ "Ep.md": EP }, second.manifest, { Sam: "Sam Altman" });
	expect(third.changes.write.map((f) => f.path)).toContain("speakers/sam-altman/index.html");
	expect(third.changes.delete).toContain("speakers/sam/index.html");

	// Nothing changed: nothing to write.
	const fourth = await build({ "Ep.md": EP }, third.manifest, { Sam: "Sam Altman" });
	expect(fourth.changes.write).toEqual([]);
	expect(fourth.changes.delete).toEqual([]);
});

test("a person note the published note names renames its one-word speaker on the site only when it is published too", async () => {
	const ep = "---\ndg-publish: true\n---\n## Paul Ortega On Rivers\n\n> Rivers are roads. – Paul\n";
	const hidden = await build({ "Ep.md": ep, "People/Paul Ortega.md": "---\ntype: person\n---\n" }, emptyManifest());
	expect(hidden.changes.write.map((f) => f.path)).toContain("speakers/paul/index.html");
	const shown = await build({ "Ep.md": ep, "People/Paul Ortega.md": "---\ntype: person\ndg-publish: true\n---\n" }, emptyManifest());
	expect(shown.changes.write.map((f) => f.path)).toEqual(expect.arrayContaining(["speakers/paul-ortega/index.html"]));
	expect(shown.changes.write.map((f) => f.path)).not.toContain("speakers/paul/index.html");
});
