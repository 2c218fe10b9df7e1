// A capitalised name a caption writes the way one writes a product or a place, not a person (issue 13,
// decision 43): in bold inside the sentence (`la importancia de **Game Arena** para…`) or after a definite
// article (`el Game Arena`, `the Long Table`). People are written without an article.

/** Definite articles of the corpus's languages (not `a` / `o`: Spanish and Portuguese prepositions too). */
const ARTICLES = new Set(["the", "el", "la", "los", "las", "le", "les", "der", "die", "das", "den", "dem", "het", "il", "lo", "gli", "os", "as"]);

/** Whether `text` writes `name` in bold, or right after a definite article. */
export function namedAsThing(text: string, name: string): boolean {
	if (text.includes(`**${name}**`) || text.includes(`__${name}__`)) return true;
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
		const before = text.slice(Math.max(0, at - 8), at).trimEnd().split(/\s+/).pop() ?? "";
		if (ARTICLES.has(before.toLowerCase())) return true;
	}
	return false;
}

/** A work's kind before its title: `the book [Unreasonable Hospitality](…)`, `his podcast Acquired`. */
const WORK_BEFORE = /(?:^|\s)(?:the|a|an|his|her|their|my|our)\s+(?:new\s+|latest\s+|recent\s+)?(?:book|novel|memoir|film|movie|documentary|podcast|show|episode|article|essay|album|song|paper|newsletter|series)\s+\[?$/i;

/** Whether every place `text` writes `name` is the title of a work named by its kind (`the book X`), nobody who speaks. */
export function namedAsWork(text: string, name: string): boolean {
	let any = false;
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
		if (!WORK_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
		any = true;
	}
	return any;
}
