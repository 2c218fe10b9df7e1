// A reporter's attribution after a quotation's closing mark: `"…," says Richter.`, `"…," Karim explained.`,
// `"…," siger han.` (paragraph.ts, blockquote.ts). Not the heading form of says.ts (`
import type { WrittenSpeaker } from "./raw";

/** Speech verbs a reporter writes after a quotation (`"…," says Richter.`, `siger han`, `dit-il`). */
const SAYS_VERB =
	"says|said|explains|explained|adds|added|tells|told|notes|noted|recalls|recalled|continues|continued|laughs|laughed|" +
	"siger|sagde|tilføjer|fortæller|forklarer|sier|sa|säger|berättar|sagt|sagte|erklärt|meint|ergänzt|dit|explique|ajoute|" +
	"dice|explica|afirma|añade|diz|explica|acrescenta|dice|spiega|aggiunge|zegt|vertelt|" +
	// Norwegian and Swedish, Finnish and Estonian press (`forteller Lars`, `minns Sasha`, `Tähkä sanoo`, `räägib Vello`).
	"forteller|fortsetter|fortsatte|mener|forklarer|opplyser|minnes|minns|sade|menar|förklarar|fortsätter|tillägger|konstaterar|" +
	"sanoo|sanoi|kertoo|kertoi|toteaa|totesi|jatkaa|jatkoi|lisää|lisäsi|muistelee|muisteli|selittää|selitti|" +
	"ütleb|ütles|räägib|rääkis|meenutab|meenutas|lisab|lisas|sõnab|sõnas|selgitab|kinnitab|jutustab";
/** A word between the name and its verb: `"…," Feynman had said.`, `Einstein once said`. */
const AUXILIARY = String.raw`(?:had|has|once|later|also|then)[ \t]+`;
/** A pronoun in place of the name (`"…," he says.`, `siger han`): the note says whom it stands for. */
const PRONOUN = "he|she|han|hun|hon|hän|er|sie|il|elle|él|ella|ele|ela|lui|lei|hij|zij";
/**
 * One to three capitalised words; a full stop only after an initial (`J. Doe`), so `Richter.` ends the sentence.
 * Never a capitalised pronoun: `"Just walk," I said.` is the writer's own line, nobody named.
 */
const NAME_WORDS = String.raw`(?!(?:I|We|You|They|It)(?![\p{L}\p{M}'’.-]))\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)(?:\s+\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)){0,2}`;
/** After the closing mark: `, says Richter.`, `, Richter says.`, `, Feynman had said.`, `siger han.`, `, she said`. */
export const SAYS = new RegExp(
	String.raw`^,?[ \t]+(?:(?:${SAYS_VERB})(?:-(?:il|elle))?[ \t]+(?:(${PRONOUN})|(${NAME_WORDS}))|(?:(${PRONOUN})|(${NAME_WORDS}))[ \t]+(?:${AUXILIARY})?(?:${SAYS_VERB}))(?=[ \t]*(?:[.,;:!?]|$))`,
	"u",
);

const NOBODY: WrittenSpeaker = { speakerRaw: null, name: null, target: null, qualifier: null, timestamp: null, cite: [] };

/**
 * The reporter's attribution ending `line` (`> "…," siger Ole Damgaard.`): where the words end (after the
 * closing mark) and the name, or null for a pronoun; null when the line ends otherwise.
 */
export function saysAtEnd(line: string, from: number, closers: string): (WrittenSpeaker & { cut: number }) | null {
	for (let close = line.length - 2; close > from; close--) {
		if (closers.indexOf(line.charAt(close)) < 0) continue;
		const rest = line.slice(close + 1);
		const m = SAYS.exec(rest);
		if (m === null || !/^[ \t]*[.!]?[ \t]*$/.test(rest.slice(m[0].length))) return null;
		const name = m[2] ?? m[4] ?? null;
		return name === null ? { ...NOBODY, cut: close + 1 } : { ...NOBODY, cut: close + 1, speakerRaw: name, name };
	}
	return null;
}
