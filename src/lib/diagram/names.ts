// Words for boxes: their colour family, and what a layer's printed label abbreviates (its spoken name is
// built by ../analysis/naming).
import type { Layer } from '../schema/types';
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
