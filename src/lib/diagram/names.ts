// Words for boxes: their colour family and the name a screen reader speaks.
import { childrenOf } from '../spec/walk';
import type { Layer, Node } from '../spec/types';
import type { BoxKind } from './types';

export function kindOf(layer: Layer): BoxKind {
	switch (layer.kind) {
		case 'conv':
			return 'conv';
		case 'pool':
			return layer.op === 'max' ? 'pool-max' : 'pool-avg';
		case 'globalPool':
			return 'global-pool';
		case 'dropout':
			return 'dropout';
		case 'dense':
			return 'dense';
	}
}

const stride = ([h, w]: readonly [number, number]) =>
	h === 1 && w === 1 ? '' : h === w ? `, stride ${h}` : `, stride ${h}x${w}`;

/** "3x3 Conv, 96 filters, stride 2, valid padding": the layer alone, in words. */
export function layerWords(layer: Layer, filters?: number): string {
	switch (layer.kind) {
		case 'conv': {
			const f = typeof layer.filters === 'number' ? layer.filters : filters;
			return (
				`${layer.kernel[0]}x${layer.kernel[1]} Conv` +
				(f === undefined ? '' : `, ${f} filters`) +
				stride(layer.stride) +
				(layer.padding === 'valid' ? ', valid padding' : '') +
				(layer.activation === 'linear' ? ', linear' : '')
			);
		}
		case 'pool':
			return (
				`${layer.size[0]}x${layer.size[1]} ${layer.op === 'max' ? 'max' : 'average'} pool` +
				stride(layer.stride) +
				(layer.padding === 'valid' ? ', valid padding' : '')
			);
		case 'globalPool':
			return 'Global average pooling';
		case 'dropout':
			return `Dropout, keep ${layer.keep}`;
		case 'dense':
			return `Fully connected, ${layer.units} classes, softmax`;
	}
}

/**
 * Where a node sits, in words, from the network root: ["Inception-A", "branch 3"].
 * Repeat copies, residual bodies and the residual's branch concat add no words of their own.
 */
export function placeWords(root: Node, path: string): string[] {
	const words: string[] = [];
	let node: Node | undefined = root;
	const names = path ? path.split('/') : [];
	for (let i = 0; i < names.length && node; i++) {
		const parent: Node = node;
		node = childrenOf(parent).find((c) => c.name === names[i]);
		if (!node || i === names.length - 1) break;
		switch (parent.kind) {
			case 'sequence':
				if (i === 0) words.push(node.label ?? node.name);
				else if (node.kind === 'concat' && node.name !== 'branches') words.push(node.label ?? node.name);
				break;
			case 'concat': {
				const n = /^b(\d+)$/.exec(node.name);
				const where = n ? `branch ${n[1]}` : (node.label ?? node.name);
				const last = words.length - 1;
				// "split branch 1" reads better than two entries.
				if (parent.name === 'split' && last >= 0 && words[last] === 'split') words[last] = `split ${where}`;
				else words.push(where);
				break;
			}
			case 'repeat':
			case 'residual':
			case 'conv':
			case 'pool':
			case 'globalPool':
			case 'dropout':
			case 'dense':
				break;
		}
	}
	return words;
}

/** "Inception-A branch 3, 3x3 Conv, 96 filters". */
export function spokenName(root: Node, path: string, what: string): string {
	const place = placeWords(root, path).join(' ');
	return place ? `${place}, ${what}` : what;
}
