// Labels as the paper prints them: `1x7 Conv (224)`, `3x3 Conv (32 stride 2 V)`, `3x3 MaxPool (stride 2 V)`.
import type { Node, Pair } from './types';

const dims = ([h, w]: Pair) => `${h}x${w}`;

function strideText([h, w]: Pair): string {
	if (h === 1 && w === 1) return '';
	return h === w ? `stride ${h}` : `stride ${h}x${w}`;
}

function options(...parts: string[]): string {
	const text = parts.filter(Boolean).join(' ');
	return text ? ` (${text})` : '';
}

/** The figures number a concat's branches left to right; `index` counts from 0. */
export function branchLabel(index: number): string {
	return `Branch ${index + 1}`;
}

/** `filters` is the resolved width (a residual up-projection's comes from its input). */
export function labelOf(node: Node, filters?: number): string {
	if (node.label) return node.label;
	switch (node.kind) {
		case 'conv': {
			const f = typeof node.filters === 'number' ? node.filters : filters;
			return `${dims(node.kernel)} Conv${options(
				f === undefined ? '' : String(f),
				strideText(node.stride),
				node.padding === 'valid' ? 'V' : '',
				node.activation === 'linear' ? 'Linear' : ''
			)}`;
		}
		case 'pool':
			return `${dims(node.size)} ${node.op === 'max' ? 'MaxPool' : 'AvgPool'}${options(
				strideText(node.stride),
				node.padding === 'valid' ? 'V' : ''
			)}`;
		case 'globalPool':
			return 'Global Average Pooling';
		case 'dropout':
			return `Dropout (keep ${node.keep})`;
		case 'dense':
			return `Fully connected (${node.units}, softmax)`;
		case 'sequence':
			return node.name;
		case 'concat':
			return 'Filter concat';
		case 'residual':
			return `Residual (scale ${node.scale})`;
		case 'repeat':
			// The count belongs to the title ("4 x Inception-A", ../analysis/naming), not to the label.
			return node.name;
	}
}
