// A single number of a network, for prose: chapters embed <Stat>, which asks here; nothing is typed by hand.
import { lookup } from '../networks/registry';
import { analyse } from './analyse';
import { FLOPS_PER_MAC, nonTrainable, totalParams, trainable } from './counts';
import { bytes, compact, count } from './format';

export const METRICS = [
	'params',
	'trainableParams',
	'nonTrainableParams',
	'macs',
	'flops',
	'peakActivationBytes',
	'activationBytes',
	'filters',
	'output'
] as const;
export type Metric = (typeof METRICS)[number];

export interface StatQuery {
	network: string;
	variant?: string;
	/** A node path; the whole network when empty. */
	path?: string;
	metric: Metric;
	/** `compact`: 42.71 M; `exact`: 42,711,400. */
	format?: 'compact' | 'exact';
}

/** The value as text, with its unit; throws on a bad query so a chapter with a typo fails the build. */
export function stat({ network, variant, path = '', metric, format = 'compact' }: StatQuery): string {
	const found = lookup(network, variant);
	if (!found.ok) throw new Error(`<Stat>: ${found.message}`);
	const result = analyse(found.network);
	if (!result.ok) throw new Error(`<Stat>: ${result.error.message}`);
	const row = result.analysis.trace.row(path);
	if (!row) throw new Error(`<Stat>: ${network} has no node at "${path}".`);
	const number = (n: number, unit = '') => (format === 'exact' ? count(n) : compact(n)) + unit;
	switch (metric) {
		case 'params':
			return number(totalParams(row.params));
		case 'trainableParams':
			return number(trainable(row.params));
		case 'nonTrainableParams':
			return number(nonTrainable(row.params));
		case 'macs':
			return number(row.macs, 'MAC');
		case 'flops':
			return number(FLOPS_PER_MAC * row.macs, 'FLOP');
		case 'peakActivationBytes':
			if (path) throw new Error('<Stat>: peak memory is computed for whole networks only.');
			return bytes(result.analysis.peakActivationBytes);
		case 'activationBytes':
			return bytes(row.activationBytes);
		case 'filters':
			if (row.filters === undefined) throw new Error(`<Stat>: ${path} is not a convolution.`);
			return count(row.filters);
		case 'output':
			return row.output.join(' × ');
	}
}
