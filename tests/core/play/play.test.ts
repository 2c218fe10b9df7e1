// Timestamps that play: every timestamp form, every address form, the addresses left alone, and which
// address a quote plays from.
import { parseNote } from "../../../src/core/note";
import { clockOf, playLink, playUrlAt, secondsOf } from "../../../src/core/play";

describe("timestamps as seconds", () => {
	test.each([
		["0:07", 7],
		["9:21", 561],
		["12:05", 725],
		["59:59", 3599],
		["00:12:05", 725],
		["1:02:03", 3723],
		["01:02:03", 3723],
		["10:00:00", 36000],
		[" 12:05 ", 725],
	])("%s → %i s", (timestamp, seconds) => expect(secondsOf(timestamp)).toBe(seconds));

	test.each([["12:60"], ["1:60:00"], ["1:00:60"], ["123:00"], ["12"], ["12:5"], ["1:2:3"], ["1:02:03:04"], ["ab:cd"], [""], ["-1:00"], ["1:00.5"]])(
		"%j is no time",
		(timestamp) => expect(secondsOf(timestamp)).toBeNull(),
	);

	test("null stays null", () => expect(secondsOf(null)).toBeNull());

	test.each([
		[7, "0:07"],
		[725, "12:05"],
		[3599, "59:59"],
		[3723, "1:02:03"],
		[36000, "10:00:00"],
	])("%i s reads %s", (seconds, clock) => expect(clockOf(seconds)).toBe(clock));
});

