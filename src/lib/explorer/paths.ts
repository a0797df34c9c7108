// Paths as readers write them. A repeat's copies are numbered (`inceptionA/1/b3/conv2`), but people (and the
// architecture notes) often leave the copy out: `inceptionA/b3/conv2`. Pure: no DOM, runs in tests.
import type { Node } from '../schema/types';
import { SEPARATOR, segments } from '../schema/path';
import { childrenOf, find } from '../schema/walk';

/**
 * The node's full path for `path`: `path` itself when it names a node, the same path with copy 1 filled in
 * wherever it passes a repeat without naming a copy, or null when neither names a node.
 */
export function resolvePath(root: Node, path: string): string | null {
	if (find(root, path)) return path;
	const names = segments(path);
	const out: string[] = [];
	let node: Node = root;
	for (const name of names) {
		let next = childrenOf(node).find((c) => c.name === name);
		if (!next && node.kind === 'repeat') {
			// A repeat's children are its copies; step into copy 1 and look for the name there.
			const first: Node = childrenOf(node)[0];
			next = childrenOf(first).find((c) => c.name === name);
			if (next) out.push(first.name);
		}
		if (!next) return null;
		out.push(name);
		node = next;
	}
	return out.join(SEPARATOR);
}

/**
 * Where a node is drawn: diagrams and tables show a repeat's first copy only, so `inceptionB/3/b2/conv`
 * is drawn as `inceptionB/1/b2/conv`. `copies` says which copy (of how many) each repeat on the way was,
 * for copies other than the first; the copy itself (`inceptionB/3`) is named by its title already.
 */
export function drawnPath(
	root: Node,
	path: string
): { drawn: string; copies: { index: number; times: number }[] } {
	const names = segments(path);
	const copies: { index: number; times: number }[] = [];
	let node: Node | undefined = root;
	const out = names.map((name, i) => {
		const parent: Node | undefined = node;
		node = parent && childrenOf(parent).find((c) => c.name === name);
		if (parent?.kind !== 'repeat' || name === '1' || !node) return name;
		if (i < names.length - 1) copies.push({ index: Number(name), times: parent.times });
		return '1';
	});
	return { drawn: out.join(SEPARATOR), copies };
}
