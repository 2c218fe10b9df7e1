// The git publish target: public face.
export { createGitTarget, DEFAULT_GIT_USERNAME, DEFAULT_MANIFEST_FILE } from "./target";
export type { GitAuthor, GitCommitPreview, GitPublishTarget, GitTargetOptions } from "./target";
export { GitPublishError, redact, safeUrl } from "./errors";
export type { GitPublishErrorKind } from "./errors";
export { commitMessage, summarize } from "./message";
export type { CommitSummary } from "./message";
