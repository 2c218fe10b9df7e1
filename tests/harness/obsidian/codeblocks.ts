// Code block processors as plugins register them; apart from markdown.ts so component.ts can add to it
// without an import circle.
import type { MarkdownRenderChild } from "./markdown";

/** `getSectionInfo`'s answer: the section's source and its 0-based first and last lines (the fences, for a code block). */
export interface MarkdownSectionInformation {
	text: string;
	lineStart: number;
	lineEnd: number;
}

export interface MarkdownPostProcessorContext {
	docId: string;
	sourcePath: string;
	frontmatter: unknown;
	addChild(child: MarkdownRenderChild): void;
	getSectionInfo(el: HTMLElement): MarkdownSectionInformation | null;
}

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

/**
 * Harness only: code block processors by language, as `Plugin.registerMarkdownCodeBlockProcessor` adds
 * them (Obsidian keeps them in `MarkdownPreviewRenderer`'s static registry; unloading the plugin removes them).
 */
export const codeBlockProcessors = new Map<string, CodeBlockHandler>();
