import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { ko } from '$lib/i18n/ko';
import { BAND_HEIGHT, figureTitle, framedLayout, previewPaths, resolveFigure } from './figure';
import { bandFor, clipPolyline, cropLayout } from './frame';

describe('resolveFigure', () => {
	it('lights a residual\'s scale box alone with #scale, and refuses a box that is not there', () => {
		const spec = { network: 'inception-resnet-v2', variant: 'paper', block: 'inceptionResnetB' };
		const scale = resolveFigure({ ...spec, highlight: ['inceptionResnetB/1#scale'] });
		expect([...scale.lit]).toEqual(['inceptionResnetB/1#scale']);
		const box = scale.layout.boxes.find((b) => b.id === 'inceptionResnetB/1#scale');
		expect(box?.role).toBe('scale');
		const whole = resolveFigure({ ...spec, highlight: ['inceptionResnetB/1'] });
		expect(whole.lit.size).toBeGreaterThan(3);
		expect(() => resolveFigure({ ...spec, highlight: ['inceptionResnetB/1#nope'] })).toThrow(/names no box/);
	});

	it('draws in the page language: the overview\'s share lines in Korean, the paper\'s labels as printed', () => {
		const spec = { network: 'inception-v4', variant: 'paper', block: '' };
		const english = resolveFigure(spec, 'Figure', en.explorer).layout.boxes;
		const korean = resolveFigure(spec, 'Figure', ko.explorer).layout.boxes;
		expect(english.map((b) => b.label)).toEqual(korean.map((b) => b.label));
		const subs = korean.flatMap((b) => (b.sub ? [b.sub] : []));
		expect(subs.length).toBeGreaterThan(0);
		for (const sub of subs) expect(sub).toMatch(/[\uac00-\ud7a3]/);
		expect(english.some((b) => b.sub?.includes('of parameters'))).toBe(true);
	});

	it('lights the boxes inside a highlighted node, copy 1 filled in', () => {
		const f = resolveFigure({ network: 'inception-resnet-v2', variant: 'paper', block: 'inceptionResnetA', highlight: ['inceptionResnetA/body/up'] });
		expect([...f.lit]).toEqual(['inceptionResnetA/1/body/up']);
		expect(f.explorerHref('inceptionResnetA/1/body/up')).toBe(
			'/networks/inception-resnet-v2/paper/inceptionResnetA/?path=inceptionResnetA/1/body/up'
		);
	});

	it('lights whole parts in the overview', () => {
		const f = resolveFigure({ network: 'inception-v4', block: '', highlight: ['reductionA', 'reductionB'] });
		expect([...f.lit].sort()).toEqual(['reductionA', 'reductionB']);
	});

	it.each([
		[{ network: 'inception-v9' }, /inception-v9/],
		[{ network: 'inception-v4', block: 'inceptionZ' }, /no part/],
		[{ network: 'inception-v4', block: 'stem', highlight: ['stem/nope'] }, /no node "stem\/nope"/],
		[{ network: 'inception-v4', block: 'stem', highlight: ['inceptionA'] }, /not inside stem/]
	])('fails the build on a bad figure %#', (spec, message) => {
		expect(() => resolveFigure(spec, 'Step')).toThrow(message);
	});

	it('a Term lights its box only in a figure of the same network that draws it', () => {
		const f = resolveFigure({ network: 'inception-v4', block: '' });
		expect(previewPaths(f, { network: 'inception-v4', variant: 'paper', path: 'reductionA' })).toEqual(['reductionA']);
		expect(previewPaths(f, { network: 'inception-resnet-v2', variant: 'paper', path: 'reductionA' })).toEqual([]);
		expect(previewPaths(f, null)).toEqual([]);
	});
});

describe('framing a tall figure on its lit boxes', () => {
	const f = resolveFigure({ network: 'inception-v4', block: 'stem', highlight: ['stem/mixed3'] });

	it('cuts a band that holds every lit box whole and fits the band height or the boxes', () => {
		const framed = framedLayout(f);
		expect(framed.height).toBeLessThan(f.layout.height);
		expect(framed.height).toBeGreaterThanOrEqual(BAND_HEIGHT);
		for (const id of f.lit) {
			const box = framed.boxes.find((b) => b.id === id);
			expect(box).toBeDefined();
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y + box!.h).toBeLessThanOrEqual(framed.height);
		}
		for (const b of framed.boxes) expect(b.y + b.h).toBeLessThanOrEqual(framed.height + 0.001);
		const keys = framed.edges.map((e) => `${e.from}>${e.to}>${e.kind}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('leaves a short drawing or an unlit one whole', () => {
		expect(bandFor(f.layout, new Set(), BAND_HEIGHT)).toBeNull();
		expect(bandFor(f.layout, f.lit, f.layout.height)).toBeNull();
		expect(cropLayout(f.layout, null)).toBe(f.layout);
	});

	it('clips an orthogonal polyline to the band, in pieces', () => {
		const band = { top: 10, bottom: 20 };
		expect(
			clipPolyline(
				[
					[0, 0],
					[0, 30]
				],
				band
			)
		).toEqual([
			[
				[0, 10],
				[0, 20]
			]
		]);
		expect(
			clipPolyline(
				[
					[0, 0],
					[0, 5],
					[5, 5]
				],
				band
			)
		).toEqual([]);
	});
});

describe('figureTitle', () => {
	it('names a block of a network, or the network’s overview, in the words it is given', () => {
		const block = resolveFigure({ network: 'inception-v4', variant: 'paper', block: 'stem' });
		const overview = resolveFigure({ network: 'inception-v4', variant: 'paper', block: '' });
		expect(figureTitle(block, en.read.figure)).toBe(`${block.names.block} of Inception-v4`);
		expect(figureTitle(overview, en.read.figure)).toBe('Inception-v4, its parts');
		expect(figureTitle(block, ko.read.figure)).toBe(`Inception-v4의 ${block.names.block}`);
		expect(figureTitle(overview, ko.read.figure)).toBe('Inception-v4의 구성');
	});
});
