// Which node an explorer page shows in its detail panel, from what the page and the URL ask for. Pure: the
// rules (copy 1 filled in, a wrong path falls back to the part, a later copy is drawn on its copy-1 twin)
// are tested here, and Explorer.svelte only reads the answer.
import { explorer as en } from '../i18n/en/explorer';
import { titleOf, withCopies } from '../analysis/naming';
import type { Trace } from '../analysis/trace';
import { isWithin } from '../schema/path';
import type { Network } from '../schema/types';
import { drawnPath, resolvePath } from './paths';

/** The explorer's words (a catalogue's `explorer` section; English by default). */
type Words = typeof en;

export interface Selection {
	/** The node shown: always a path of the trace ('' is the whole network). */
	path: string;
	/** Where it is drawn in the diagram and table (a later copy's node: its copy-1 twin). */
	drawn: string;
	/** Which copy (of how many) each repeat on the way was, for copies other than the first. */
	copies: { index: number; times: number }[];
	/** The full path the URL should say instead of what it says (copy 1 filled in), or null. */
	canonical: string | null;
	/** Why what was asked for is not shown, in words; null when it is. */
	problem: string | null;
	/** The node lies outside the part on screen (a `?path=` into another part). */
	elsewhere: boolean;
}

/** A top-level part's title: "4 x Inception-A" for a repeat, its label otherwise, "Overview" for ''. */
export function partTitle(trace: Trace, part: string, words: Words = en): string {
	if (part === '') return words.naming.overview;
	const row = trace.row(part);
	return row ? titleOf(row, undefined, words.naming) : part;
}

/**
 * Resolves the selection of a page showing `part`: the URL's `?path=` first, else the node the page's own
 * address names (`initial`), else the part itself.
 */
export function select(
	network: Network,
	trace: Trace,
	part: string,
	query: string | null,
	initial: string | null = null,
	words: Words = en
): Selection {
	const asked = query ?? initial ?? part;
	const wanted = resolvePath(network.root, asked) ?? asked;
	const known = trace.row(wanted) !== undefined;
	const path = known ? wanted : part;
	const { drawn, copies } = drawnPath(network.root, path);
	const where = part ? partTitle(trace, part, words) : null;
	return {
		path,
		drawn,
		copies,
		canonical: known && query !== null && wanted !== query ? wanted : null,
		problem: known ? null : words.query.noNode(network.label, wanted, where),
		elsewhere: part !== '' && !isWithin(path, part)
	};
}

/** The panel's title for the selection: the network for '', else the node's title, with its copy. */
export function selectionTitle(
	network: Network,
	trace: Trace,
	selection: Selection,
	words: Words = en
): string {
	const row = trace.row(selection.path) ?? trace.root;
	return withCopies(titleOf(row, network.label, words.naming), selection.copies, words.naming);
}
