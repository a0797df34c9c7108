// Property tests: any definition the vocabulary can express yields whole, non-negative, finite counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	branch,
	concat,
	conv,
	maxPool,
	avgPool,
	repeat,
	residual,
	seq,
	upProjection,
	type KernelText
} from '../schema/build';
import type { Node } from '../schema/types';
import { allNetworks } from '../networks/registry';
import { topOf } from '../schema/path';
import { MAX_INPUT, analyse } from './analyse';
import { peakActivationBytes } from './memory';
import { trace } from './trace';

const SMALLEST = 75;

const kernelText = fc.constantFrom<KernelText>('1x1', '3x3', '1x7', '7x1', '5x5', '1x3', '3x1');
const padding = fc.constantFrom<'same' | 'valid'>('same', 'valid');

const layer: fc.Arbitrary<Node> = fc.oneof(
	fc
		.record({
			f: fc.integer({ min: 1, max: 48 }),
			k: kernelText,
			s: fc.integer({ min: 1, max: 2 }),
			p: padding
		})
		.map(({ f, k, s, p }) => conv(f, k, { stride: s, padding: p })),
	fc
		.record({
			op: fc.constantFrom(maxPool, avgPool),
			k: fc.integer({ min: 1, max: 3 }),
			s: fc.integer({ min: 1, max: 2 }),
			p: padding
		})
		.map(({ op, k, s, p }) => op(k, { stride: s, padding: p }))
);

const tree = fc.letrec<{ node: Node }>((tie) => ({
	node: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		layer,
		fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((kids) => seq('s', ...kids)),
		fc
			.array(tie('node'), { minLength: 1, maxLength: 3 })
			.map((kids) => concat('c', ...kids.map((k) => branch(k)))),
		fc
			.array(layer, { minLength: 1, maxLength: 2 })
			.map((kids) => residual('r', concat('branches', ...kids.map((k) => branch(k))), upProjection(), 0.2)),
		fc.tuple(fc.integer({ min: 1, max: 3 }), tie('node')).map(([times, body]) => repeat('x', times, body))
	)
})).node;

const whole = (n: number) => Number.isInteger(n) && n >= 0;

describe('counts over random definitions', () => {
	it('are whole, non-negative and finite at every row', () => {
		fc.assert(
			fc.property(
				tree,
				fc.integer({ min: 1, max: 64 }),
				fc.integer({ min: 1, max: 16 }),
				(node, size, channels) => {
					const t = trace(node, [size, size, channels]);
					for (const row of t.rows) {
						expect(row.output.every((d) => whole(d) && d > 0)).toBe(true);
						expect(Object.values(row.params).every(whole)).toBe(true);
						expect(whole(row.macs)).toBe(true);
						expect(Object.values(row.ops).every(whole)).toBe(true);
						expect(whole(row.activationBytes)).toBe(true);
						for (const axis of [row.rf.h, row.rf.w]) {
							expect(whole(axis.size) && axis.size >= 1 && whole(axis.stride) && axis.stride >= 1).toBe(true);
							expect(Number.isFinite(axis.offset)).toBe(true);
						}
					}
					const peak = peakActivationBytes(t.root);
					expect(whole(peak) && peak >= size * size * channels * 4).toBe(true);
				}
			),
			{ numRuns: 300, seed: 20161602 }
		);
	});

	it('a block totals the sum of its parts', () => {
		fc.assert(
			fc.property(tree, fc.integer({ min: 8, max: 40 }), (node, size) => {
				const t = trace(node, [size, size, 8]);
				const layers = t.rows.filter((r) => r.node.kind === 'conv' || r.node.kind === 'pool');
				const root = t.root;
				expect(root.macs).toBe(layers.reduce((m, r) => m + r.macs, 0));
				expect(root.params.weights).toBe(layers.reduce((m, r) => m + r.params.weights, 0));
			}),
			{ numRuns: 200, seed: 7261 }
		);
	});

	// The smallest input that works is 75x75 for every network here (README); the stems' valid convolutions
	// and stride-2 pools decide it. Sizes at or above it work, up to MAX_INPUT; below it the message names the
	// first layer that fails and offers 75.
	it.each(allNetworks().map((n) => [`${n.id} (${n.variant})`, n] as const))(
		'%s works from 75x75 up and says which layer fails below',
		(_, network) => {
			const check = (size: number) => {
				const r = analyse(network, size);
				if (size >= SMALLEST && size <= MAX_INPUT) {
					expect(r.ok, `${size}x${size} works`).toBe(true);
					return;
				}
				expect(r.ok, `${size}x${size} fails`).toBe(false);
				if (r.ok) return;
				expect(r.error.smallest).toBe(SMALLEST);
				if (size >= 1 && size <= MAX_INPUT) {
					expect(r.error.path, 'names a layer').not.toBe('');
					expect(network.root.children.map((c) => c.name)).toContain(topOf(r.error.path));
					expect(r.error.message).toContain(r.error.path);
					expect(r.error.message).toContain(`${SMALLEST}x${SMALLEST}`);
				} else {
					expect(r.error.message).toMatch(new RegExp(`from 1 to ${MAX_INPUT}`));
				}
			};
			for (const size of [SMALLEST - 1, SMALLEST, MAX_INPUT, MAX_INPUT + 1, 0]) check(size);
			fc.assert(fc.property(fc.integer({ min: -10, max: MAX_INPUT + 100 }), check), {
				numRuns: 25,
				seed: 1
			});
		}
	);
});
