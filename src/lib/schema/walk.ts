// Paths and traversal. A path is the one id of a node: `inceptionA/2/b4/conv3`.
import { join, segments } from './path';
import type { Node, Repeat } from './types';

// Copies are made once per repeat and kept: stable identities, and no rebuilding on every walk.
const copies = new WeakMap<Repeat, readonly Node[]>();

function copiesOf(node: Repeat): readonly Node[] {
	let list = copies.get(node);
	if (!list) {
		list = Array.from({ length: node.times }, (_, i) => ({ ...node.body, name: String(i + 1) }));
		copies.set(node, list);
	}
	return list;
}

/** A node's children in forward order; a repeat's children are its copies, named 1…times. */
export function childrenOf(node: Node): readonly Node[] {
	switch (node.kind) {
		case 'sequence':
			return node.children;
		case 'concat':
			return node.branches;
		case 'residual':
			return [node.body];
		case 'repeat':
			return copiesOf(node);
		case 'conv':
		case 'pool':
		case 'globalPool':
		case 'dropout':
		case 'dense':
			return [];
	}
}

export interface Visit {
	node: Node;
	path: string;
	depth: number;
}

/** Every node below `root` (root excluded), depth-first in forward order. */
export function* descendants(root: Node, base = ''): Generator<Visit> {
	function* go(node: Node, path: string, depth: number): Generator<Visit> {
		for (const child of childrenOf(node)) {
			const childPath = join(path, child.name);
			yield { node: child, path: childPath, depth };
			yield* go(child, childPath, depth + 1);
		}
	}
	yield* go(root, base, 0);
}

/** The node at `path` below `root`, or undefined. The empty path is the root itself. */
export function find(root: Node, path: string): Node | undefined {
	let node: Node | undefined = root;
	for (const name of segments(path)) {
		node = node && childrenOf(node).find((c) => c.name === name);
		if (!node) return undefined;
	}
	return node;
}
