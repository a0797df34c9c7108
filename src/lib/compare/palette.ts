// Colours of the compare charts: Okabe & Ito's colour-blind-safe set, as plain values (so an exported chart
// needs no stylesheet). Every chart pairs colour with a label, a shape or a table, never colour alone.
import type { LayerGroup } from './kinds';
import type { ProtocolId } from './errors';
import type { Stage } from './stages';

export const STAGE_COLOURS: Record<Stage, string> = {
	stem: '#a3a3a3',
	a: '#e69f00',
	reductionA: '#f0e442',
	b: '#56b4e9',
	reductionB: '#cc79a7',
	c: '#009e73',
	head: '#d55e00'
};

export const GROUP_COLOURS: Record<LayerGroup, string> = {
	pointwise: '#56b4e9',
	factorised: '#e69f00',
	spatial: '#0072b2',
	pooling: '#f0e442',
	dense: '#d55e00'
};

export type Mark = 'circle' | 'square' | 'triangle' | 'diamond';

export const PROTOCOL_STYLE: Record<ProtocolId, { colour: string; mark: Mark }> = {
	crops1: { colour: '#56b4e9', mark: 'circle' },
	crops12: { colour: '#e69f00', mark: 'square' },
	crops144: { colour: '#009e73', mark: 'triangle' },
	ensemble: { colour: '#cc79a7', mark: 'diamond' }
};

/** An SVG path of a mark of area `area` centred on the origin (equal areas read as equal sizes). */
export function markPath(mark: Mark, area: number): string {
	switch (mark) {
		case 'circle': {
			const r = Math.sqrt(area / Math.PI);
			return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
		}
		case 'square': {
			const h = Math.sqrt(area) / 2;
			return `M${-h},${-h}H${h}V${h}H${-h}Z`;
		}
		case 'triangle': {
			// Equilateral: area = sqrt(3)/4 * side².
			const s = Math.sqrt((4 * area) / Math.sqrt(3));
			const hgt = (Math.sqrt(3) / 2) * s;
			return `M0,${(-2 * hgt) / 3}L${s / 2},${hgt / 3}L${-s / 2},${hgt / 3}Z`;
		}
		case 'diamond': {
			const d = Math.sqrt(area / 2);
			return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
		}
	}
}
