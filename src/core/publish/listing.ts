// The vault's files as one publish sees them (its own module: the publish cache and the notes both use it).
import { LinkResolver } from "./links";

/** The vault's files as one publish sees them: sorted, the notes among them, and a link resolver. */
export interface VaultListing {
	files: string[];
	notePaths: string[];
	existing: ReadonlySet<string>;
	resolver: LinkResolver;
}

export function vaultListing(listed: readonly string[]): VaultListing {
	const files = listed.slice().sort();
	const notePaths = files.filter((p) => /\.md$/i.test(p));
	return { files, notePaths, existing: new Set(notePaths), resolver: new LinkResolver(files) };
}
