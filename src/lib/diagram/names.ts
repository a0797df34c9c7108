// Words for boxes: their colour family and the name a screen reader speaks.
import { childrenOf, find } from '../schema/walk';
import { labelOf } from '../schema/label';
import type { Layer, Node, Repeat } from '../schema/types';
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

/** The repeat whose copy `path` names, and the copy's number: `inceptionA/2` is copy 2 of Inception-A. */
export function copyOf(root: Node, path: string): { repeat: Repeat; index: number } | undefined {
	const cut = path.lastIndexOf('/');
	const parent = find(root, cut < 0 ? '' : path.slice(0, cut));
	const index = Number(path.slice(cut + 1));
	if (parent?.kind !== 'repeat' || !Number.isInteger(index) || index < 1 || index > parent.times) return;
	return { repeat: parent, index };
}

/**
 * The name a node goes by in titles and prose, the same everywhere: "Inception-A (copy 1 of 4)" for a repeat's
 * copy, "4 x Inception-A" for the repeat, `label` (its row's printed label) for anything else.
 */
export function titleOf(root: Node, path: string, label: string): string {
	const copy = copyOf(root, path);
	if (copy) return `${labelOf(copy.repeat)} (copy ${copy.index} of ${copy.repeat.times})`;
	const node = find(root, path);
	if (path && node?.kind === 'repeat') return `${node.times} x ${labelOf(node)}`;
	return label;
}

/**
 * A line above a node's title saying what it is and where: "Whole network" for the root, "Block, run 4 times"
 * for a repeated part, "One of 4 copies, each with its own weights" for a copy, its place in words below that.
 */
export function eyebrowOf(root: Node, path: string, networkLabel: string): string {
	if (path === '') return 'Whole network';
	const node = find(root, path);
	if (!path.includes('/')) {
		if (node?.kind === 'repeat') return `Block of ${networkLabel}, run ${node.times} times`;
		return childrenOf(node ?? root).length ? `Block of ${networkLabel}` : `Layer of ${networkLabel}`;
	}
	const copy = copyOf(root, path);
	if (copy) return `One of ${copy.repeat.times} copies, each with its own weights`;
	return placeWords(root, path).join(' ');
}
