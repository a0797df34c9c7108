import { describe, expect, it } from 'vitest';
import { bmpDataUrl } from './bitmap';
import { PIXELS, SHAPES, SIZE, batch, hash, sample } from './shapes';

describe('the shapes task', () => {
	it('is deterministic in (seed, step, index) and differs when any changes', () => {
		const a = sample(7, 3, 5);
		expect(sample(7, 3, 5)).toEqual(a);
		for (const other of [sample(8, 3, 5), sample(7, 4, 5), sample(7, 3, 6)])
			expect(other.pixels).not.toEqual(a.pixels);
		// A batch is its samples side by side.
		const b = batch(7, 3, 8);
		expect(b.x.slice(5 * PIXELS, 6 * PIXELS)).toEqual(a.pixels);
		expect(b.labels[5]).toBe(a.label);
	});

	it('balances the classes in every batch to within one', () => {
		for (let step = 0; step < 50; step++) {
			const { labels } = batch(1, step, 32);
			const counts = SHAPES.map((_, c) => labels.filter((l) => l === c).length);
			expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
		}
	});

	it('draws pixels in [0, 1] that vary within an image and between images of a class', () => {
		const { x, labels } = batch(2, 0, 20);
		expect(x.every((v) => v >= 0 && v <= 1)).toBe(true);
		const first = x.slice(0, PIXELS);
		expect(Math.max(...first) - Math.min(...first)).toBeGreaterThan(0.2);
		const same = [...labels.keys()].filter((i) => labels[i] === labels[0]);
		expect(same.length).toBeGreaterThan(1);
		expect(x.slice(same[1] * PIXELS, (same[1] + 1) * PIXELS)).not.toEqual(first);
	});

	it('hashes without collisions on a small grid', () => {
		const seen = new Set<number>();
		for (let s = 0; s < 20; s++)
			for (let t = 0; t < 20; t++) for (let i = 0; i < 20; i++) seen.add(hash(s, t, i));
		expect(seen.size).toBe(8000);
	});

	it('encodes a sample as a BMP data URL', () => {
		const url = bmpDataUrl(sample(1, 0, 0).pixels, SIZE, SIZE);
		expect(url).toMatch(/^data:image\/bmp;base64,Qk/);
		expect(atob(url.split(',')[1]).length).toBe(54 + SIZE * SIZE * 3);
	});
});
