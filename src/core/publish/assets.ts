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
a:focus-visible, input:focus-visible, button:focus-visible, main:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
main:focus:not(:focus-visible) { outline: none; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; z-index: 1; padding: 0.5rem 1rem; background: var(--bg); color: var(--accent); border: 2px solid var(--accent); border-radius: 6px; }
.skip-link:focus { top: 0.5rem; }
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
figure.pg-quote, figure.pg-quote-copy { margin: 1.25rem 0; }
.note-quotes { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); }
.speaker-quotes h3 { margin-bottom: 0.5rem; }
.quote-sources li { margin: 0.35rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.search-box label { display: block; margin-bottom: 0.35rem; font-weight: 600; }
.search-row { display: flex; gap: 0.5rem; }
.search-row input { flex: 1; min-width: 0; padding: 0.5rem; font: inherit; color: var(--fg); background: var(--card); border: 1px solid var(--muted); border-radius: 6px; }
.search-row button { padding: 0.5rem 1rem; font: inherit; color: var(--bg); background: var(--accent); border: 0; border-radius: 6px; cursor: pointer; }
.search-results { padding-left: 1.5rem; }
.search-results li { margin: 0.75rem 0; }
.search-results .muted strong { color: var(--fg); font-weight: 600; }
.search-results mark { color: var(--fg); border-radius: 2px; }
@media (max-width: 30rem) {
	body { font-size: 16px; }
	.site-header { padding: 0.75rem 1rem; }
	main { padding: 1rem 1rem 3rem; }
	table { display: block; overflow-x: auto; }
}
.pager { margin: 2rem 0; color: var(--muted); }
.footer { color: var(--muted); font-size: 0.85em; text-align: center; padding: 2rem 1rem; }
.pg-quote-card { margin: 0 0 1.5rem; }
.pg-quote-card img { display: block; width: 100%; height: auto; border: 1px solid var(--line); border-radius: 8px; }
`;

/**
 * Client-side search (see site-search.ts and search-log.ts for the index). On the first search the page
 * loads `search/index-1.json` (which says how many base parts there are) and `search/index-recent.json`
 * at once, then the other base part: at most three requests, whatever the size of the garden. A base row
 * is shown only when the recent part neither has a row for its address nor hides it (a newer version of
 * the note, or a note moved away); if the files are of two publishes, they are fetched once more.
 * Matching is by substring on folded text (case, width and accents ignored), a Latin/Cyrillic/… term at
 * the start of a word, a Chinese or Japanese term anywhere, so words in text without spaces are found.
 * Results are built with DOM calls only.
 */
export const SEARCH_JS = `(function () {
	"use strict";
	var input = document.getElementById("pg-search-input");
	var list = document.getElementById("pg-search-results");
	if (!input || !list) return;
	var status = document.getElementById("pg-search-status");
	var root = document.body.getAttribute("data-root") || "./";
	var LIMIT = 50;
	var CJK = /[\\u2e80-\\u2fdf\\u3005-\\u3007\\u3021-\\u3029\\u3040-\\u30ff\\u3190-\\u319f\\u31c0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f]/;
	var WORD = /[\\p{L}\\p{N}]/u;
	var docs = null;
	var loading = false;
	var failed = false;
	var terms = [];
	function fold(text) {
		return text.normalize("NFKC").toLowerCase().normalize("NFD").replace(/([^\\u3040-\\u30ff])[\\u0300-\\u036f]+/g, "$1").normalize("NFC");
	}
	function split(query) {
		return fold(query).split(/[^\\p{L}\\p{N}\\p{M}]+/u).filter(Boolean);
	}
	/** Where the term stands in hay as a match (-1: nowhere): CJK anywhere, other terms at a word start. */
	function find(hay, term) {
		var anywhere = CJK.test(term.charAt(0));
		for (var at = hay.indexOf(term); at !== -1; at = hay.indexOf(term, at + 1)) {
			var before = at > 0 ? hay.charAt(at - 1) : "";
			if (anywhere || before === "" || !WORD.test(before) || CJK.test(before)) return at;
		}
		return -1;
	}
	function addNote(note, into) {
		var title = note[0], url = note[1], meta = note[2];
		into.push({ title: title, url: url, text: meta, speaker: "", hay: fold(title + " \\u0001 " + meta), rank: 0 });
		note[3].forEach(function (q) {
			into.push({ title: title, url: url + "#" + q[0], text: q[2], speaker: q[1], hay: fold(q[1] + " \\u0001 " + q[2]), rank: 1 });
		});
	}
	function setStatus(text) { if (status) status.textContent = text; }
	function loaded(parts, recent) {
		var hidden = {};
		recent.drop.concat(recent.notes.map(function (n) { return n[1]; })).forEach(function (url) { hidden["/" + url] = true; });
		var notes = recent.notes.slice();
		parts.forEach(function (p) {
			p.notes.forEach(function (n) { if (!hidden["/" + n[1]]) notes.push(n); });
		});
		notes.sort(function (a, b) { return a[0].localeCompare(b[0]); });
		var all = [];
		notes.forEach(function (n) { addNote(n, all); });
		// Notes (title and episode line) before quotes.
		docs = all.filter(function (d) { return d.rank === 0; }).concat(all.filter(function (d) { return d.rank === 1; }));
		run();
	}
	function part(name, again) {
		return fetch(root + "search/index-" + name + ".json", again ? { cache: "reload" } : {}).then(function (r) {
			if (!r.ok) throw new Error(String(r.status));
			return r.json();
		});
	}
	function load(again) {
		return Promise.all([part(1, again), part("recent", again)]).then(function (got) {
			var first = got[0], recent = got[1], rest = [];
			for (var n = 2; n <= first.of; n++) rest.push(part(n, again));
			return Promise.all(rest).then(function (others) {
				var parts = [first].concat(others);
				var same = parts.every(function (p) { return p.id === recent.base; });
				// A browser cache can hold a file of an earlier publish: fetched again, past the cache.
				if (!same && !again) return load(true);
				if (!same) throw new Error("index parts of different publishes");
				loaded(parts, recent);
			});
		});
	}
	function start() {
		if (loading) return;
		loading = true;
		setStatus("Loading the search index…");
		load(false).catch(function () {
			failed = true;
			setStatus("Search is not available: its index could not be loaded.");
		});
	}
	/** Up to 220 characters of the text around the first term: [before, words, after] ("…" where cut). */
	function snippet(doc) {
		var text = doc.text;
		if (text.length <= 220) return ["", text, ""];
		var at = fold(text).length === text.length && terms.length > 0 ? find(fold(text), terms[0]) : -1;
		var from = at > 80 ? at - 60 : 0;
		return [from > 0 ? "…" : "", text.slice(from, from + 220).trim(), "…"];
	}
	/** The snippet as text nodes, each matched term in a <mark> (when folding kept the text's length). */
	function marked(text, into) {
		var hay = fold(text);
		var spans = [];
		if (hay.length === text.length) {
			terms.forEach(function (t) {
				var at = find(hay, t);
				if (at !== -1) spans.push([at, at + t.length]);
			});
		}
		spans.sort(function (a, b) { return a[0] - b[0]; });
		var pos = 0;
		spans.forEach(function (span) {
			if (span[0] < pos) return;
			into.appendChild(document.createTextNode(text.slice(pos, span[0])));
			var mark = document.createElement("mark");
			mark.textContent = text.slice(span[0], span[1]);
			into.appendChild(mark);
			pos = span[1];
		});
		into.appendChild(document.createTextNode(text.slice(pos)));
	}
	function add(doc) {
		var li = document.createElement("li");
		var a = document.createElement("a");
		a.href = root + doc.url;
		a.textContent = doc.title;
		li.appendChild(a);
		if (doc.text || doc.speaker) {
			var p = document.createElement("div");
			p.className = "muted";
			var cut = snippet(doc);
			// Transcripts often start a quote with its speaker's name already.
			if (doc.speaker && (cut[0] + cut[1]).indexOf(doc.speaker) !== 0) {
				var who = document.createElement("strong");
				who.textContent = doc.speaker + ": ";
				p.appendChild(who);
			}
			p.appendChild(document.createTextNode(cut[0]));
			marked(cut[1], p);
			p.appendChild(document.createTextNode(cut[2]));
			li.appendChild(p);
		}
		list.appendChild(li);
	}
	function run() {
		while (list.firstChild) list.removeChild(list.firstChild);
		if (terms.length === 0) return setStatus("");
		if (docs === null) {
			if (!failed) setStatus("Loading the search index…");
			return;
		}
		var found = 0;
		for (var i = 0; i < docs.length; i++) {
			var doc = docs[i];
			if (!terms.every(function (t) { return find(doc.hay, t) !== -1; })) continue;
			if (found < LIMIT) add(doc);
			found++;
		}
		setStatus(found === 0 ? "No results." : found > LIMIT ? "The first " + LIMIT + " of " + found + " results." : found === 1 ? "1 result." : found + " results.");
	}
	function show(query) {
		terms = split(query);
		if (terms.length > 0) start();
		run();
	}
	input.addEventListener("input", function () { show(input.value); });
	if (input.form) input.form.addEventListener("submit", function (e) {
		e.preventDefault();
		show(input.value);
		if (window.history && window.history.replaceState) window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
	});
	var q = new URLSearchParams(window.location.search).get("q");
	if (q) { input.value = q; show(q); }
})();
`;
