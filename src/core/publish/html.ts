// Escaping for generated HTML: every value from a note goes through one of these.

export function escapeHtml(text: string): string {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A value for an `id` attribute: escaped, and never empty. */
export function escapeId(id: string): string {
	return escapeHtml(id.replace(/\s+/g, "-")) || "x";
}
