// Errors of the git target. Each names the cause and what the user can do, and never carries a secret.

export type GitPublishErrorKind =
	| "auth"
	| "branch-missing"
	| "path-missing"
	| "network"
	| "too-large"
	| "rejected"
	| "conflict"
	| "cancelled"
	| "invalid-file"
	| "settings"
	| "corrupt-manifest";

export class GitPublishError extends Error {
	readonly kind: GitPublishErrorKind;
	/** True when the remote is known to be unchanged by the failed publish. */
	readonly remoteUnchanged: boolean;

	constructor(kind: GitPublishErrorKind, message: string, remoteUnchanged = true) {
		super(message);
		this.name = "GitPublishError";
		this.kind = kind;
		this.remoteUnchanged = remoteUnchanged;
	}
}

/** Removes every given secret (and its Basic-auth encodings) and URL credentials from a text. */
export function redact(text: string, secrets: string[]): string {
	let out = text.replace(/(https?:\/\/)[^/@\s]+@/gi, "$1");
	for (const secret of secrets) {
		if (secret.length === 0) continue;
		out = out.split(secret).join("***");
	}
	return out.replace(/(authorization:\s*)(basic|bearer|token)\s+\S+/gi, "$1$2 ***");
}

/** A remote URL without user name or password, safe to show. */
export function safeUrl(url: string): string {
	return url.replace(/^(https?:\/\/)[^/@]*@/i, "$1");
}

interface IsoGitErrorLike {
	code?: string;
	message?: string;
	data?: { statusCode?: number; statusMessage?: string; response?: string; prettyDetails?: string };
}

export function errorCode(error: unknown): string | undefined {
	return typeof error === "object" && error !== null ? (error as IsoGitErrorLike).code : undefined;
}

export function httpStatus(error: unknown): number | undefined {
	if (errorCode(error) !== "HttpError") return undefined;
	return (error as IsoGitErrorLike).data?.statusCode;
}

export function errorText(error: unknown): string {
	if (error instanceof Error) return error.message;
	return String(error);
}

/** Errors raised by the transport itself (no HTTP answer at all): refused, reset, DNS, TLS, timeouts. */
export function isNetworkError(error: unknown): boolean {
	if (errorCode(error) === "HttpError" || errorCode(error) === "GitPushError") return false;
	const text = errorText(error);
	const code = errorCode(error) ?? "";
	return (
		/^E(CONN|HOST|NET|PIPE|AI_|TIMEDOUT|PROTO)|ENOTFOUND|UND_ERR/.test(code) ||
		/socket hang up|ECONNRESET|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|network|net::ERR_|Failed to fetch|aborted|premature close|unexpected end|terminated/i.test(
			text,
		)
	);
}

const TOO_LARGE = /too large|exceeds|size limit|maximum allowed size|large files? detected|payload too large|request entity/i;

export function looksTooLarge(text: string): boolean {
	return TOO_LARGE.test(text);
}
