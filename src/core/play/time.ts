// A quote's time as written (`12:05`, `00:12:05`, `1:02:03`) and as seconds, for links that play there.

/**
 * Seconds into the episode for a timestamp as the parser keeps it: `m:ss` or `h:mm:ss` (one or two digits
 * before the first colon). Minutes and seconds after a colon must be below 60; anything else is null.
 */
export function secondsOf(timestamp: string | null | undefined): number | null {
	if (!timestamp) return null;
	const parts = timestamp.trim().split(":");
	if (parts.length < 2 || parts.length > 3) return null;
	if (!/^\d{1,2}$/.test(parts[0]) || !parts.slice(1).every((p) => /^\d{2}$/.test(p))) return null;
	const numbers = parts.map((p) => parseInt(p, 10));
	if (numbers.slice(1).some((n) => n >= 60)) return null;
	return numbers.reduce((total, n) => total * 60 + n, 0);
}

/** `12:05`, or `1:02:03` from an hour on: how the play button names the moment. */
export function clockOf(seconds: number): string {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
	return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
