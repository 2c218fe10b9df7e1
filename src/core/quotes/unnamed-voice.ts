// `As one of Naval's friends puts it – "…"`, `As a friend once told me: "…"`: a list item whose words open
// with "As", someone the note does not name and a verb of saying gives the quotation to that someone: a
// quote with no speaker, and no guess from the note's subject (the lead says it is somebody else's;
// decision 40).

/** Words that open a person written without a name: `one of`, `a`, `my`, `someone`… */
const UNNAMED_START = new Set(["one", "a", "an", "some", "someone", "somebody", "my", "our", "his", "her", "their"]);
/** Verbs of saying, in the forms a lead writes them (`puts it`, `once said`, `likes to say`). */
const SAYING = new Set(["says", "said", "say", "puts", "put", "tells", "told", "writes", "wrote", "asks", "asked", "notes", "noted", "remarks", "remarked", "observes", "observed", "explains", "explained", "likes", "liked", "used", "would"]);
/** An adverb between the person and the verb (`a friend once told me`): no part of the person. */
const ADVERBS = new Set(["once", "often", "always", "famously", "later", "then", "also"]);

/**
 * The unnamed person of an inline lead (the words before the dash or colon: `As one of Naval's friends
 * puts in` → `one of Naval's friends`), or null when the lead does not open with "As", such a person and
 * a verb of saying.
 */
export function unnamedVoice(lead: string): string | null {
	const words = lead.trim().split(/\s+/);
	if (words.length < 3 || words.length > 12 || words[0].toLowerCase() !== "as" || !UNNAMED_START.has(words[1].toLowerCase())) return null;
	let verb = -1;
	for (let i = 2; i < words.length && verb < 0; i++) if (SAYING.has(words[i].toLowerCase())) verb = i;
	if (verb < 0) return null;
	let end = verb;
	while (end > 2 && ADVERBS.has(words[end - 1].toLowerCase())) end--;
	// `As someone said`: the person is the one word; `As a friend said`: the words up to the verb.
	if (end < 2 || (end === 2 && !/^some(?:one|body)$/i.test(words[1]))) return null;
	const who = words.slice(1, end).join(" ");
	// `As a result, he said`: a clause before the speaker, who is then somebody else (a pronoun).
	return /[,;.]/.test(who) ? null : who;
}
