// An interview excerpt someone shares: a question (`- 怎么看待开源？`), then the answer as a blockquote, then
// `from 杨文`. The answer is the interviewee's, and the `from` line names who shared it, not who spoke
// (decision 40): a `from` line signs no blockquote that stands right under a question.
import { isQuestion } from "./answers";

/** Whether the last non-blank line before 1-based line `first` (a blockquote's first line) asks a question. */
export function answersQuestion(lines: readonly string[], first: number): boolean {
	for (let i = first - 2; i >= 0; i--) {
		const line = lines[i].trim();
		if (line === "") continue;
		// A list item (`- 怎么看待开源？`) or a paragraph; a blockquote line above is another quote, no question.
		if (line[0] === ">") return false;
		return isQuestion(line.replace(/^(?:[-*+]|\d+[.)])[ \t]+/, ""));
	}
	return false;
}
