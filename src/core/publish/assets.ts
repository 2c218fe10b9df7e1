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
figure.pg-quote, figure.pg-quote-copy { margin: 1.25rem 0; }
.note-quotes { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); }
.speaker-quotes h3 { margin-bottom: 0.5rem; }
.quote-sources li { margin: 0.35rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.search-box { display: flex; gap: 0.5rem; }
.search-box input { flex: 1; padding: 0.5rem; font: inherit; color: var(--fg); background: var(--card); border: 1px solid var(--line); border-radius: 6px; }
.search-results li { margin: 0.5rem 0; }
.pager { margin: 2rem 0; color: var(--muted); }
.footer { color: var(--muted); font-size: 0.85em; text-align: center; padding: 2rem 1rem; }
.pg-quote-card { margin: 0 0 1.5rem; }
.pg-quote-card img { display: block; width: 100%; height: auto; border: 1px solid var(--line); border-radius: 8px; }
`;

/**
 * Client-side search. `search/notes.json` lists the notes (title, URL, episode line) and names each note's
 * quote shard; the shards are fetched a few at a time on the first search and results appear as they
 * arrive. Results are built with DOM calls only (no HTML strings).
 */
export const SEARCH_JS = `(function () {
	"use strict";
	var input = document.getElementById("pg-search-input");
	var list = document.getElementById("pg-search-results");
	if (!input || !list) return;
	var status = document.getElementById("pg-search-status");
	var root = document.body.getAttribute("data-root") || "./";
	var LIMIT = 50;
	var PARALLEL = 6;
	var notes = null;
	var shards = [];
	var loaded = 0;
	var failed = 0;
	var started = false;
	var terms = [];
	var shown = 0;
	function words(text) { return text.toLowerCase().split(/\\s+/).filter(Boolean); }
	function matches(entry, title) {
		var hay = (title + " " + entry.text + " " + (entry.speaker || "")).toLowerCase();
		return terms.every(function (t) { return hay.indexOf(t) !== -1; });
	}
	function setStatus() {
		if (!status) return;
		var total = shards.length;
		var text = "";
		if (terms.length > 0 && notes === null) text = "Loading…";
		else if (terms.length > 0 && loaded + failed < total) text = "Searching quotes… " + (loaded + failed) + " of " + total + " notes";
		if (terms.length > 0 && failed > 0 && loaded + failed === total) text = failed + " notes could not be searched.";
		status.textContent = text;
	}
	function add(title, entry) {
		if (shown >= LIMIT) return;
		shown++;
		var li = document.createElement("li");
		var a = document.createElement("a");
		a.href = root + entry.url;
		a.textContent = title;
		li.appendChild(a);
		if (entry.text) {
			var p = document.createElement("div");
			p.className = "muted";
			p.textContent = (entry.speaker ? entry.speaker + ": " : "") + entry.text.slice(0, 220);
			li.appendChild(p);
		}
		list.appendChild(li);
	}
	function scanShard(shard) {
		if (!shard.data) return;
		for (var i = 0; i < shard.data.entries.length && shown < LIMIT; i++) {
			if (matches(shard.data.entries[i], shard.data.title)) add(shard.data.title, shard.data.entries[i]);
		}
	}
	function noneYet() {
		if (shown > 0 || terms.length === 0 || notes === null || loaded + failed < shards.length) return;
		if (list.firstChild) return;
		var none = document.createElement("li");
		none.textContent = "No results.";
		list.appendChild(none);
	}
	function fetchShard(shard) {
		return fetch(root + shard.path).then(function (r) {
			if (!r.ok) throw new Error(String(r.status));
			return r.json();
		}).then(function (data) {
			shard.data = data;
			loaded++;
			if (terms.length > 0) scanShard(shard);
		}, function () { failed++; }).then(function () { setStatus(); noneYet(); });
	}
	function loadShards() {
		var next = 0;
		function worker() {
			if (next >= shards.length) return Promise.resolve();
			var shard = shards[next++];
			return fetchShard(shard).then(worker);
		}
		for (var k = 0; k < PARALLEL; k++) worker();
	}
	function start() {
		if (started) return;
		started = true;
		fetch(root + "search/notes.json").then(function (r) { return r.json(); }).then(function (data) {
			notes = data.notes;
			notes.forEach(function (n) { if (n.shard) shards.push({ path: n.shard, data: null }); });
			run();
			loadShards();
		}, function () {
			if (status) status.textContent = "Search is not available.";
		});
	}
	function run() {
		while (list.firstChild) list.removeChild(list.firstChild);
		shown = 0;
		if (terms.length > 0 && notes !== null) {
			for (var i = 0; i < notes.length && shown < LIMIT; i++) if (matches(notes[i], notes[i].title)) add(notes[i].title, notes[i]);
			shards.forEach(scanShard);
		}
		setStatus();
		noneYet();
	}
	function show(query) {
		terms = words(query);
		if (terms.length > 0) start();
		run();
	}
	input.addEventListener("input", function () { show(input.value); });
	if (input.form) input.form.addEventListener("submit", function (e) { e.preventDefault(); show(input.value); });
	var q = new URLSearchParams(window.location.search).get("q");
	if (q) { input.value = q; show(q); }
})();
`;
