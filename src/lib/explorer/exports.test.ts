import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { lookup } from '../networks/registry';
import { exportCaption, exportDocument, exportName } from './exports';
import { tableRows } from './table';
import { totalsOf } from './totals';

function context(id: string, variant: string, part: string, partTitle: string, size?: number) {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	const result = analyse(found.network, size);
	if (!result.ok) throw new Error(result.error.message);
	return { analysis: result.analysis, variant, part, partTitle };
}

describe('exports describe themselves', () => {
	it('the file name says network, variant, part and input size', () => {
		expect(exportName(context('inception-v4', 'paper', 'inceptionC', '3 x Inception-C'))).toBe(
			'inception-v4-paper-inceptionC-299px'
		);
		expect(exportName(context('inception-resnet-v2', 'released', '', 'Overview', 331))).toBe(
			'inception-resnet-v2-released-overview-331px'
		);
	});

	it('the SVG title and description name what is drawn and for which input', () => {
		const c = exportCaption(context('inception-v4', 'paper', 'inceptionC', '3 x Inception-C', 331));
		expect(c.title).toBe('3 x Inception-C of Inception-v4 (paper) at a 331x331x3 input');
		expect(c.desc).toContain('1000 classes');
	});

	it('the JSON carries totals, conventions, classes and input beside its rows', () => {
		const ctx = context('inception-v4', 'paper', 'reductionA', 'Reduction-A', 299);
		const doc = exportDocument(ctx, tableRows(ctx.analysis, 'reductionA'));
		expect(doc.input).toEqual([299, 299, 3]);
		expect(doc.classes).toBe(ctx.analysis.network.classes);
		expect(doc.totals).toEqual(totalsOf(ctx.analysis));
		expect(doc.convention.flops).toMatch(/MACs/);
		expect(doc.rows.length).toBeGreaterThan(0);
		expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
	});
});
