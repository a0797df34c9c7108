import { describe, expect, it } from 'vitest';
import { agreement } from './agreement';

const expected = { output: [35, 35, 384] as const, trainable: 316_640, nonTrainable: 768 };

describe('tfjs against the analysis', () => {
	it('agrees row by row when every number matches', () => {
		const checks = agreement(
			{ output: [35, 35, 384], params: { trainable: 316_640, nonTrainable: 768 } },
			expected
		);
		expect(checks).toEqual([
			{ quantity: 'Output', tfjs: '35x35x384', analysis: '35x35x384', agrees: true },
			{ quantity: 'Trainable', tfjs: '316,640', analysis: '316,640', agrees: true },
			{ quantity: 'Non-trainable', tfjs: '768', analysis: '768', agrees: true }
		]);
	});

	it.each([
		['a different width', [35, 35, 383], { trainable: 316_640, nonTrainable: 768 }, 'Output'],
		['a lost axis', [35, 384], { trainable: 316_640, nonTrainable: 768 }, 'Output'],
		['one weight too many', [35, 35, 384], { trainable: 316_641, nonTrainable: 768 }, 'Trainable'],
		['no moving statistics', [35, 35, 384], { trainable: 316_640, nonTrainable: 0 }, 'Non-trainable']
	] as const)('flags %s, and only that row', (_, output, params, quantity) => {
		const bad = agreement({ output, params }, expected).filter((c) => !c.agrees);
		expect(bad.map((c) => c.quantity)).toEqual([quantity]);
	});
});
