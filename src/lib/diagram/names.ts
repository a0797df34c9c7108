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

/**
 * Words that spell out a layer's printed label, which they follow in its spoken name (so the name contains the
 * visible text): "96 filters, valid padding" for `3x3 Conv (96 V)`.
 */
export function layerWords(layer: Layer, filters?: number): string {
	const valid = 'padding' in layer && layer.padding === 'valid' ? ['V = valid padding'] : [];
	switch (layer.kind) {
		case 'conv': {
			const f = typeof layer.filters === 'number' ? layer.filters : filters;
			return [
				...(f === undefined ? [] : [`${f} filters`]),
				...valid,
				...(layer.activation === 'linear' ? ['Linear = no activation'] : [])
			].join(', ');
		}
		case 'pool':
			return [layer.op === 'max' ? 'maximum' : 'average', ...valid].join(', ');
		case 'globalPool':
			return 'one average per channel';
		case 'dropout':
			return 'identity at inference';
		case 'dense':
			return `${layer.units} classes`;
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

/** "Inception-A branch 3, 3x3 Conv (96), 96 filters": place, the visible label, then what it abbreviates. */
export function spokenName(root: Node, path: string, label: string, words = ''): string {
	return [placeWords(root, path).join(' '), label, words].filter(Boolean).join(', ');
}
