// Baseline process of the CLI budget (scenario 21): the short script a developer would write. Reads every
// Markdown file of the vault, lets markdown-it find the blockquotes and their attribution (the same
// MarkdownItQuotes as scenario 1), prints them as JSON. Usage: node <bundle> <vault>
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { MarkdownItQuotes } from "../lib/baselines";

const root = process.argv[2];
const md = new MarkdownItQuotes();
const quotes: object[] = [];
for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
	if (!file.endsWith(".md")) continue;
	for (const quote of md.extract(readFileSync(path.join(root, file), "utf8"))) quotes.push({ path: file, ...quote });
}
process.stdout.write(JSON.stringify(quotes, null, 2));
