// A lead-in that names only a topic (`On what it takes to innovate (first you have to survive):`) in a post
// whose other lead-ins all name one person: the post quotes that person topic by topic (issue 13, decision 43).
import type { Quote } from "../types";

/** `On …:` / `About …:` as the whole paragraph before the quote, one sentence. */
const TOPIC = /^(?:on|about|sobre|über|sur)\s+[^:：.!?]{1,150}[:：]\s*$/i;

/** Whether the paragraph before a quote only names a topic. */
export function isTopicLeadIn(text: string | null | undefined): boolean {
	return typeof text === "string" && TOPIC.test(text.trim());
}

/** The one speaker the note's lead-ins name (`…this response from Afeyan:`), or null (none, or several). */
export function onlyLeadInSpeaker(quotes: readonly Quote[]): string | null {
	let found: string | null = null;
	for (const q of quotes) {
		if (q.inferred !== "lead-in" || q.speaker === null) continue;
		if (found !== null && found !== q.speaker) return null;
		found = q.speaker;
	}
	return found;
}
