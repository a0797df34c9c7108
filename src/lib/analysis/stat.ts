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
	/** `compact`: 42.71 M, 5.71 GMAC; `exact`: 42,711,400, 5,710,000,000 MAC. */
	format?: 'compact' | 'exact';
	/** Multiplies a count (the cost of 144 crops is 144 times one crop's). */
	times?: number;
	/** Another square input size than the network's own. */
	input?: number;
}

/** Metrics that are counts (params, MACs, FLOPs, bytes): the ones `times` and a ratio apply to. */
const COUNTS = new Set<Metric>([
	'params',
	'trainableParams',
	'nonTrainableParams',
	'macs',
	'flops',
	'peakActivationBytes',
	'activationBytes'
]);

/** The number behind a count metric, for ratios; throws like `stat` on a bad query. */
export function statValue({ network, variant, path = '', metric, times = 1, input }: StatQuery): number {
	if (!COUNTS.has(metric)) throw new Error(`<Stat>: ${metric} is not a count.`);
	const { analysis, row } = resolve(network, variant, path, input);
	const value = (() => {
		switch (metric) {
			case 'params':
				return totalParams(row.params);
			case 'trainableParams':
				return trainable(row.params);
			case 'nonTrainableParams':
				return nonTrainable(row.params);
			case 'macs':
				return row.macs;
			case 'flops':
				return FLOPS_PER_MAC * row.macs;
			case 'peakActivationBytes':
				if (path) throw new Error('<Stat>: peak memory is computed for whole networks only.');
				return analysis.peakActivationBytes;
			default:
				return row.activationBytes;
		}
	})();
	return value * times;
}

function resolve(network: string, variant: string | undefined, path: string, input: number | undefined) {
	const found = lookup(network, variant);
	if (!found.ok) throw new Error(`<Stat>: ${found.message}`);
	const result = analyse(found.network, input);
	if (!result.ok) throw new Error(`<Stat>: ${result.error.message}`);
	const row = result.analysis.trace.row(path);
	if (!row) throw new Error(`<Stat>: ${network} has no node at "${path}".`);
	return { analysis: result.analysis, row };
}

/** The value as text, with its unit; throws on a bad query so a chapter with a typo fails the build. */
export function stat(query: StatQuery): string {
	const { network, variant, path = '', metric, format = 'compact', times = 1, input } = query;
	if (times !== 1 && !COUNTS.has(metric))
		throw new Error(`<Stat>: times= only multiplies counts, not ${metric}.`);
	const { analysis, row } = resolve(network, variant, path, input);
	// compact ends in its SI prefix ("5.71 G" + "MAC"); an exact count needs a space before the unit.
	const number = (n: number, unit = '') =>
		format === 'exact' ? `${count(n * times)}${unit && ` ${unit}`}` : compact(n * times) + unit;
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
			return bytes(times * analysis.peakActivationBytes);
		case 'activationBytes':
			return bytes(times * row.activationBytes);
		case 'filters':
			if (row.filters === undefined) throw new Error(`<Stat>: ${path} is not a convolution.`);
			// Written as the paper's figures and the diagrams write widths: 2144, not 2,144.
			return String(row.filters);
		case 'output':
			return row.output.join(' × ');
	}
}
