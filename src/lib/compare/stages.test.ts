// Stage grouping and the layer-kind breakdown, over every registered network.
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { totalParams } from '../analysis/counts';
import { allNetworks } from '../networks/registry';
import type { Network } from '../schema/types';
import { compareAll, subjects } from './compare';
import { depthOf } from './depth';
import { groupOf, kindBreakdown } from './kinds';
import { STAGES, stagesOf } from './stages';
import { conv, head, repeat, seq } from '../schema/build';
import { inceptionResnetA } from '../networks/blocks';

function traced(network: Network) {
	const result = analyse(network);
	if (!result.ok) throw new Error(result.error.message);
	return result.analysis.trace;
}

const names = (network: Network) =>
	Object.fromEntries(stagesOf(network, traced(network)).map((g) => [g.stage, g.parts.map((p) => p.name)]));

describe('stagesOf', () => {
	it('groups every network into the paper’s seven stages, each part once, in forward order', () => {
		for (const network of allNetworks()) {
			const groups = stagesOf(network, traced(network));
			expect(groups.map((g) => g.stage)).toEqual([...STAGES]);
			expect(groups.flatMap((g) => g.parts.map((p) => p.name))).toEqual(
				network.root.children.map((c) => c.name)
			);
			for (const g of groups)
				expect(g.parts.length, `${network.id} ${network.variant} ${g.stage}`).toBeGreaterThan(0);
		}
	});

	it('finds the stages of Inception-v3, whose modules are not repeats, by what they do to the grid', () => {
		const v3 = allNetworks().find((n) => n.id === 'inception-v3');
		if (!v3) throw new Error('no Inception-v3');
		const g = names(v3);
		expect(g.stem).toEqual(['stem']);
		expect(g.a).toHaveLength(3);
		expect(g.reductionA).toEqual(['reductionA']);
		expect(g.b).toHaveLength(4);
		expect(g.c).toHaveLength(2);
		expect(g.head).toEqual(['avgPool', 'logits']);
	});

	it('puts released Inception-ResNet-v2’s last block in C and its 1x1 conv in the head', () => {
		const released = allNetworks().find((n) => n.id === 'inception-resnet-v2' && n.variant === 'released');
		if (!released) throw new Error('no released IR-v2');
		const g = names(released);
		expect(g.c).toEqual(['inceptionResnetC', 'inceptionResnetCLast']);
		expect(g.head).toEqual(['conv7b', 'avgPool', 'dropout', 'logits']);
	});

	it('does not read names: renamed parts group the same', () => {
		const n: Network = {
			id: 'toy',
			variant: 'paper',
			label: 'Toy',
			source: { kind: 'paper', figures: [], note: '' },
			input: [35, 35, 3],
			classes: 10,
			root: seq(
				'root',
				seq('x', conv(64, '1x1')),
				repeat('y', 2, inceptionResnetA([32, 32, 32])),
				...head(10, null)
			)
		};
		const g = names(n);
		expect(g.stem).toEqual(['x']);
		expect(g.a).toEqual(['y']);
		expect(g.head).toEqual(['avgPool', 'logits']);
	});
});

describe('kindBreakdown', () => {
	it('sums exactly to each network’s params (both conventions) and MACs', () => {
		for (const network of allNetworks()) {
			const t = traced(network);
			const root = t.row('');
			if (!root) throw new Error('no root');
			const groups = kindBreakdown(t);
			const sum = (f: (g: (typeof groups)[number]) => number) => groups.reduce((n, g) => n + f(g), 0);
			expect(sum((g) => g.macs)).toBe(root.macs);
			expect(sum((g) => totalParams(g.params, 'keras'))).toBe(totalParams(root.params, 'keras'));
			expect(sum((g) => totalParams(g.params, 'pytorch'))).toBe(totalParams(root.params, 'pytorch'));
			expect(sum((g) => g.poolOps)).toBe(root.ops.pool);
			expect(groups.find((g) => g.group === 'pooling')?.macs).toBe(0);
		}
	});

	it('classifies kernels by shape', () => {
		expect(groupOf(conv(8, '1x1'))).toBe('pointwise');
		expect(groupOf(conv(8, '1x7'))).toBe('factorised');
		expect(groupOf(conv(8, '3x1'))).toBe('factorised');
		expect(groupOf(conv(8, '3x3'))).toBe('spatial');
		expect(groupOf(conv(8, '5x5'))).toBe('spatial');
	});

	it('finds Inception-v3 and v4 use factorised convolutions and Inception-ResNet-v1 too', () => {
		for (const network of allNetworks()) {
			const f = kindBreakdown(traced(network)).find((g) => g.group === 'factorised');
			expect(f?.macs, network.id).toBeGreaterThan(0);
		}
	});
});

describe('depthOf', () => {
	it('counts a sequence’s layers, a concat’s longest branch and a repeat’s copies', () => {
		const toy = seq('r', conv(8, '1x1'), repeat('x', 3, inceptionResnetA([32, 32, 32])), ...head(10, 0.8));
		// One conv, then 3 blocks whose longest way is 3 convs + the up-projection, then pool and classifier.
		expect(depthOf(toy)).toEqual({ longest: 1 + 3 * 4 + 2, weighted: 1 + 3 * 4 + 1, layers: 1 + 3 * 7 + 2 });
	});
});

describe('compareAll', () => {
	it('explains a size one network cannot take while the others keep their numbers', () => {
		const list = subjects();
		const smallest = Math.min(...list.map((s) => s.smallest ?? Infinity));
		const columns = compareAll(list, smallest - 1);
		for (const c of columns) {
			expect(c.ok).toBe(false);
			if (!c.ok) expect(c.message).toContain(`${smallest}x${smallest}`);
		}
		const fine = compareAll(list, 331);
		expect(fine.every((c) => c.ok)).toBe(true);
	});

	it('lists every registered variant once (aliases left out)', () => {
		expect(subjects().map((s) => s.key)).toEqual(allNetworks().map((n) => `${n.id}/${n.variant}`));
	});
});
