// What every node is called, once: titles ("4 x Inception-A", "Inception-A (copy 2 of 4)"), the line above a
// title, and a node's place in words ("Inception-C branch 4 split branch 2"). Pages, tables, exports, the CLI
// and the 404 all ask here, so a block has one name everywhere. Read from the row's structure, never its name.
import { explorer as en } from '../i18n/en/explorer';
import { labelOf } from '../schema/label';
import type { Node } from '../schema/types';
import { ancestorRows, branchIndex, copyOf, isResidualBody } from './rows';
import type { Row } from './trace';

/** The words naming uses, from a catalogue's `explorer.naming` (English by default, as the CLI speaks). */
export type NamingWords = typeof en.naming;

/** A repeat shown as a whole: "4 x Inception-A". */
export function repeated(label: string, times: number): string {
	return `${times} x ${label}`;
}

/** Which copy of a repeat: "copy 2 of 4". */
export function copyWords(index: number, times: number, words: NamingWords = en.naming): string {
	return words.copy(index, times);
}

/** A top-level part of a definition by its node alone (for pages without a trace): "4 x Inception-A". */
export function partTitle(node: Node): string {
	return node.kind === 'repeat' ? repeated(labelOf(node), node.times) : labelOf(node);
}

/**
 * The name a row goes by in titles, tables and prose: `network` for the whole network, "4 x Inception-A" for a
 * repeat, "Inception-A (copy 1 of 4)" for one of its copies, its printed label for anything else.
 */
export function titleOf(row: Row, network?: string, words: NamingWords = en.naming): string {
	if (!row.parent && network) return network;
	const copy = copyOf(row);
	if (copy) return `${copy.repeat.label} (${copyWords(copy.index, copy.times, words)})`;
	if (row.node.kind === 'repeat') return repeated(row.label, row.node.times);
	return row.label;
}

/** `titleOf` for a narrow column (the CLI's table): a copy is "Inception-A 2/4". */
export function shortTitleOf(row: Row): string {
	const copy = copyOf(row);
	return copy ? `${copy.repeat.label} ${copy.index}/${copy.times}` : titleOf(row);
}

/** A title with the copies it was reached through: "3x3 Conv (96) (copy 3 of 4)". */
export function withCopies(
	title: string,
	copies: readonly { index: number; times: number }[],
	words: NamingWords = en.naming
): string {
	const said = copies.map((c) => copyWords(c.index, c.times, words)).join(', ');
	return said ? `${title} (${said})` : title;
}

/**
 * Where a row sits, in words, from the network root: ["Inception-A", "branch 3"]. Repeat copies, residual
 * bodies and the residual's own branch concat add no words of their own.
 */
export function placeWords(row: Row, say: NamingWords = en.naming): string[] {
	const words: string[] = [];
	// Top down, the row itself and the traced root excluded.
	for (const at of ancestorRows(row).reverse()) {
		const parent = at.parent;
		if (!parent) continue;
		const branch = branchIndex(at);
		if (!parent.parent) words.push(at.node.label ?? at.node.name);
		else if (branch !== undefined) words.push(say.branch(branch + 1));
		else if (at.node.kind === 'concat' && parent.node.kind === 'sequence' && !isResidualBody(parent))
			words.push(at.node.label ?? at.node.name);
	}
	return words;
}

/** `placeWords` as one phrase: "Inception-A branch 3". */
export function placeOf(row: Row, words: NamingWords = en.naming): string {
	return placeWords(row, words).join(' ');
}

/** "Inception-A branch 3, 3x3 Conv (96), 96 filters": place, the visible label, then what it abbreviates. */
export function spokenName(row: Row, label: string, words = '', say: NamingWords = en.naming): string {
	return [placeOf(row, say), label, words].filter(Boolean).join(', ');
}

/**
 * A line above a row's title saying what it is and where: "Whole network" for the root, "Block of Inception-v4,
 * run 4 times" for a repeated part, "One of 4 copies, each with its own weights" for a copy, else its place.
 */
export function eyebrowOf(row: Row, network: string, words: NamingWords = en.naming): string {
	if (!row.parent) return words.wholeNetwork;
	if (!row.parent.parent) {
		if (row.node.kind === 'repeat') return words.blockRun(network, row.node.times);
		return row.children.length ? words.block(network) : words.layer(network);
	}
	const copy = copyOf(row);
	if (copy) return words.oneCopy(copy.times);
	return placeOf(row, words);
}
