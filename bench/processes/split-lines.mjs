// Floor process of the CLI budget: reads every Markdown file of the vault and splits it into lines, counting
// those that start with ">" (no parsing; the least any tool that reads the notes does).
// Usage: node bench/processes/split-lines.mjs <vault>
import { readdirSync, readFileSync } from "fs";
import path from "path";

const root = process.argv[2];
let quoteLines = 0;
for (const file of readdirSync(root, { recursive: true })) {
	if (!file.endsWith(".md")) continue;
	for (const line of readFileSync(path.join(root, file), "utf8").split("\n")) if (line[0] === ">") quoteLines++;
}
process.stdout.write(`${JSON.stringify({ quoteLines })}\n`);
