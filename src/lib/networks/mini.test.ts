import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { nonTrainable, trainable } from '../analysis/counts';
import { validate } from '../analysis/validate';
import { allNetworks } from './registry';
import { MINI_DEPTHS, checkMini, miniNetwork, miniPair } from './mini';

function totals(depth: number, width = 32, scale = 1) {
	const pair = miniPair({ depth, width, scale });
	return Object.fromEntries(
		Object.entries(pair).map(([kind, net]) => {
			const r = analyse(net);
			if (!r.ok) throw new Error(r.error.message);
			const root = r.analysis.trace.root;
			return [
				kind,
				{
					trainable: trainable(root.params),
					nonTrainable: nonTrainable(root.params),
					macs: root.macs,
					output: root.output
				}
			];
		})
	);
}

const depths = Array.from({ length: MINI_DEPTHS.max - MINI_DEPTHS.min + 1 }, (_, i) => MINI_DEPTHS.min + i);

describe('mini networks', () => {
	it.each(depths)(
		'depth %i: plain and residual learn the same number of parameters at the same MACs',
		(depth) => {
			const t = totals(depth);
			// The plain mix conv's BN beta replaces the up-projection's bias: the trainable counts are equal.
			expect(t.plain.trainable).toBe(t.residual.trainable);
			expect(Math.abs(t.plain.macs - t.residual.macs) / t.residual.macs).toBeLessThan(0.01);
			expect(t.plain.output).toEqual([10]);
		}
	);

	it('at the race default, the numbers a hand count gives', () => {
		// stem 3*3*3*16 + 3*3*16*32; per block 3936 weights; BN betas 16 + 32 + 8 * 60; dense 32*10 + 10.
		const t = totals(8);
		expect(t.residual.trainable).toBe(432 + 4608 + 8 * (3936 + 60 + 1024 + 32) + 16 + 32 + 330);
		// MACs at 16x16 then 8x8 after the stride-2 pool: stem convs, 8 blocks, the classifier.
		const block = 64 * (256 * 3 + 576 + 864 + 1728 + 1024);
		expect(t.residual.macs).toBe(256 * 432 + 64 * 4608 + 8 * block + 320);
	});

	it('every variant validates, and none is in the paper registry', () => {
		for (const depth of [2, 8, 12])
			for (const net of Object.values(miniPair({ depth, width: 128, scale: 0.1 })))
				expect(validate(net)).toEqual([]);
		expect(allNetworks().some((n) => n.id.startsWith('mini'))).toBe(false);
	});

	it.each([
		[{ depth: 0, width: 32, scale: 1 }, /Depth/],
		[{ depth: 25, width: 32, scale: 1 }, /Depth/],
		[{ depth: 4, width: 30, scale: 1 }, /Width/],
		[{ depth: 4, width: 32, scale: 0 }, /scale/]
	])('rejects %o', (o, message) => {
		expect(checkMini({ ...o, kind: 'residual' })).toMatch(message);
		expect(() => miniNetwork({ ...o, kind: 'residual' })).toThrow(message);
	});
});
