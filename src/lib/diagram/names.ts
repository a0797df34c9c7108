// Words for boxes: their colour family, and what a layer's printed label abbreviates (its spoken name is
// built by ../analysis/naming).
import type { Layer } from '../schema/types';
import type { BoxKind } from './types';
import { explorer as en } from '../i18n/en/explorer';

/** The words of spoken names: a catalogue's `explorer.diagram` (English by default). */
export type DiagramWords = typeof en.diagram;

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
export function layerWords(layer: Layer, filters?: number, w: DiagramWords = en.diagram): string {
	const valid = 'padding' in layer && layer.padding === 'valid' ? [w.valid] : [];
	switch (layer.kind) {
		case 'conv': {
			const f = typeof layer.filters === 'number' ? layer.filters : filters;
			return [
				...(f === undefined ? [] : [w.filters(f)]),
				...valid,
				...(layer.activation === 'linear' ? [w.linear] : [])
			].join(', ');
		}
		case 'pool':
			return [layer.op === 'max' ? w.max : w.average, ...valid].join(', ');
		case 'globalPool':
			return w.perChannel;
		case 'dropout':
			return w.identity;
		case 'dense':
			return w.classes(layer.units);
	}
}
