import { parseNote } from "../../../src/core/note";
import { titleConversation } from "../../../src/core/quotes/subject";

describe("a title presenting two people in conversation", () => {
	it.each([
		["Josh Waitzkin and Tim Ferriss on the Cave Process (#498)", true],
		["Ada Brook & Ben Cole: Building Tools", true],
		["Gespräch: Anna Weber und Jonas Klein über Arbeit", true],
		// One person on a show, a host named after "with", topics and shows joined by "and": no conversation.
		["Jacob Howland on the Art of Manliness With Brett McKay", false],
		["Seth Godin on the Knowledge Project", false],
		["Fighting, Fitness and Freedom | Jocko Podcast #260", false],
		["Harry Potter and The Goblet Of Fire", false],
	])("%s → %s", (title, expected) => {
		expect(titleConversation(title)).toBe(expected);
	});
});

const highlights = (title: string): string =>
	[
		`title:: ${title}`,
		"",
		"- Highlights",
		"\t- “How can you test your assumptions in a cheap, quick way?” ([View Highlight](https://read.readwise.io/read/1))",
		"\t- “You have to focus on meta-learning or you will be toast” *Ben Cole* ([View Highlight](https://read.readwise.io/read/2))",
	].join("\n");

describe("the next highlight's speaker", () => {
	it("gives an unattributed highlight the next one's speaker when one person speaks", () => {
		const q = parseNote("n.md", highlights("Ben Cole on Learning (highlights)")).quotes.find((x) => x.line === 4);
		expect(q?.speaker).toBe("Ben Cole");
	});

	it("guesses no speaker for it when the title presents two people in conversation", () => {
		const quotes = parseNote("n.md", highlights("Ada Brook and Ben Cole on Learning (highlights)")).quotes;
		expect(quotes.find((x) => x.line === 4)?.speaker ?? null).toBeNull();
		expect(quotes.find((x) => x.line === 5)?.speaker).toBe("Ben Cole");
	});
});
