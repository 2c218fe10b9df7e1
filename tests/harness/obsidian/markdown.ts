// A small real Markdown renderer: paragraphs, blockquotes, lists, headings; inline code, bold, italic,
// highlights, Markdown links and wikilinks. Enough to check what a view shows, not Obsidian's full renderer.
import type { App } from "./app";
import { Component } from "./component";

function renderInline(parent: HTMLElement, text: string): void {
	const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_|==([^=]+)==|!?\[\[([^\]|]+)(?:\|([^\]]*))?\]\]|\[([^\]]*)\]\(([^)\s]+)\)/g;
	let at = 0;
	for (const m of text.matchAll(pattern)) {
		const start = m.index ?? 0;
		if (start > at) parent.appendText(text.slice(at, start));
		if (m[1] !== undefined) parent.createEl("code", { text: m[1] });
		else if (m[2] !== undefined || m[3] !== undefined) renderInline(parent.createEl("strong"), m[2] ?? m[3]);
		else if (m[4] !== undefined || m[5] !== undefined) renderInline(parent.createEl("em"), m[4] ?? m[5]);
		else if (m[6] !== undefined) renderInline(parent.createEl("mark"), m[6]);
		else if (m[7] !== undefined) parent.createEl("a", { cls: "internal-link", text: m[8] ?? m[7], attr: { "data-href": m[7], href: m[7] } });
		else {
			const external = /^[a-z]+:/i.test(m[10]);
			renderInline(parent.createEl("a", { cls: external ? "external-link" : "internal-link", attr: { href: m[10] } }), m[9]);
		}
		at = start + m[0].length;
	}
	if (at < text.length) parent.appendText(text.slice(at));
}

function renderBlocks(el: HTMLElement, markdown: string): void {
	const lines = markdown.replace(/\r/g, "").split("\n");
	for (let i = 0; i < lines.length; ) {
		const line = lines[i];
		if (line.trim() === "") {
			i++;
			continue;
		}
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		if (heading) {
			renderInline(el.createEl(`h${heading[1].length}` as "h1"), heading[2]);
			i++;
			continue;
		}
		if (/^\s*>/.test(line)) {
			const inner: string[] = [];
			while (i < lines.length && /^\s*>/.test(lines[i])) inner.push(lines[i++].replace(/^\s*> ?/, ""));
			renderBlocks(el.createEl("blockquote"), inner.join("\n"));
			continue;
		}
		if (/^\s*([-*+]|\d+\.)\s/.test(line)) {
			const ordered = /^\s*\d+\./.test(line);
			const list = el.createEl(ordered ? "ol" : "ul");
			while (i < lines.length && /^\s*([-*+]|\d+\.)\s/.test(lines[i])) renderInline(list.createEl("li"), lines[i++].replace(/^\s*([-*+]|\d+\.)\s+/, ""));
			continue;
		}
		const para: string[] = [];
		while (i < lines.length && lines[i].trim() !== "" && !/^\s*(>|#{1,6}\s|[-*+]\s|\d+\.\s)/.test(lines[i])) para.push(lines[i++]);
		const p = el.createEl("p");
		para.forEach((text, n) => {
			if (n > 0) p.createEl("br");
			renderInline(p, text);
		});
	}
}

export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}

export abstract class MarkdownRenderer extends MarkdownRenderChild {
	static async render(_app: App, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
		renderBlocks(el, markdown);
	}

	static async renderMarkdown(markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
		renderBlocks(el, markdown);
	}
}
