// What tfjs measured against what the analysis computed, row by row: the live run's oracle, said to the reader.
import { count, shape } from '../analysis/format';
import type { Shape } from '../schema/types';

export type Quantity = 'Output' | 'Trainable' | 'Non-trainable';

export interface Check {
	quantity: Quantity;
	tfjs: string;
	analysis: string;
	agrees: boolean;
}

/** What a run reports: the output shape (batch excluded) and countParams() of the training graph. */
export interface Measured {
	output: readonly number[];
	params: { trainable: number; nonTrainable: number };
}

export interface Expected {
	output: Shape;
	trainable: number;
	nonTrainable: number;
}

const sameShape = (a: readonly number[], b: readonly number[]) =>
	a.length === b.length && a.every((v, i) => v === b[i]);

export function agreement(measured: Measured, expected: Expected): Check[] {
	return [
		{
			quantity: 'Output',
			// tfjs reports a plain array, not the analysis' Shape tuple; both read as 35x35x384.
			tfjs: measured.output.join('x'),
			analysis: shape(expected.output),
			agrees: sameShape(measured.output, expected.output)
		},
		{
			quantity: 'Trainable',
			tfjs: count(measured.params.trainable),
			analysis: count(expected.trainable),
			agrees: measured.params.trainable === expected.trainable
		},
		{
			quantity: 'Non-trainable',
			tfjs: count(measured.params.nonTrainable),
			analysis: count(expected.nonTrainable),
			agrees: measured.params.nonTrainable === expected.nonTrainable
		}
	];
}
