// Contract over every registered network: the figures' printed shapes, the public totals, validate().
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { nonTrainable, totalParams, trainable } from '../analysis/counts';
import { trace } from '../analysis/trace';
import { validate } from '../analysis/validate';
import { asPrinted } from '../schema/transform';
import { childrenOf, descendants, find } from '../schema/walk';
import type { Network } from '../schema/types';
import { REGISTRY, VARIANT_WORDS, allNetworks, choiceOf, lookup, variantsOf } from './registry';
import { rowAt } from '../analysis/testing';

function net(id: string, variant?: string): Network {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	return found.network;
}

function shapeAt(network: Network, path: string): readonly number[] {
	const row = trace(network.root, network.input).row(path);
	if (!row) throw new Error(`no row ${path}`);
	return row.output;
}

describe('figures: every printed output shape is reproduced', () => {
	// Fig 3 prints these beside the stem of Inception-v4 / Inception-ResNet-v2.
	it.each([
		['stem/conv1', [149, 149, 32]],
		['stem/conv2', [147, 147, 32]],
		['stem/conv3', [147, 147, 64]],
		['stem/mixed1', [73, 73, 160]],
		['stem/mixed2', [71, 71, 192]],
		['stem/mixed3', [35, 35, 384]]
	])('Fig 3 %s → %j', (path, expected) => {
		expect(shapeAt(net('inception-v4'), path)).toEqual(expected);
		expect(shapeAt(net('inception-resnet-v2', 'paper'), path)).toEqual(expected);
	});

	// Fig 9: the Inception-v4 schema.
	it.each([
		['stem', [35, 35, 384]],
		['inceptionA', [35, 35, 384]],
		['reductionA', [17, 17, 1024]],
		['inceptionB', [17, 17, 1024]],
		['reductionB', [8, 8, 1536]],
		['inceptionC', [8, 8, 1536]],
		['avgPool', [1536]],
		['dropout', [1536]],
		['logits', [1000]]
	])('Fig 9 %s → %j', (path, expected) => {
		expect(shapeAt(net('inception-v4'), path)).toEqual(expected);
	});

	// Fig 14: the Inception-ResNet-v1 stem.
	it.each([
		['stem/conv1', [149, 149, 32]],
		['stem/conv2', [147, 147, 32]],
		['stem/conv3', [147, 147, 64]],
		['stem/pool1', [73, 73, 64]],
		['stem/conv4', [73, 73, 80]],
		['stem/conv5', [71, 71, 192]],
		['stem/conv6', [35, 35, 256]]
	])('Fig 14 %s → %j', (path, expected) => {
		expect(shapeAt(net('inception-resnet-v1'), path)).toEqual(expected);
	});

	// Fig 15 prints Inception-ResNet-v1's sizes (its caption says so).
	it.each([
		['stem', [35, 35, 256]],
		['inceptionResnetA', [35, 35, 256]],
		['reductionA', [17, 17, 896]],
		['inceptionResnetB', [17, 17, 896]],
		['reductionB', [8, 8, 1792]],
		['inceptionResnetC', [8, 8, 1792]],
		['avgPool', [1792]],
		['logits', [1000]]
	])('Fig 15 %s → %j', (path, expected) => {
		expect(shapeAt(net('inception-resnet-v1'), path)).toEqual(expected);
	});

	it('the up-projection widths Figs 10, 11, 13 and 16 print (256, 896, 1792, 384)', () => {
		const up = (n: Network, block: string) => rowAt(trace(n.root, n.input), `${block}/1/body/up`).filters;
		const v1 = net('inception-resnet-v1');
		expect([up(v1, 'inceptionResnetA'), up(v1, 'inceptionResnetB'), up(v1, 'inceptionResnetC')]).toEqual([
			256, 896, 1792
		]);
		expect(up(net('inception-resnet-v2', 'paper'), 'inceptionResnetA')).toBe(384);
	});

	it('Table 1: Reduction-A outputs C_in + n + m for each network', () => {
		expect(shapeAt(net('inception-v4'), 'reductionA')).toEqual([17, 17, 384 + 384 + 256]);
		expect(shapeAt(net('inception-resnet-v1'), 'reductionA')).toEqual([17, 17, 256 + 384 + 256]);
		expect(shapeAt(net('inception-resnet-v2', 'paper'), 'reductionA')).toEqual([17, 17, 384 + 384 + 384]);
	});

	it('block counts: 4/7/3 (Fig 9), 5/10/5 (Fig 15), 10/20/10 released', () => {
		const times = (n: Network) => n.root.children.flatMap((c) => (c.kind === 'repeat' ? [c.times] : []));
		expect(times(net('inception-v4'))).toEqual([4, 7, 3]);
		expect(times(net('inception-resnet-v1'))).toEqual([5, 10, 5]);
		expect(times(net('inception-resnet-v2', 'paper'))).toEqual([5, 10, 5]);
		// The released network's tenth C block has no ReLU and scale 1, so it stands apart.
		const released = net('inception-resnet-v2', 'released');
		expect(times(released)).toEqual([10, 20, 9]);
		const last = find(released.root, 'inceptionResnetCLast');
		expect(last?.kind === 'residual' && [last.scale, last.activation]).toEqual([1, 'linear']);
	});
});

