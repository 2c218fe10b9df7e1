// An episode's address re-timed to a moment: YouTube (`t=`), Vimeo (`#t=`), audio and video files (the
// `#t=` media fragment) and PodNotes' `obsidian://podnotes?…&time=` links. Anything else is left alone
// (null): a web page that is not a player, a malformed address, any scheme but http(s) (never javascript:).
// The query is edited as text, so whatever encoding the address had is kept byte for byte.

export type PlayKind = "youtube" | "vimeo" | "media" | "podnotes";

export interface TimedUrl {
	url: string;
	kind: PlayKind;
}

/** Characters that never appear in an address we hand to Markdown or HTML (they would end the link). */
const UNSAFE = /[\s"'<>`()\\]/;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com"]);
const VIMEO_HOSTS = new Set(["vimeo.com", "www.vimeo.com", "player.vimeo.com"]);
/** A media file's extension ends the path or a path segment (`redirect.mp3/host/file.mp3` of trackers). */
const MEDIA_PATH = /\.(?:mp3|m4a|m4b|aac|ogg|oga|opus|wav|flac|mp4|m4v|webm|mov|mkv)(?:$|\/)/;
/** Time parameters a player reads; all of them go before the new one is set. */
const YOUTUBE_TIME_PARAMS = ["t", "start", "time_continue"];

interface UrlParts {
	/** Scheme, host and path. */
	base: string;
	/** `key=value` pairs as written. */
	params: string[];
	/** After `#`, or null without one. */
	hash: string | null;
}

/** A control character (below space, or DEL): browsers drop them, so `java\tscript:` would still run. */
function hasControl(url: string): boolean {
	for (const c of url) if (c < " " || c === "\x7f") return true;
	return false;
}

function splitUrl(url: string): UrlParts {
	const hashAt = url.indexOf("#");
	const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
	const queryAt = beforeHash.indexOf("?");
	return {
		base: queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash,
		params: queryAt >= 0 ? beforeHash.slice(queryAt + 1).split("&").filter((p) => p.length > 0) : [],
		hash: hashAt >= 0 ? url.slice(hashAt + 1) : null,
	};
}

function joinUrl(parts: UrlParts): string {
	const query = parts.params.length > 0 ? `?${parts.params.join("&")}` : "";
	return `${parts.base}${query}${parts.hash !== null ? `#${parts.hash}` : ""}`;
}

function paramKey(param: string): string {
	const eq = param.indexOf("=");
	return eq >= 0 ? param.slice(0, eq) : param;
}

function paramValue(params: readonly string[], key: string): string | null {
	const found = params.find((p) => paramKey(p) === key);
	if (found === undefined) return null;
	const eq = found.indexOf("=");
	return eq >= 0 ? found.slice(eq + 1) : "";
}

/** The pairs without those named `keys`, then `key=value` appended: re-timed, never a second time. */
function retimed(params: readonly string[], keys: readonly string[], key: string, value: string): string[] {
	return [...params.filter((p) => !keys.includes(paramKey(p))), `${key}=${value}`];
}

function parse(url: string): URL | null {
	try {
		return new URL(url);
	} catch {
		return null;
	}
}

function decodedPath(u: URL): string {
	try {
		return decodeURIComponent(u.pathname).toLowerCase();
	} catch {
		return u.pathname.toLowerCase();
	}
}

function youtubeAt(u: URL, parts: UrlParts, seconds: number): TimedUrl | null {
	const host = u.hostname.toLowerCase();
	if (host === "youtu.be" || host === "www.youtu.be") {
		const id = u.pathname.slice(1);
		if (!YOUTUBE_ID.test(id)) return null;
		return { url: joinUrl({ ...parts, params: retimed(parts.params, YOUTUBE_TIME_PARAMS, "t", String(seconds)) }), kind: "youtube" };
	}
	if (!YOUTUBE_HOSTS.has(host)) return null;
	const segments = u.pathname.split("/").filter((s) => s.length > 0);
	if (segments.length === 1 && segments[0] === "watch") {
		const id = paramValue(parts.params, "v");
		if (id === null || !YOUTUBE_ID.test(id)) return null;
		return { url: joinUrl({ ...parts, params: retimed(parts.params, YOUTUBE_TIME_PARAMS, "t", `${seconds}s`) }), kind: "youtube" };
	}
	// `/shorts/ID`, `/live/ID`, `/embed/ID`, `/v/ID`: the watch page of the same video plays at a time.
	if (segments.length === 2 && ["shorts", "live", "embed", "v"].includes(segments[0]) && YOUTUBE_ID.test(segments[1])) {
		const watchHost = host.includes("nocookie") ? "www.youtube.com" : host;
		const rest = parts.params.filter((p) => paramKey(p) !== "v");
		const params = retimed([`v=${segments[1]}`, ...rest], YOUTUBE_TIME_PARAMS, "t", `${seconds}s`);
		return { url: joinUrl({ base: `https://${watchHost}/watch`, params, hash: parts.hash }), kind: "youtube" };
	}
	return null;
}

function vimeoAt(u: URL, parts: UrlParts, seconds: number): TimedUrl | null {
	if (!VIMEO_HOSTS.has(u.hostname.toLowerCase())) return null;
	// A video page has the video's number among its path segments (`/76979871`, `/channels/x/76979871`).
	if (!u.pathname.split("/").some((s) => /^\d{3,}$/.test(s))) return null;
	return { url: joinUrl({ ...parts, hash: `t=${seconds}s` }), kind: "vimeo" };
}

function podnotesAt(parts: UrlParts, seconds: number): TimedUrl | null {
	if (parts.base.toLowerCase() !== "obsidian://podnotes") return null;
	// PodNotes finds the episode by its name and its feed (or file) address; both must be there.
	if (!paramValue(parts.params, "episodeName") || !paramValue(parts.params, "url")) return null;
	return { url: joinUrl({ ...parts, params: retimed(parts.params, ["time", "endTime", "end", "to"], "time", String(seconds)), hash: null }), kind: "podnotes" };
}

export interface PlayUrlOptions {
	/** The address is known to be a media file (frontmatter `audio`, `video`, `stream`): no extension needed. */
	media?: boolean;
}

/**
 * `url` made to start playing at `seconds`, or null when it is not an address that can (see the file
 * comment). A time the address already carries is replaced.
 */
export function playUrlAt(url: string, seconds: number, options: PlayUrlOptions = {}): TimedUrl | null {
	if (!Number.isInteger(seconds) || seconds < 0) return null;
	const trimmed = url.trim();
	if (trimmed.length === 0 || trimmed.length > 2000 || UNSAFE.test(trimmed) || hasControl(trimmed)) return null;
	const parts = splitUrl(trimmed);
	if (/^obsidian:\/\//i.test(trimmed)) return podnotesAt(parts, seconds);
	const u = parse(trimmed);
	if (u === null || (u.protocol !== "https:" && u.protocol !== "http:") || u.hostname === "") return null;
	const video = youtubeAt(u, parts, seconds) ?? vimeoAt(u, parts, seconds);
	if (video !== null) return video;
	if (YOUTUBE_HOSTS.has(u.hostname.toLowerCase()) || VIMEO_HOSTS.has(u.hostname.toLowerCase())) return null;
	if (options.media !== true && !MEDIA_PATH.test(decodedPath(u))) return null;
	return { url: joinUrl({ ...parts, hash: `t=${seconds}` }), kind: "media" };
}
