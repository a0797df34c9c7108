import { describe, expect, it } from 'vitest';
import { derivation, erratumView, factorised, ratio, ratioSide, tableRows } from './derive';
import { ko } from '../i18n/ko';

describe('ratio', () => {
	it('divides two computed counts', () => {
		expect(ratio({ network: 'inception-v4', metric: 'macs', times: 2 }, { network: 'inception-v4', metric: 'macs' })).toBe(
			'2.00×'
		);
		expect(() => ratio({ network: 'inception-v4', metric: 'output' }, { network: 'inception-v4', metric: 'macs' })).toThrow();
	});
});

describe('derivation', () => {
	it("fills the formulas with the layer's own values", () => {
		// Fig 3: the stem's first 3x3 stride-2 valid conv takes 299 to floor((299 - 3) / 2) + 1 = 149.
		expect(derivation('inception-v4', 'paper', 'stem/conv1', 'output')[0]).toBe('height: floor((299 - 3) / 2) + 1 = 149');
		expect(derivation('inception-v4', 'paper', 'stem/conv1', 'params')[0]).toBe('weights: 3 × 3 × 3 × 32 = 864');
		expect(derivation('inception-v4', 'paper', 'stem/conv1', 'macs')[0]).toBe('149 × 149 × 32 outputs × (3 × 3 × 3) = 19,181,664');
		expect(() => derivation('inception-v4', 'paper', 'stem/nope', 'macs')).toThrow(/no node/);
	});
});

describe('tableRows', () => {
	it('reads the typed results, AAAI differences included', () => {
		const rows = tableRows(3);
		expect(rows[0]).toMatchObject({ printed: 'ResNet-151', crops: '10', top5: '5.7%' });
		expect(rows[0].aaai).toMatch(/^top-1 25.2%/);
		expect(tableRows(4).find((r) => r.printed.startsWith('ResNet'))?.crops).toBeNull();
		expect(tableRows(5).at(-1)?.models).toBe(4);
		expect(tableRows(2).find((r) => r.printed === 'Inception-v4')?.href).toBe('/networks/inception-v4/paper/');
	});
});

describe('erratumView', () => {
	it('words its proof in the page language, with the same numbers', () => {
		const english = erratumView('E8');
		const korean = erratumView('E8', ko.explorer.explain);
		expect(korean.proof).toHaveLength(english.proof.length);
		expect(korean.proof.join(' ')).not.toContain('Reduction-B: 8x8x2144 (') ;
		expect(korean.proof.join(' ')).toMatch(/[가-힣]/);
		for (const n of ['2144', '2146']) expect(korean.proof.join(' ')).toContain(n);
	});

	it('finds the node that carries an erratum, with its proof', () => {
		const e5 = erratumView('E5');
		expect(e5).toMatchObject({ network: 'inception-resnet-v2', variant: 'paper', block: 'inceptionResnetB' });
		expect(e5.proof.length).toBeGreaterThan(0);
		expect(() => erratumView('E12')).toThrow(/prose/);
	});

	it("finds E2 on Inception-v4's Inception-A pool and E8 on Inception-ResNet-v2's Reduction-B", () => {
		expect(erratumView('E2')).toMatchObject({
			network: 'inception-v4',
			variant: 'paper',
			path: 'inceptionA/1/b1/pool1',
			block: 'inceptionA',
			printed: 'no window or stride',
			used: '3x3, stride 1, same'
		});
		expect(erratumView('E8')).toMatchObject({
			network: 'inception-resnet-v2',
			variant: 'paper',
			path: 'reductionB/b1/pool1',
			block: 'reductionB'
		});
	});
});

describe('factorised', () => {
	it('counts a 7x7 against 1x7 then 7x1 by the same analysis', () => {
		const f = factorised(7, 192, 17);
		// Independent arithmetic: 7*7*192*192 weights, and 2*7*192*192 for the pair.
		expect(f.full.params).toBe(7 * 7 * 192 * 192);
		expect(f.pair.params).toBe(2 * 7 * 192 * 192);
		expect(f.full.macs).toBe(17 * 17 * 7 * 7 * 192 * 192);
		expect(f.pair.macs).toBe(17 * 17 * 2 * 7 * 192 * 192);
		expect(f.full.rf).toBe('7 × 7');
		expect(f.pair.rf).toBe('7 × 7');
	});
});

describe('ratioSide', () => {
	it('reads network[/variant][:path] with the shared metric', () => {
		expect(ratioSide('inception-resnet-v2/paper:stem', 'macs')).toEqual({
			network: 'inception-resnet-v2',
			variant: 'paper',
			path: 'stem',
			metric: 'macs'
		});
		expect(() => ratioSide('inception-v4', undefined)).toThrow(/metric/);
	});
});
