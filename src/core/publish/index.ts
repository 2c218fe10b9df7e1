// Publishing, host-free: plan → compile → render → changes for a PublishTarget.
export * from "./types";
export { buildPublish, PublishCancelled, settingsHash, message } from "./build";
export type { BuildRequest, PublishBuild, VaultReader } from "./build";
export { compileNote, compileFragment, splitFrontmatter } from "./compile";
export type { CompileEnv, CompiledNote, SiteLayout } from "./compile";
export { DEFAULT_FRONTMATTER_KEYS, DEFAULT_PUBLISH_OPTIONS, publishOptions } from "./options";
export type { PublishOptions } from "./options";
export { commitMessage, describePlan, planIsEmpty, planPublish } from "./plan";
export { FolderTarget, MANIFEST_PATH, OutputFolderError } from "./folder";
export type { FolderFs } from "./folder";
export { inScope, isFlagged, noteUrl, selectNotes, RESERVED_SEGMENTS } from "./selection";
export type { PublishedNote, PublishError } from "./selection";
export { isSafeOutputPath, pageFile, publicUrl, sanitizePermalink, slugify, slugUrl } from "./url";
export { renderMarkdown } from "./markdown";
export { hashContent } from "./hash";
export { lineDiff } from "./diff";
export type { DiffLine } from "./diff";
