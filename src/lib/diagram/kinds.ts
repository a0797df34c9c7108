// Each colour family once: its name in the legend and table, its fill and the ink drawn on it (CSS custom
// properties of app.css, so they follow the theme). Boxes and legend swatches both paint from here.
import type { BoxKind, Edge } from './types';

export interface KindStyle {
	label: string;
	/** Custom property of the fill. */
	fill: `--${string}`;
	/** Custom property of text on that fill (>= 4.5:1 against it, light and dark). */
	ink: `--${string}`;
}

export const KINDS: Record<BoxKind, KindStyle> = {
	conv: { label: 'Convolution', fill: '--kind-conv', ink: '--kind-conv-ink' },
	'pool-max': { label: 'Max pool', fill: '--kind-pool-max', ink: '--kind-pool-max-ink' },
	'pool-avg': { label: 'Average pool', fill: '--kind-pool-avg', ink: '--kind-pool-avg-ink' },
	'global-pool': { label: 'Global average pool', fill: '--kind-global-pool', ink: '--kind-global-pool-ink' },
	dropout: { label: 'Dropout', fill: '--kind-dropout', ink: '--kind-dropout-ink' },
	dense: { label: 'Fully connected', fill: '--kind-dense', ink: '--kind-dense-ink' },
	concat: { label: 'Filter concat', fill: '--kind-concat', ink: '--kind-concat-ink' },
	residual: { label: 'Residual add', fill: '--kind-residual', ink: '--kind-residual-ink' },
	scale: { label: 'Activation scaling', fill: '--kind-scale', ink: '--kind-scale-ink' },
	input: { label: 'Input / output', fill: '--kind-input', ink: '--kind-input-ink' },
	// A whole part in the overview: the page's surface, so the share bar inside it stands out.
	block: { label: 'Block', fill: '--color-surface', ink: '--color-text' }
};

/** Legend order: the order of the map above. */
export const KIND_ORDER = Object.keys(KINDS) as BoxKind[];

/** The line and arrowhead colour of each kind of edge (one colour per edge: the head matches its line). */
export const EDGE_STROKE: Record<Edge['kind'], `--${string}`> = {
	flow: '--color-text-muted',
	identity: '--kind-residual'
};

/** `var(--name)`, for a style attribute. */
export function paint(property: `--${string}`): string {
	return `var(${property})`;
}
