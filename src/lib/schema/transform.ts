// Variants of a definition, as data → data.
import type { Network, Node, Sequence } from './types';

/**
 * The network exactly as the figures print it: every `printed` value put back in place of the one used. A value
 * the figures leave out (`unprinted`) has nothing to put back, so the one used stays.
 */
export function asPrinted(network: Network): Network {
	return { ...network, root: printedNode(network.root) as Sequence };
}

function printedNode(node: Node): Node {
	switch (node.kind) {
		case 'conv':
			return node.printed ? { ...node, ...printedValues(node.printed) } : node;
		case 'pool':
			return node.printed ? { ...node, ...printedValues(node.printed) } : node;
		case 'globalPool':
		case 'dropout':
		case 'dense':
			return node;
		case 'sequence':
			return { ...node, children: node.children.map(printedNode) };
		case 'concat':
			return { ...node, branches: node.branches.map(printedNode) };
		case 'residual':
			return { ...node, body: printedNode(node.body) };
		case 'repeat':
			return { ...node, body: printedNode(node.body) };
	}
}

function printedValues<T extends { erratum: unknown; unprinted?: unknown }>({
	erratum: _erratum,
	unprinted: _unprinted,
	...values
}: T) {
	return values;
}