describe("addresses re-timed", () => {
	test.each([
		// YouTube watch pages, every host; a time already there is replaced, other parameters kept.
		["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=725s", "youtube"],
		["https://youtube.com/watch?v=dQw4w9WgXcQ&list=PL1&index=2", "https://youtube.com/watch?v=dQw4w9WgXcQ&list=PL1&index=2&t=725s", "youtube"],
		["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30s", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=725s", "youtube"],
		["https://www.youtube.com/watch?t=1h2m&v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=725s", "youtube"],
		["https://www.youtube.com/watch?v=dQw4w9WgXcQ&start=10&time_continue=4", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=725s", "youtube"],
		["https://m.youtube.com/watch?v=dQw4w9WgXcQ", "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=725s", "youtube"],
		["https://music.youtube.com/watch?v=dQw4w9WgXcQ&feature=share", "https://music.youtube.com/watch?v=dQw4w9WgXcQ&feature=share&t=725s", "youtube"],
		["http://www.youtube.com/watch?v=dQw4w9WgXcQ#comments", "http://www.youtube.com/watch?v=dQw4w9WgXcQ&t=725s#comments", "youtube"],
		// Short links keep their form.
		["https://youtu.be/dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ?t=725", "youtube"],
		["https://youtu.be/dQw4w9WgXcQ?t=42", "https://youtu.be/dQw4w9WgXcQ?t=725", "youtube"],
		["https://youtu.be/dQw4w9WgXcQ?si=abc123&t=42", "https://youtu.be/dQw4w9WgXcQ?si=abc123&t=725", "youtube"],
		// Shorts, live, embeds: the same video's watch page.
		["https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=725s", "youtube"],
		["https://www.youtube.com/live/dQw4w9WgXcQ?si=x1", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=x1&t=725s", "youtube"],
		["https://m.youtube.com/shorts/dQw4w9WgXcQ", "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=725s", "youtube"],
		["https://www.youtube.com/embed/dQw4w9WgXcQ?start=90", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=725s", "youtube"],
		["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=725s", "youtube"],
		// Vimeo: the `#t=` fragment, replacing one already there.
		["https://vimeo.com/76979871", "https://vimeo.com/76979871#t=725s", "vimeo"],
		["https://vimeo.com/76979871#t=1m2s", "https://vimeo.com/76979871#t=725s", "vimeo"],
		["https://vimeo.com/channels/staffpicks/76979871", "https://vimeo.com/channels/staffpicks/76979871#t=725s", "vimeo"],
		["https://vimeo.com/76979871/abc123def4", "https://vimeo.com/76979871/abc123def4#t=725s", "vimeo"],
		["https://player.vimeo.com/video/76979871?h=abc", "https://player.vimeo.com/video/76979871?h=abc#t=725s", "vimeo"],
		// Audio and video files, also behind a feed's tracking redirect or with the file's address encoded in the path.
		["https://cdn.example.com/ep367.mp3", "https://cdn.example.com/ep367.mp3#t=725", "media"],
		["https://cdn.example.com/ep367.MP3?updated=1700000000", "https://cdn.example.com/ep367.MP3?updated=1700000000#t=725", "media"],
		["https://cdn.example.com/ep367.m4a#t=10,20", "https://cdn.example.com/ep367.m4a#t=725", "media"],
		["https://cdn.example.com/talk.mp4", "https://cdn.example.com/talk.mp4#t=725", "media"],
		["https://cdn.example.com/talk.webm", "https://cdn.example.com/talk.webm#t=725", "media"],
		["https://cdn.example.com/a.ogg", "https://cdn.example.com/a.ogg#t=725", "media"],
		["https://cdn.example.com/a.opus", "https://cdn.example.com/a.opus#t=725", "media"],
		["https://dts.podtrac.com/redirect.mp3/traffic.megaphone.fm/ABC123.mp3", "https://dts.podtrac.com/redirect.mp3/traffic.megaphone.fm/ABC123.mp3#t=725", "media"],
		[
			"https://anchor.fm/s/12ab/podcast/play/345/https%3A%2F%2Fd3ctxlq1ktw2nl.cloudfront.net%2Fstaging%2Fep.m4a",
			"https://anchor.fm/s/12ab/podcast/play/345/https%3A%2F%2Fd3ctxlq1ktw2nl.cloudfront.net%2Fstaging%2Fep.m4a#t=725",
			"media",
		],
		// PodNotes: same episode and feed, the time set (an end of a segment link dropped), encoding kept.
		[
			"obsidian://podnotes?episodeName=367%20Sam%20Altman&url=https%3A%2F%2Flexfridman.com%2Ffeed%2Fpodcast%2F",
			"obsidian://podnotes?episodeName=367%20Sam%20Altman&url=https%3A%2F%2Flexfridman.com%2Ffeed%2Fpodcast%2F&time=725",
			"podnotes",
		],
		[
			"obsidian://podnotes?episodeName=Show&url=https%3A%2F%2Fx.com%2Ffeed&time=83&endTime=93",
			"obsidian://podnotes?episodeName=Show&url=https%3A%2F%2Fx.com%2Ffeed&time=725",
			"podnotes",
		],
	])("%s", (url, expected, kind) => expect(playUrlAt(url, 725)).toEqual({ url: expected, kind }));

	test("hours: 1:02:03 on YouTube, Vimeo and a file", () => {
		const at = secondsOf("1:02:03")!;
		expect(playUrlAt("https://youtu.be/dQw4w9WgXcQ", at)?.url).toBe("https://youtu.be/dQw4w9WgXcQ?t=3723");
		expect(playUrlAt("https://www.youtube.com/watch?v=dQw4w9WgXcQ", at)?.url).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3723s");
		expect(playUrlAt("https://vimeo.com/76979871", at)?.url).toBe("https://vimeo.com/76979871#t=3723s");
		expect(playUrlAt("https://cdn.example.com/ep.mp3", at)?.url).toBe("https://cdn.example.com/ep.mp3#t=3723");
	});

	test("re-timing a re-timed address gives the same address", () => {
		for (const url of ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=5s", "https://youtu.be/dQw4w9WgXcQ?t=5", "https://vimeo.com/76979871#t=5s", "https://cdn.example.com/ep.mp3#t=5"]) {
			const once = playUrlAt(url, 725)!.url;
			expect(playUrlAt(once, 725)!.url).toBe(once);
			expect(once.match(/t=/g)).toHaveLength(1);
		}
	});

	test("an address known to be a file (frontmatter `audio`) plays without an extension", () => {
		expect(playUrlAt("https://feeds.example.com/episodes/367/download", 725)).toBeNull();
		expect(playUrlAt("https://feeds.example.com/episodes/367/download", 725, { media: true })).toEqual({ url: "https://feeds.example.com/episodes/367/download#t=725", kind: "media" });
		// Still never a page of a video site taken for a file.
		expect(playUrlAt("https://www.youtube.com/@lexfridman", 725, { media: true })).toBeNull();
	});
});

describe("addresses left alone", () => {
	test.each([
		// Pages that are no player.
		["https://lexfridman.com/sam-altman/"],
		["https://lexfridman.com/feed/podcast/"],
		["https://podcasts.apple.com/us/podcast/367-sam-altman/id1434243584?i=1000603153441"],
		["https://open.spotify.com/episode/4l3ck6QHo1lDlZCxGA5D1d"],
		["https://www.youtube.com/@lexfridman"],
		["https://www.youtube.com/channel/UCSHZKyawb77ixDdsGog4iWA"],
		["https://www.youtube.com/playlist?list=PLrAXtmErZgOdP_8GztsuKi9nrraNbKKp4"],
		["https://www.youtube.com/watch"],
		["https://www.youtube.com/watch?v=short"],
		["https://youtu.be/"],
		["https://youtu.be/not-an-id-at-all"],
		["https://vimeo.com/about"],
		["https://vimeo.com/user12"],
		["https://example.com/mp3-guide"],
		["https://example.com/ep.mp3.html"],
		// Malformed or unsafe.
		["not a url"],
		["https://"],
		["http://exa mple.com/a.mp3"],
		["https://example.com/a.mp3\" onclick=\"x"],
		["https://example.com/a(1).mp3"],
		["//cdn.example.com/ep.mp3"],
		["ftp://example.com/ep.mp3"],
		["file:///Users/me/ep.mp3"],
		["data:audio/mp3;base64,AAAA"],
		// Never a script.
		["javascript:alert(1)"],
		["JavaScript:alert(document.cookie)//.mp3"],
		[" javascript:void(0)//https://youtu.be/dQw4w9WgXcQ"],
		["javascript://youtu.be/%0Aalert(1)//dQw4w9WgXcQ"],
		["vbscript:msgbox(1)"],
		["java\tscript:alert(1)//a.mp3"],
		["https://cdn.example.com/a\u0000.mp3"],
		["https://cdn.example.com/a\u007f.mp3"],
		// PodNotes links that name no episode, or other obsidian:// links.
		["obsidian://podnotes?time=10"],
		["obsidian://podnotes?episodeName=Show"],
		["obsidian://open?vault=v&file=note"],
	])("%j", (url) => expect(playUrlAt(url, 725)).toBeNull());

	test("no negative or fractional times", () => {
		expect(playUrlAt("https://youtu.be/dQw4w9WgXcQ", -1)).toBeNull();
		expect(playUrlAt("https://youtu.be/dQw4w9WgXcQ", 1.5)).toBeNull();
	});
});

describe("the address a quote plays from", () => {
	const quote = (timestamp: string | null, cite: string[] = []) => ({ timestamp, cite });
	const app = { podnotes: true };

	test("a link on the quote wins over the frontmatter", () => {
		const note = { frontmatter: { url: "https://youtu.be/dQw4w9WgXcQ" } };
		expect(playLink(quote("9:21", ["[▶ 9:21](https://www.youtube.com/watch?v=abcdefghijk&t=561s)"]), note, app)).toEqual({
			url: "https://www.youtube.com/watch?v=abcdefghijk&t=561s",
			kind: "youtube",
			seconds: 561,
			label: "Play at 9:21",
		});
	});

	test("a cite that is no player (a highlight link) leaves the frontmatter to decide", () => {
		const note = { frontmatter: { url: "https://youtu.be/dQw4w9WgXcQ" } };
		expect(playLink(quote("00:12:05", ["[View Highlight](https://read.readwise.io/read/01h)"]), note, app)?.url).toBe("https://youtu.be/dQw4w9WgXcQ?t=725");
	});

	test.each([
		["url", "https://youtu.be/dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ?t=3723"],
		["link", "https://vimeo.com/76979871", "https://vimeo.com/76979871#t=3723s"],
		["youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3723s"],
		["youtube", "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3723s"],
		["audio", "https://feeds.example.com/367/download", "https://feeds.example.com/367/download#t=3723"],
		["episode_url", "[Episode](https://cdn.example.com/367.mp3)", "https://cdn.example.com/367.mp3#t=3723"],
		["podcast_url", "<https://cdn.example.com/367.m4a>", "https://cdn.example.com/367.m4a#t=3723"],
	])("frontmatter %s: %s", (key, value, expected) => {
		expect(playLink(quote("1:02:03"), { frontmatter: { [key]: value } }, app)?.url).toBe(expected);
	});

	test("the first key that can play: a show page under `url` gives way to `audio`", () => {
		const note = { frontmatter: { url: "https://lexfridman.com/sam-altman/", audio: "https://cdn.example.com/367.mp3" } };
		expect(playLink(quote("12:05"), note, app)?.url).toBe("https://cdn.example.com/367.mp3#t=725");
	});

	test("no time, or nothing to play from: no link", () => {
		expect(playLink(quote(null), { frontmatter: { url: "https://youtu.be/dQw4w9WgXcQ" } }, app)).toBeNull();
		expect(playLink(quote("12:05"), { frontmatter: { url: "https://lexfridman.com/sam-altman/" } }, app)).toBeNull();
		expect(playLink(quote("12:05"), { frontmatter: { url: "javascript:alert(1)//x.mp3" } }, app)).toBeNull();
		expect(playLink(quote("12:05"), undefined, app)).toBeNull();
	});

	test("a PodNotes note plays in PodNotes in Obsidian, never on the site", () => {
		const text = [
			"---",
			"type: podcastEpisode",
			"url: https://lexfridman.com/sam-altman/",
			"---",
			"# 367 Sam Altman",
			"",
			"[Resume in PodNotes](obsidian://podnotes?episodeName=367%20Sam%20Altman&url=https%3A%2F%2Flexfridman.com%2Ffeed%2Fpodcast%2F)",
			"",
			"> We will need new ideas. – Sam Altman (00:12:05)",
		].join("\n");
		const record = parseNote("Podcasts/367.md", text);
		expect(record.podnotes).toBe("obsidian://podnotes?episodeName=367%20Sam%20Altman&url=https%3A%2F%2Flexfridman.com%2Ffeed%2Fpodcast%2F");
		const [q] = record.quotes;
		expect(q.timestamp).toBe("00:12:05");
		expect(playLink(q, record, app)).toEqual({
			url: "obsidian://podnotes?episodeName=367%20Sam%20Altman&url=https%3A%2F%2Flexfridman.com%2Ffeed%2Fpodcast%2F&time=725",
			kind: "podnotes",
			seconds: 725,
			label: "Play at 12:05",
		});
		expect(playLink(q, record, { podnotes: false })).toBeNull();
	});

	test("a PodNotes timestamp link on the quote is re-timed to the quote's own time", () => {
		const record = parseNote("Podcasts/pn.md", "> Ship it. – Sam Altman [01:23](obsidian://podnotes?episodeName=Show&url=https%3A%2F%2Fx.com%2Ffeed&time=83)\n");
		const [q] = record.quotes;
		expect(q.timestamp).toBe("01:23");
		expect(playLink(q, record, app)?.url).toBe("obsidian://podnotes?episodeName=Show&url=https%3A%2F%2Fx.com%2Ffeed&time=83");
	});

	test("only allowed keys on the site", () => {
		const note = { frontmatter: { audio: "https://cdn.example.com/private.mp3", url: "https://youtu.be/dQw4w9WgXcQ" } };
		expect(playLink(quote("12:05"), note, { podnotes: false, keys: ["url"] })?.url).toBe("https://youtu.be/dQw4w9WgXcQ?t=725");
		expect(playLink(quote("12:05"), note, { podnotes: false, keys: ["title"] })).toBeNull();
	});

	test("every timestamp form the parser reads plays", () => {
		const fm = "---\nurl: https://youtu.be/dQw4w9WgXcQ\n---\n";
		const notes: [string, string][] = [
			["> The best ideas come from users. – Sam Altman (00:12:05)\n", "725"],
			["> The best ideas come from users. – Sam Altman [12:05]\n", "725"],
			["> The best ideas come from users. – Sam Altman [▶ 9:21](https://youtu.be/dQw4w9WgXcQ)\n", "561"],
			["Lex Fridman (1:01:00):\nWhere do ideas come from?\n\nSam Altman (1:02:03):\nThe best ideas come from users.\n\nLex Fridman (1:03:00):\nTell me more.\n\nSam Altman (1:04:00):\nSure.\n", "3723"],
			["[00:11:00] Lex: Where?\n[00:12:05] Sam: The best ideas come from users.\n[00:13:00] Lex: More.\n[00:14:00] Sam: Sure.\n", "725"],
		];
		for (const [body, t] of notes) {
			const record = parseNote("Podcasts/t.md", fm + body);
			const q = record.quotes.find((x) => x.text.includes("best ideas"));
			expect(q).toBeDefined();
			expect(playLink(q!, record, app)?.url).toBe(`https://youtu.be/dQw4w9WgXcQ?t=${t}`);
		}
	});
});
