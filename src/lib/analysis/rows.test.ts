import { describe, expect, it } from 'vitest';
import { allNetworks } from '../networks/registry';
import { join } from '../schema/path';
import { isLayer } from '../schema/types';
import {
	ancestorRows,
	branchIndex,
	closest,
	copyOf,
	isResidualBody,
	layersOf,
	partOf,
	subtree
} from './rows';
import { rowAt } from './testing';
import { trace } from './trace';

const networks = allNetworks().map((n) => [`${n.id} (${n.variant})`, n, trace(n.root, n.input)] as const);
const v4 = networks.find(([, n]) => n.id === 'inception-v4')![2];
const v2 = networks.find(([, n]) => n.id === 'inception-resnet-v2' && n.variant === 'paper')![2];

describe.each(networks)('%s: rows form the tree of the definition', (_, network, t) => {
	it('every row sits at its index among its parent’s children, one level down, at its name', () => {
		expect(t.root.parent).toBeNull();
		expect(t.root.node).toBe(network.root);
		for (const row of t.rows) {
			expect(row.children.every((c, i) => c.parent === row && c.index === i)).toBe(true);
			if (!row.parent) continue;
			expect(row.parent.children[row.index]).toBe(row);
			expect(row.depth).toBe(row.parent.depth + 1);
			expect(row.path).toBe(join(row.parent.path, row.node.name));
		}
	});

	it('lists rows in pre-order, each found again by its path', () => {
		expect(t.rows).toEqual(subtree(t.root));
		for (const row of t.rows) expect(t.row(row.path)).toBe(row);
		expect(t.row('no/such/path')).toBeUndefined();
	});

	it('sums a block from its children', () => {
		for (const row of t.rows.filter((r) => r.children.length)) {
			expect(row.macs).toBe(row.children.reduce((s, c) => s + c.macs, 0));
		}
		expect(layersOf(t.root).every((r) => isLayer(r.node))).toBe(true);
	});
});

describe('roles by structure', () => {
	it('a branch is an index under a concat', () => {
		expect(branchIndex(rowAt(v4, 'inceptionA/1/b3'))).toBe(2);
		expect(rowAt(v4, 'inceptionA/1/b3').label).toBe('Branch 3');
		expect(branchIndex(rowAt(v4, 'inceptionA/1/b3/conv2'))).toBeUndefined();
		expect(branchIndex(rowAt(v4, 'inceptionA/1'))).toBeUndefined();
	});

	it('a copy is an index under a repeat', () => {
		const copy = copyOf(rowAt(v4, 'inceptionB/7'));
		expect(copy && [copy.index, copy.times, copy.repeat.path]).toEqual([7, 7, 'inceptionB']);
		expect(copyOf(rowAt(v4, 'inceptionB'))).toBeUndefined();
	});

	it('a residual body is a kind check on the parent', () => {
		expect(isResidualBody(rowAt(v2, 'inceptionResnetA/1/body'))).toBe(true);
		expect(isResidualBody(rowAt(v2, 'inceptionResnetA/1/body/branches'))).toBe(false);
		const up = rowAt(v2, 'inceptionResnetA/1/body/up');
		expect(closest(up, 'residual')?.path).toBe('inceptionResnetA/1');
		expect(closest(up, 'concat')).toBeUndefined();
	});

	it('ancestors run nearest first to the root; the part is the child of the root', () => {
		const conv = rowAt(v4, 'inceptionC/1/b4/split/b2/conv1');
		expect(ancestorRows(conv).map((r) => r.path)).toEqual([
			'inceptionC/1/b4/split/b2',
			'inceptionC/1/b4/split',
			'inceptionC/1/b4',
			'inceptionC/1',
			'inceptionC',
			''
		]);
		expect(partOf(conv)?.path).toBe('inceptionC');
		expect(partOf(rowAt(v4, 'stem'))?.path).toBe('stem');
		expect(partOf(v4.root)).toBeUndefined();
	});
});
