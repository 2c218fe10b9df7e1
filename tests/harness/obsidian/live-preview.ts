// Live Preview as far as code block processors see it (Obsidian draws a registered code block in the editor
// as a CodeMirror widget): apart from markdown.ts, which is reading view.
import { codeBlockProcessors, type MarkdownPostProcessorContext } from "./codeblocks";
import { Component, type MarkdownView } from "./component";
import { fencedBlocks, type FencedBlock } from "./markdown";

/** One rendered block: its widget element, the container the processor got, and the owner of its children. */
interface Widget {
	block: FencedBlock;
	widgetEl: HTMLElement;
	el: HTMLElement;
	owner: Component;
	/** False once the widget is destroyed. */
	alive: boolean;
}

/**
 * Harness only: a Markdown view's editor in Live Preview. It follows the editor's text, not the file on
 * disk: after every change of the text or the selection, each fenced block of a registered language is
 * drawn by its processor, unless the selection touches one of the block's lines (fences included): that
 * block shows its source. A block whose text changed, or that comes back from showing its source, gets a
 * new widget: a fresh container and the processor run again, after the old widget's children were unloaded
 * (their `containerEl` left the page). A block whose text is unchanged keeps its widget, also when edits
 * above it move it. `getSectionInfo` answers for the block's current lines, and null once its widget is gone.
 */
export class LivePreview extends Component {
	readonly containerEl: HTMLElement;
	private widgets: Widget[] = [];
	private sourceBlocks: FencedBlock[] = [];
	private rendering: Promise<unknown>[] = [];

	constructor(private readonly view: MarkdownView) {
		super();
		this.containerEl = view.contentEl.createDiv({ cls: "markdown-source-view mod-cm6 is-live-preview" }).createDiv({ cls: "cm-editor" }).createDiv({ cls: "cm-content" });
	}

	onload(): void {
		this.register(this.view.editor._onUpdate(() => this.update()));
		this.register(() => {
			for (const w of this.widgets.splice(0)) this.destroy(w);
			this.containerEl.closest(".markdown-source-view")?.remove();
		});
		this.update();
	}

	/** The processors' containers of the blocks in `language` that are drawn now, in note order. */
	blocks(language: string): HTMLElement[] {
		return this.widgets.filter((w) => w.block.language === language).map((w) => w.el);
	}

	/** The bodies of the blocks in `language` that show their source now (the selection is in them). */
	sources(language: string): string[] {
		return this.sourceBlocks.filter((b) => b.language === language).map((b) => b.body);
	}

	/** Waits for the processors' promises of the updates so far. */
	async settled(): Promise<void> {
		while (this.rendering.length > 0) await Promise.all(this.rendering.splice(0));
	}

	private update(): void {
		if (!this.isLoaded) return;
		const editor = this.view.editor;
		const text = editor.getValue();
		const from = editor.getCursor("from").line;
		const to = editor.getCursor("to").line;
		const blocks = fencedBlocks(text).filter((b) => codeBlockProcessors.has(b.language));
		const shown = blocks.filter((b) => b.lineEnd < from || b.lineStart > to);
		this.sourceBlocks = blocks.filter((b) => !shown.includes(b));
		const old = this.widgets;
		const kept = shown.map((block) => {
			const i = old.findIndex((w) => w.block.text === block.text);
			return i === -1 ? null : old.splice(i, 1)[0];
		});
		// Widgets that go are destroyed before new ones are drawn.
		for (const w of old) this.destroy(w);
		this.widgets = shown.map((block, i) => {
			const widget = kept[i];
			if (!widget) return this.create(block);
			widget.block = block;
			return widget;
		});
		for (const w of this.widgets) this.containerEl.appendChild(w.widgetEl);
	}

	private create(block: FencedBlock): Widget {
		const widgetEl = createDiv({ cls: "cm-preview-code-block cm-embed-block markdown-rendered" });
		const el = widgetEl.createDiv({ cls: `block-language-${block.language}` });
		const owner = this.addChild(new Component());
		const widget: Widget = { block, widgetEl, el, owner, alive: true };
		const file = this.view.file;
		const ctx: MarkdownPostProcessorContext = {
			docId: `live-preview:${file?.path ?? ""}`,
			sourcePath: file?.path ?? "",
			frontmatter: file ? this.view.app.metadataCache.getFileCache(file)?.frontmatter : undefined,
			addChild: (child) => void owner.addChild(child),
			getSectionInfo: (target) => (target === el && widget.alive ? { text: this.view.editor.getValue(), lineStart: widget.block.lineStart, lineEnd: widget.block.lineEnd } : null),
		};
		// The widget is in the page before its processor runs, as CodeMirror mounts it.
		this.containerEl.appendChild(widgetEl);
		this.rendering.push(Promise.resolve(codeBlockProcessors.get(block.language)?.(block.body, el, ctx)));
		return widget;
	}

	private destroy(w: Widget): void {
		w.alive = false;
		w.widgetEl.remove();
		this.removeChild(w.owner);
	}
}
