import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { REGISTRY, lookup } from '../networks/registry';
import { isLayer, type Network } from '../schema/types';
import type { Trace } from '../analysis/trace';
import { blockLayout } from './layout';
import { overviewLayout } from './overview';
import { badgeRect, edgeLabelRect, frameLabelRect, type Box, type Layout, type Rect } from './types';
import { rowAt } from '../analysis/testing';

const variants = REGISTRY.flatMap((entry) =>
	Object.keys(entry.variants).map((variant) => {
		const found = lookup(entry.id, variant);
		if (!found.ok) throw new Error(found.message);
		const result = analyse(found.network);
		if (!result.ok) throw new Error(result.error.message);
		return { network: found.network, trace: result.analysis.trace };
	})
);

/** The top-level parts of a network, and one level into each repeat's copy (every block of the paper). */
function blockPaths(network: Network): string[] {
	return network.root.children.map((c) => c.name);
}

/** Layers the diagram of `path` must draw: everything below it, a repeat's first copy only. */
function layersDrawn(trace: Trace, path: string): string[] {
	const node = rowAt(trace, path).node;
	const base = node.kind === 'repeat' ? `${path}/1` : path;
	return trace.rows
		.filter((r) => isLayer(r.node) && (r.path === base || r.path.startsWith(`${base}/`)))
		.map((r) => r.path);
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function onBorder(box: Box, [x, y]: [number, number]): boolean {
	const eps = 0.01;
	const inX = x >= box.x - eps && x <= box.x + box.w + eps;
	const inY = y >= box.y - eps && y <= box.y + box.h + eps;
	const onH = Math.abs(y - box.y) < eps || Math.abs(y - box.y - box.h) < eps;
	const onV = Math.abs(x - box.x) < eps || Math.abs(x - box.x - box.w) < eps;
	return (inX && onH) || (inY && onV);
}

/** Whether the straight segment a–b runs through the inside of `r` (touching its outline does not count). */
function crosses([x0, y0]: [number, number], [x1, y1]: [number, number], r: Rect): boolean {
	const eps = 0.5;
	const [lx, hx] = [Math.min(x0, x1), Math.max(x0, x1)];
	const [ly, hy] = [Math.min(y0, y1), Math.max(y0, y1)];
	return lx < r.x + r.w - eps && hx > r.x + eps && ly < r.y + r.h - eps && hy > r.y + eps;
}

/** Every label and badge drawn, by what it says. */
function labels(layout: Layout): { what: string; rect: Rect }[] {
	return [
		...layout.frames.map((f) => ({ what: `frame label "${f.label}" of ${f.path}`, rect: frameLabelRect(f) })),
		...layout.boxes
			.filter((b) => b.erratum)
			.map((b) => ({ what: `badge ${b.erratum} on ${b.id}`, rect: badgeRect(b) })),
		...layout.edges.flatMap((e) => {
			const rect = edgeLabelRect(e);
			return rect ? [{ what: `label "${e.label}" of ${e.from} -> ${e.to}`, rect }] : [];
		})
	];
}

function checkInvariants(layout: Layout) {
	// No edge runs through a label or a badge.
	const drawn = labels(layout);
	for (const e of layout.edges) {
		for (let k = 1; k < e.points.length; k++) {
			for (const { what, rect } of drawn) {
				expect(crosses(e.points[k - 1], e.points[k], rect), `edge ${e.from} -> ${e.to} crosses ${what}`).toBe(
					false
				);
			}
		}
	}

	const ids = new Set(layout.boxes.map((b) => b.id));
	expect(ids.size, 'box ids are unique').toBe(layout.boxes.length);
	for (let i = 0; i < layout.boxes.length; i++) {
		const a = layout.boxes[i];
		expect(
			a.x >= 0 && a.y >= 0 && a.x + a.w <= layout.width && a.y + a.h <= layout.height,
			`${a.id} inside`
		).toBe(true);
		for (let j = i + 1; j < layout.boxes.length; j++) {
			expect(overlaps(a, layout.boxes[j]), `${a.id} overlaps ${layout.boxes[j].id}`).toBe(false);
		}
	}
	const byId = new Map(layout.boxes.map((b) => [b.id, b]));
	for (const e of layout.edges) {
		const from = byId.get(e.from);
		const to = byId.get(e.to);
		expect(from && to, `edge ${e.id} joins two boxes`).toBeTruthy();
		expect(onBorder(from!, e.points[0]), `edge ${e.from} -> ${e.to} starts on its source`).toBe(true);
		expect(onBorder(to!, e.points[e.points.length - 1]), `edge ${e.from} -> ${e.to} ends on its target`).toBe(
			true
		);
		// Orthogonal segments only.
		for (let k = 1; k < e.points.length; k++) {
			const [[x0, y0], [x1, y1]] = [e.points[k - 1], e.points[k]];
			expect(x0 === x1 || y0 === y1, `edge ${e.id} segment ${k} is straight`).toBe(true);
		}
	}
	// Every box but the input has an edge in; every box but the output has one out.
	for (const b of layout.boxes) {
		if (b.role !== 'input')
			expect(
				layout.edges.some((e) => e.to === b.id),
				`${b.id} has an edge in`
			).toBe(true);
		if (b.role !== 'output')
			expect(
				layout.edges.some((e) => e.from === b.id),
				`${b.id} has an edge out`
			).toBe(true);
	}
}

/** Rounded geometry, stable and small enough to review in a diff. */
function geometry(layout: Layout) {
	const r = (n: number) => Math.round(n * 10) / 10;
	return {
		size: [r(layout.width), r(layout.height)],
		boxes: layout.boxes.map((b) => [
			b.id,
			b.kind,
			b.label,
			r(b.x),
			r(b.y),
			r(b.w),
			r(b.h),
			...(b.erratum ? [b.erratum] : [])
		]),
		frames: layout.frames.map((f) => [f.path, f.label, r(f.x), r(f.y), r(f.w), r(f.h)]),
		edges: layout.edges.map((e) => [
			e.from,
			e.to,
			e.label ?? '',
			e.points.map(([x, y]) => `${r(x)},${r(y)}`).join(' ')
		])
	};
}

describe.each(variants.map((v) => [`${v.network.id} (${v.network.variant})`, v] as const))(
	'%s',
	(_, { network, trace }) => {
		it.each(blockPaths(network))('%s: one box per layer, no overlaps, edges end on boxes', (path) => {
			const layout = blockLayout(path, trace);
			const layerBoxes = layout.boxes.filter((b) => b.role === 'layer').map((b) => b.id);
			expect(layerBoxes.sort()).toEqual(layersDrawn(trace, path).sort());
			checkInvariants(layout);
		});

		it('every concat has a box, every residual its scale and add', () => {
			for (const path of blockPaths(network)) {
				const layout = blockLayout(path, trace);
				const ids = new Set(layout.boxes.map((b) => b.id));
				const base = rowAt(trace, path).node.kind === 'repeat' ? `${path}/1` : path;
				for (const row of trace.rows.filter((r) => r.path === base || r.path.startsWith(`${base}/`))) {
					if (row.node.kind === 'concat') expect(ids.has(row.path), row.path).toBe(true);
					if (row.node.kind === 'residual') {
						expect(ids.has(`${row.path}#scale`)).toBe(true);
						expect(ids.has(`${row.path}#add`)).toBe(true);
						expect(layout.edges.some((e) => e.kind === 'identity' && e.to === `${row.path}#add`)).toBe(true);
					}
				}
			}
		});

		it.each(['params', 'macs'] as const)(
			'overview by %s: one box per part, its bar the share on one scale',
			(measure) => {
				const layout = overviewLayout(network, trace, measure);
				checkInvariants(layout);
				const parts = layout.boxes.filter((b) => b.role === 'part');
				expect(parts.map((b) => b.path)).toEqual(network.root.children.map((c) => c.name));
				expect(parts.reduce((s, b) => s + b.share!, 0)).toBeCloseTo(1, 9);
				// Box size means nothing: every part is as wide as the others, so the bars inside compare.
				expect(new Set(parts.map((b) => b.w)).size).toBe(1);
			}
		);

		it('matches the reviewed geometry snapshot', async () => {
			const all = Object.fromEntries(
				blockPaths(network).map((path) => [path, geometry(blockLayout(path, trace))])
			);
			all['#overview'] = geometry(overviewLayout(network, trace, 'params'));
			await expect(JSON.stringify(all, null, 1) + '\n').toMatchFileSnapshot(
				`./__snapshots__/${network.id}.${network.variant}.json`
			);
		});
	}
);

describe('accessible names', () => {
	it('name the block, the branch and the layer', () => {
		const v4 = variants.find((v) => v.network.id === 'inception-v4')!;
		const layout = blockLayout('inceptionA', v4.trace);
		const box = layout.boxes.find((b) => b.id === 'inceptionA/1/b3/conv2')!;
		expect(box.name).toBe('Inception-A branch 3, 3x3 Conv (96), 96 filters');
		const split = blockLayout('inceptionC', v4.trace).boxes.find(
			(b) => b.id === 'inceptionC/1/b4/split/b2/conv1'
		)!;
		expect(split.name).toBe('Inception-C branch 4 split branch 2, 3x1 Conv (256), 256 filters');
	});

	it('mark the errata the paper prints', () => {
		const v4 = variants.find((v) => v.network.id === 'inception-v4')!;
		const stem = blockLayout('stem', v4.trace);
		expect(stem.boxes.filter((b) => b.erratum).map((b) => `${b.id}:${b.erratum}`)).toContain(
			'stem/mixed3/b1/conv1:E1'
		);
	});
});
