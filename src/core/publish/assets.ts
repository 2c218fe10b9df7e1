// The site's only stylesheet and script, written as files (pages carry no inline style or script).

export const SITE_CSS = `:root {
	color-scheme: light dark;
	--bg: #fdfcf8; --fg: #1f2328; --muted: #5b6470; --accent: #2f6f4f; --line: #d8dcd3; --card: #f3f2ec; --mark: #fff2a8;
	--font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
	:root { --bg: #171a1c; --fg: #e6e6e3; --muted: #a3abb3; --accent: #8fd1ac; --line: #343a3f; --card: #21262a; --mark: #5c5220; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.65 var(--font); }
a { color: var(--accent); }
a:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.site-header { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; padding: 1rem 1.25rem; border-bottom: 1px solid var(--line); }
.site-title { font-weight: 700; text-decoration: none; color: var(--fg); }
.site-header nav { display: flex; flex-wrap: wrap; gap: 1rem; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1, h2, h3, h4 { line-height: 1.25; }
img { max-width: 100%; height: auto; }
pre, code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.9em; }
pre { overflow-x: auto; padding: 0.75rem; background: var(--card); border-radius: 6px; }
mark { background: var(--mark); color: inherit; }
blockquote, .pg-quote blockquote { margin: 1rem 0; padding: 0.25rem 1rem; border-left: 3px solid var(--accent); background: var(--card); }
:target { scroll-margin-top: 1rem; outline: 2px solid var(--accent); outline-offset: 4px; }
.callout { margin: 1rem 0; padding: 0.5rem 1rem; border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; background: var(--card); }
.callout-title { font-weight: 600; }
.episode-meta, figcaption, .muted { color: var(--muted); font-size: 0.9em; }
figure.pg-quote { margin: 1.25rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.search-box { display: flex; gap: 0.5rem; }
.search-box input { flex: 1; padding: 0.5rem; font: inherit; color: var(--fg); background: var(--card); border: 1px solid var(--line); border-radius: 6px; }
.search-results li { margin: 0.5rem 0; }
.pager { margin: 2rem 0; color: var(--muted); }
.footer { color: var(--muted); font-size: 0.85em; text-align: center; padding: 2rem 1rem; }
`;

/** Client-side search over search-index.json; builds results with DOM calls only (no HTML strings). */
export const SEARCH_JS = `(function () {
	"use strict";
	var input = document.getElementById("pg-search-input");
	var list = document.getElementById("pg-search-results");
	if (!input || !list) return;
	var root = document.body.getAttribute("data-root") || "./";
	var index = null;
	function load() {
		if (index) return Promise.resolve(index);
		return fetch(root + "search-index.json").then(function (r) { return r.json(); }).then(function (data) { index = data; return data; });
	}
	function words(text) { return text.toLowerCase().split(/\\s+/).filter(Boolean); }
	function matches(entry, terms) {
		var hay = (entry.title + " " + entry.text + " " + (entry.speaker || "")).toLowerCase();
		return terms.every(function (t) { return hay.indexOf(t) !== -1; });
	}
	function show(query) {
		var terms = words(query);
		while (list.firstChild) list.removeChild(list.firstChild);
		if (terms.length === 0) return;
		load().then(function (data) {
			var hits = data.entries.filter(function (e) { return matches(e, terms); }).slice(0, 50);
			while (list.firstChild) list.removeChild(list.firstChild);
			hits.forEach(function (e) {
				var li = document.createElement("li");
				var a = document.createElement("a");
				a.href = root + e.url;
				a.textContent = e.title;
				li.appendChild(a);
				if (e.text) {
					var p = document.createElement("div");
					p.className = "muted";
					p.textContent = (e.speaker ? e.speaker + ": " : "") + e.text.slice(0, 220);
					li.appendChild(p);
				}
				list.appendChild(li);
			});
			if (hits.length === 0) {
				var none = document.createElement("li");
				none.textContent = "No results.";
				list.appendChild(none);
			}
		});
	}
	input.addEventListener("input", function () { show(input.value); });
	if (input.form) input.form.addEventListener("submit", function (e) { e.preventDefault(); show(input.value); });
	var q = new URLSearchParams(window.location.search).get("q");
	if (q) { input.value = q; show(q); }
})();
`;
