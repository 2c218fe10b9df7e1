import { isSafeOutputPath, pageFile, relativeUrl } from "../../../src/core/publish/url";
import { sanitizePermalink, slugUrl } from "../../../src/core/publish";

/** `count` strings of `length` pieces from `alphabet`, the same every run (a fixed linear congruential seed). */
function randomStrings(alphabet: string[], seed: number, count: number, length: number): string[] {
	const out: string[] = [];
	for (let n = 0; n < count; n++) {
		let raw = "";
		for (let k = 0; k < length; k++) {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			raw += alphabet[seed % alphabet.length];
		}
		out.push(raw);
	}
	return out;
}

describe("note URLs", () => {
	test("the Digital Garden slug of the #367 note's vault path", () => {
		expect(slugUrl("010 Inbox/367 Sam Altman - OpenAI CEO on GPT-4, ChatGPT, and the Future of AI.md")).toBe(
			"/010-inbox/367-sam-altman-open-ai-ceo-on-gpt-4-chat-gpt-and-the-future-of-ai/",
		);
	});

	test.each([
		["Podcasts/Café Crème.md", "/podcasts/cafe-creme/"],
		["Notes/iPhone and JavaScript.md", "/notes/i-phone-and-java-script/"],
		["a/b/C++ & Rust.md", "/a/b/c-and-rust/"],
		["Welcome.md", "/welcome/"],
	])("%s → %s", (path, url) => expect(slugUrl(path)).toBe(url));

	test.each([
		["/010-inbox/367-x/", "/010-inbox/367-x/"],
		["a/b", "/a/b/"],
		["../../etc/passwd", "/etc/passwd/"],
		["/../../../tmp/evil", "/tmp/evil/"],
		["..\\..\\windows", "/windows/"],
		["C:/Users/me", "/C-/Users/me/"],
		["a/\u0000b/c", "/a/b/c/"],
		["%2e%2e/%2e%2e/x", "/x/"],
		["%252e%252e/%252e%252e/x", "/x/"],
		["%25252e%25252E/y", "/y/"],
		["a%3Fb/c%23d/100%", "/a-b/c-d/100-/"],
		["a/.hidden/b", "/a/hidden/b/"],
		["...", null],
		["", null],
		[42, null],
	])("permalink %j → %j", (raw, url) => expect(sanitizePermalink(raw)).toBe(url));

	test("very long permalink segments are clipped to a size every file system takes", () => {
		const url = sanitizePermalink(`/${"é".repeat(400)}/${"x".repeat(1000)}/`) ?? "";
		for (const segment of url.split("/").filter(Boolean)) expect(new TextEncoder().encode(segment).length).toBeLessThanOrEqual(200);
		expect(isSafeOutputPath(pageFile(url))).toBe(true);
	});

	test("every sanitised permalink is a safe output path (random input)", () => {
		for (const raw of randomStrings(["a", "/", "\\", ".", "..", "\u0000", "%2e", ":", " ", "é", "~", "C:"], 7, 2000, 12)) {
			const url = sanitizePermalink(raw);
			if (url !== null) expect(isSafeOutputPath(pageFile(url))).toBe(true);
		}
	});

	test("no sanitised segment decodes to . or .. however often a server decodes it (random input)", () => {
		for (const raw of randomStrings(["a", "/", ".", "%", "2", "5", "e", "E", "%2e", "%25", "%252e", "?", "#"], 11, 3000, 10)) {
			for (const segment of (sanitizePermalink(raw) ?? "/").split("/").filter(Boolean)) {
				expect(segment).not.toMatch(/[%?#]/);
				expect([".", ".."]).not.toContain(segment);
			}
		}
	});

	test("relative links between pages", () => {
		expect(relativeUrl("/a/b/", "/c/")).toBe("../../c/");
		expect(relativeUrl("/", "/c/#x")).toBe("./c/#x");
		expect(relativeUrl("/a/", "/")).toBe("../");
	});
});
