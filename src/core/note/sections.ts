// The heading tree with 1-based line ranges: a section runs until the next heading of its level or higher.
import type { Section } from "../types";
import type { Heading } from "./scan";

export function buildSections(headings: Heading[], lastLine: number): Section[] {
	const roots: Section[] = [];
	const open: Section[] = [];
	for (const h of headings) {
		while (open.length > 0 && open[open.length - 1].level >= h.level) {
			open.pop()!.endLine = h.line - 1;
		}
		const section: Section = { heading: h.text, level: h.level, line: h.line, endLine: lastLine, children: [] };
		if (open.length > 0) open[open.length - 1].children.push(section);
		else roots.push(section);
		open.push(section);
	}
	for (const s of open) s.endLine = lastLine;
	return roots;
}
