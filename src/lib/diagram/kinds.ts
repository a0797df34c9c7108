// Names of the colour families, for the legend and the table.
import type { BoxKind } from './types';

export const KIND_LABELS: Record<BoxKind, string> = {
	conv: 'Convolution',
	'pool-max': 'Max pool',
	'pool-avg': 'Average pool',
	'global-pool': 'Global average pool',
	dropout: 'Dropout',
	dense: 'Fully connected',
	concat: 'Filter concat',
	residual: 'Residual add',
	scale: 'Activation scaling',
	input: 'Input / output',
	block: 'Block'
};

export const KIND_ORDER = Object.keys(KIND_LABELS) as BoxKind[];