// reference/paper.md §7: released-code networks, 299x299x3, 1000 classes, no aux head.
const PUBLIC_TOTALS = [
	['inception-v3', 'released', 23_851_784, 23_817_352, 34_432, 23_834_568, 5.71],
	['inception-v4', 'released', 42_711_400, 42_648_232, 63_168, 42_679_816, 12.25],
	['inception-resnet-v2', 'released', 55_873_736, 55_813_192, 60_544, 55_843_464, 13.16]
] as const;

describe('public totals (reference/paper.md §7)', () => {
	it.each(PUBLIC_TOTALS)('%s %s', (id, variant, total, train, nonTrain, pytorch, gmacs) => {
		const n = net(id, variant);
		const root = trace(n.root, n.input).root;
		expect(totalParams(root.params)).toBe(total);
		expect(trainable(root.params)).toBe(train);
		expect(nonTrainable(root.params)).toBe(nonTrain);
		expect(totalParams(root.params, 'pytorch')).toBe(pytorch);
		expect(nonTrainable(root.params, 'pytorch')).toBe(0);
		// "about" in the reference: within its last printed digit.
		expect(Math.abs(root.macs / 1e9 - gmacs)).toBeLessThan(0.005);
	});

	it('1001 classes (TF-slim checkpoints) adds one dense column: 1536 weights + 1 bias', () => {
		const a = lookup('inception-v4', undefined, 1001);
		const b = lookup('inception-v4', undefined, 1000);
		if (!a.ok || !b.ok) throw new Error('lookup');
		const params = (n: Network) => totalParams(trace(n.root, n.input).root.params);
		expect(params(a.network) - params(b.network)).toBe(1536 + 1);
	});

	it('E15: the paper-literal IR-v2 costs fewer MACs than Inception-v4, the released one more', () => {
		const macs = (n: Network) => trace(n.root, n.input).root.macs;
		const v4 = macs(net('inception-v4'));
		expect(macs(net('inception-resnet-v2', 'paper'))).toBeLessThan(v4);
		expect(macs(net('inception-resnet-v2', 'released'))).toBeGreaterThan(v4);
	});
});

describe('validate()', () => {
	it.each(allNetworks().map((n) => [n.id, n.variant, n] as const))('%s %s is clean', (_id, _v, n) => {
		expect(validate(n)).toEqual([]);
	});

	it('finds the missing stride of Fig 3 (E1) in Inception-v4 as printed', () => {
		expect(validate(asPrinted(net('inception-v4')))).toEqual([
			expect.objectContaining({
				kind: 'concatSpatial',
				path: 'stem/mixed3',
				shapes: [
					[69, 69, 192],
					[35, 35, 192]
				]
			})
		]);
	});

	it('finds 1154 (Fig 17, E5) and 2048 (Fig 19, E6) in Inception-ResNet-v2 as printed', () => {
		const problems = validate(asPrinted(net('inception-resnet-v2', 'paper')));
		const widths = problems.flatMap((p) =>
			p.kind === 'residualWidth' ? [[p.path.split('/')[0], p.input[2], p.body[2]]] : []
		);
		expect(widths).toContainEqual(['inceptionResnetB', 1152, 1154]);
		expect(widths).toContainEqual(['inceptionResnetC', 2144, 2048]);
		expect(problems.filter((p) => p.kind === 'residualWidth')).toHaveLength(10 + 5);
		expect(problems.some((p) => p.kind === 'concatSpatial' && p.path === 'stem/mixed3')).toBe(true);
	});

	it('Inception-ResNet-v1 as printed is consistent: its figures print no impossible width', () => {
		expect(validate(asPrinted(net('inception-resnet-v1')))).toEqual([]);
	});
});

