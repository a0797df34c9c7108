// Each colour family once (its name in the legend is the catalogue's `explorer.legend.kinds`): its fill and the ink drawn on it (CSS custom
// properties of app.css, so they follow the theme). Boxes and legend swatches both paint from here.
import type { BoxKind, Edge } from './types';

export interface KindStyle {
	/** Custom property of the fill. */
	fill: `--${string}`;
	/** Custom property of text on that fill (>= 4.5:1 against it, light and dark). */
	ink: `--${string}`;
}

export const KINDS: Record<BoxKind, KindStyle> = {
	conv: { fill: '--kind-conv', ink: '--kind-conv-ink' },
	'pool-max': { fill: '--kind-pool-max', ink: '--kind-pool-max-ink' },
	'pool-avg': { fill: '--kind-pool-avg', ink: '--kind-pool-avg-ink' },
	'global-pool': { fill: '--kind-global-pool', ink: '--kind-global-pool-ink' },
	dropout: { fill: '--kind-dropout', ink: '--kind-dropout-ink' },
	dense: { fill: '--kind-dense', ink: '--kind-dense-ink' },
	concat: { fill: '--kind-concat', ink: '--kind-concat-ink' },
	residual: { fill: '--kind-residual', ink: '--kind-residual-ink' },
	scale: { fill: '--kind-scale', ink: '--kind-scale-ink' },
	input: { fill: '--kind-input', ink: '--kind-input-ink' },
	// A whole part in the overview: the page's surface, so the share bar inside it stands out.
	block: { fill: '--color-surface', ink: '--color-text' }
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
