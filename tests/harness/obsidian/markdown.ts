// A small real Markdown renderer: paragraphs, blockquotes, lists, headings; inline code, bold, italic,
// highlights, Markdown links and wikilinks. Enough to check what a view shows, not Obsidian's full renderer.
import type { App } from "./app";
import { codeBlockProcessors, type MarkdownPostProcessorContext } from "./codeblocks";
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

/** A fenced code block of a note: language, body and where its fences are (0-based lines). */
export interface FencedBlock {
	language: string;
	body: string;
	lineStart: number;
	lineEnd: number;
	text: string;
}

export function fencedBlocks(text: string): FencedBlock[] {
	const lines = text.replace(/\r/g, "").split("\n");
	const out: FencedBlock[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]);
		if (!open) continue;
		const fence = open[1];
		let end = i + 1;
		while (end < lines.length && !new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`).test(lines[end])) end++;
		// An unclosed fence runs to the end of the note, as in Obsidian.
		const last = Math.min(end, lines.length - 1);
		out.push({ language: open[2], body: lines.slice(i + 1, end).join("\n"), lineStart: i, lineEnd: last, text: lines.slice(i, last + 1).join("\n") });
		i = last;
	}
	return out;
}

/**
 * Harness only: a note in reading view, as far as code block processors see it. Each fenced block with a
 * registered language gets its section element and a context whose `addChild` ties the child to the
 * section; when the note changes on disk only the sections whose text or place changed are rendered again
 * (their children unloaded first), as Obsidian's preview does. `unload()` is closing the note.
 */
export class RenderedNote extends Component {
	readonly containerEl: HTMLElement;
	private sections: { block: FencedBlock; el: HTMLElement; owner: Component }[] = [];

	constructor(
		private readonly app: App,
		readonly path: string,
	) {
		super();
		this.containerEl = document.body.createDiv({ cls: "markdown-preview-view markdown-rendered" });
		this.register(() => this.containerEl.remove());
	}

	/** The section elements of code blocks in `language`, in note order. */
	blocks(language: string): HTMLElement[] {
		return this.sections.filter((s) => s.block.language === language).map((s) => s.el);
	}

	async render(): Promise<void> {
		const file = this.app.vault.getFileByPath(this.path);
		if (!file) throw new Error(`No note ${this.path} in the harness vault.`);
		const text = await this.app.vault.cachedRead(file);
		const next = fencedBlocks(text).filter((b) => codeBlockProcessors.has(b.language));
		const kept = new Map<string, (typeof this.sections)[number]>();
		for (const s of this.sections) {
			const same = next.find((b) => b.text === s.block.text && b.lineStart === s.block.lineStart);
			if (same) kept.set(`${same.lineStart}`, s);
			else {
				this.removeChild(s.owner);
				s.el.remove();
			}
		}
		this.sections = [];
		for (const block of next) {
			const old = kept.get(`${block.lineStart}`);
			if (old) {
				this.containerEl.appendChild(old.el);
				this.sections.push(old);
				continue;
			}
			const el = this.containerEl.createDiv({ cls: "el-pre" }).createDiv({ cls: `block-language-${block.language}` });
			const owner = this.addChild(new Component());
			const ctx: MarkdownPostProcessorContext = {
				docId: this.path,
				sourcePath: this.path,
				frontmatter: this.app.metadataCache.getFileCache(file)?.frontmatter,
				addChild: (child) => void owner.addChild(child),
				getSectionInfo: (target) => (target === el ? { text, lineStart: block.lineStart, lineEnd: block.lineEnd } : null),
			};
			this.sections.push({ block, el, owner });
			await codeBlockProcessors.get(block.language)?.(block.body, el, ctx);
		}
	}
}
