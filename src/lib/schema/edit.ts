// Edits of a network's top-level parts, as data → data: what turns one definition into another, step by step.
import type { Network, Node } from './types';

function part(network: Network, name: string): number {
	const i = network.root.children.findIndex((c) => c.name === name);
	if (i < 0) throw new Error(`${network.id} (${network.variant}) has no part "${name}"`);
	return i;
}

function withParts(network: Network, children: Node[]): Network {
	return { ...network, root: { ...network.root, children } };
}

/** The network with its part `name` replaced by `f(part)`. */
export function mapPart(network: Network, name: string, f: (node: Node) => Node): Network {
	const i = part(network, name);
	return withParts(
		network,
		network.root.children.map((c, j) => (j === i ? f(c) : c))
	);
}

/** The network with `node` added right after its part `name`. */
export function insertAfter(network: Network, name: string, node: Node): Network {
	const i = part(network, name);
	const children = [...network.root.children];
	children.splice(i + 1, 0, node);
	return withParts(network, children);
}

/** `node` and everything below it without the printed values of errata (they change no number). */
export function withoutPrinted(node: Node): Node {
	switch (node.kind) {
		case 'conv':
		case 'pool': {
			if (!node.printed) return node;
			const { printed: _printed, ...rest } = node;
			return rest;
		}
		case 'globalPool':
		case 'dropout':
		case 'dense':
			return node;
		case 'sequence':
			return { ...node, children: node.children.map(withoutPrinted) };
		case 'concat':
			return { ...node, branches: node.branches.map(withoutPrinted) };
		case 'residual':
		case 'repeat':
			return { ...node, body: withoutPrinted(node.body) };
	}
}