describe('registry contract', () => {
	it.each(allNetworks().map((n) => [n.id, n.variant, n] as const))(
		'%s %s: unique sibling names, sane parts',
		(_i, _v, n) => {
			const check = (node: Network['root']) => {
				for (const { node: child } of descendants(node)) {
					const names = childrenOf(child).map((c) => c.name);
					expect(new Set(names).size).toBe(names.length);
					expect(names.every((s) => /^[A-Za-z0-9]+$/.test(s))).toBe(true);
				}
			};
			check(n.root);
			expect(n.classes).toBe(1000);
			const result = analyse(n);
			expect(result.ok && result.analysis.trace.output).toEqual([1000]);
		}
	);

	it('every entry resolves its default and its variants; unknowns name the choices', () => {
		for (const entry of REGISTRY) expect(lookup(entry.id).ok).toBe(true);
		const bad = lookup('inception-v5');
		expect(!bad.ok && bad.message).toMatch(
			/inception-v4, inception-resnet-v1, inception-resnet-v2, inception-v3/
		);
		const badVariant = lookup('inception-resnet-v1', 'released');
		expect(!badVariant.ok && badVariant.message).toMatch(/paper/);
	});

	it('lookup returns the entry and the canonical variant, an alias kept as asked', () => {
		const alias = lookup('inception-v4', 'released');
		expect(alias.ok && [alias.entry.id, alias.variant, alias.canonical, alias.network.variant]).toEqual([
			'inception-v4',
			'released',
			'paper',
			'paper'
		]);
		const byDefault = lookup('inception-resnet-v2');
		expect(byDefault.ok && [byDefault.variant, byDefault.canonical]).toEqual(['paper', 'paper']);
		const badVariant = lookup('inception-resnet-v1', 'released');
		expect(!badVariant.ok && badVariant.entry?.id).toBe('inception-resnet-v1');
	});

	it('every variant name a network accepts builds, canonical first, and has words', () => {
		for (const entry of REGISTRY) {
			const choices = variantsOf(entry);
			expect(choices[0].variant).toBe(choices[0].canonical);
			expect(choiceOf(entry)?.variant).toBe(choices[0].variant);
			for (const c of choices) {
				expect(c.network().variant).toBe(c.canonical);
				expect(VARIANT_WORDS[c.variant].label.length).toBeGreaterThan(0);
			}
		}
		expect(choiceOf(REGISTRY[0], 'nonsense')).toBeUndefined();
	});
});

describe('receptive field of the whole network', () => {
	it.each(allNetworks().map((n) => [n.id, n.variant, n] as const))(
		'%s %s: the last block’s field, the same on both axes',
		(_id, _v, n) => {
			const r = analyse(n);
			if (!r.ok) throw new Error(r.error.message);
			const { receptiveField: rf, trace: t } = r.analysis;
			const lastGrid = n.root.children.filter((c) => rowAt(t, c.name).output.length === 3).at(-1)!;
			expect(rf).toEqual(rowAt(t, lastGrid.name).rf);
			// Every network here is symmetric in its kernels overall, so both axes see as far.
			expect(rf.h.size).toBe(rf.w.size);
			expect(rf.h.stride).toBe(32);
			// No leaf inside the last block sees further than the block's output does.
			const inside = t.rows.filter((row) => row.path.startsWith(lastGrid.name + '/'));
			expect(Math.max(...inside.map((row) => row.rf.h.size))).toBeLessThanOrEqual(rf.h.size);
		}
	);
});

describe('input sizes', () => {
	it('shapes recompute at any size', () => {
		const r = analyse(net('inception-v4'), 331);
		expect(r.ok && rowAt(r.analysis.trace, 'stem').output).toEqual([39, 39, 384]);
	});

	it('an impossible size names the failing layer and the smallest size that works', () => {
		const r = analyse(net('inception-v4'), 60);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error.smallest).toBe(75);
		expect(r.error.path).toMatch(/^reduction/);
		expect(r.error.message).toMatch(/75x75/);
		expect(analyse(net('inception-v4'), 75).ok).toBe(true);
		expect(analyse(net('inception-v4'), 74).ok).toBe(false);
	});

	it('nonsense sizes are refused with a message', () => {
		for (const s of [0, -3, 2.5, Number.NaN, 100_000]) {
			const r = analyse(net('inception-v3'), s);
			expect(r.ok).toBe(false);
		}
	});
});
