// The race's task: ten shape classes at 16x16, drawn fresh for every batch from a hash of (seed, step, index).
// Colour, position, size, a small rotation, a background gradient, clutter and pixel noise vary; only the
// shape tells the class. Every batch is new, so accuracy on a batch before its update is a held-out estimate.

export const SIZE = 16;
export const CHANNELS = 3;
export const PIXELS = SIZE * SIZE * CHANNELS;

export const SHAPES = [
	'disk',
	'ring',
	'square',
	'frame',
	'triangle',
	'hollow triangle',
	'plus',
	'cross',
	'bar',
	'two bars'
] as const;
export type ShapeName = (typeof SHAPES)[number];

/** A 32-bit hash of a few integers (murmur3's finaliser over a running mix). */
export function hash(...values: number[]): number {
	let h = 0x9e3779b9;
	for (const v of values) {
		h = Math.imul(h ^ (v | 0), 0x85ebca6b);
		h ^= h >>> 13;
		h = Math.imul(h, 0xc2b2ae35);
		h ^= h >>> 16;
	}
	return h >>> 0;
}

/** mulberry32: a tiny, fast, seedable generator of numbers in [0, 1). */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SQRT3_2 = Math.sqrt(3) / 2;
/** Inside an equilateral triangle (point up) whose inscribed circle has radius r. */
function inTriangle(u: number, v: number, r: number): boolean {
	return -v < r && 0.5 * v + SQRT3_2 * u < r && 0.5 * v - SQRT3_2 * u < r;
}
const bar = (u: number, v: number) => Math.abs(u) < 0.26 && Math.abs(v) < 0.9;

/** Membership in the unit shape, local coordinates in [-1, 1] (v points down). */
const INSIDE: Record<ShapeName, (u: number, v: number) => boolean> = {
	disk: (u, v) => u * u + v * v < 0.85,
	ring: (u, v) => {
		const r = u * u + v * v;
		return r < 0.9 && r > 0.3;
	},
	square: (u, v) => Math.max(Math.abs(u), Math.abs(v)) < 0.72,
	frame: (u, v) => {
		const m = Math.max(Math.abs(u), Math.abs(v));
		return m < 0.8 && m > 0.45;
	},
	triangle: (u, v) => inTriangle(u, v - 0.15, 0.5),
	'hollow triangle': (u, v) => inTriangle(u, v - 0.15, 0.55) && !inTriangle(u, v - 0.15, 0.25),
	plus: (u, v) => bar(u, v) || bar(v, u),
	cross: (u, v) =>
		bar((u + v) * Math.SQRT1_2, (u - v) * Math.SQRT1_2) ||
		bar((u - v) * Math.SQRT1_2, (u + v) * Math.SQRT1_2),
	bar: (u, v) => bar(u, v),
	'two bars': (u, v) => Math.abs(Math.abs(u) - 0.5) < 0.2 && Math.abs(v) < 0.85
};

export interface Sample {
	label: number;
	/** SIZE x SIZE x CHANNELS, row-major, values in [0, 1]. */
	pixels: Float32Array;
}

type Rgb = [number, number, number];

function colour(rand: () => number, light: boolean): Rgb {
	const base = light ? 0.55 : 0;
	return [base + 0.45 * rand(), base + 0.45 * rand(), base + 0.45 * rand()];
}

/** Class of sample `index` in batch `step`: a rotation of 0..9, so every batch is balanced to within one. */
export function labelOf(seed: number, step: number, index: number): number {
	return (index + (hash(seed, step) % SHAPES.length)) % SHAPES.length;
}

/** Draws one sample into `out` at `offset` (so a batch fills one buffer) and returns its class. */
export function drawInto(
	out: Float32Array,
	offset: number,
	seed: number,
	step: number,
	index: number
): number {
	const label = labelOf(seed, step, index);
	const rand = random(hash(seed, step, index));
	const inside = INSIDE[SHAPES[label]];
	const lightShape = rand() < 0.5;
	const fg = colour(rand, lightShape);
	const bgA = colour(rand, !lightShape);
	const bgB = colour(rand, !lightShape);
	const gradAngle = rand() * 2 * Math.PI;
	const [gx, gy] = [Math.cos(gradAngle), Math.sin(gradAngle)];
	const radius = 3.6 + 3 * rand();
	const cx = radius + rand() * (SIZE - 2 * radius);
	const cy = radius + rand() * (SIZE - 2 * radius);
	// Small rotations only: a plus turned 45 degrees would be a cross.
	const angle = (rand() - 0.5) * 0.6;
	const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
	for (let y = 0; y < SIZE; y++) {
		for (let x = 0; x < SIZE; x++) {
			const t = 0.5 + 0.5 * ((x / SIZE - 0.5) * gx + (y / SIZE - 0.5) * gy);
			// Coverage from 2x2 subsamples: soft edges, as a camera would see them.
			let cover = 0;
			for (const [sx, sy] of SUB) {
				const dx = (x + sx - cx) / radius;
				const dy = (y + sy - cy) / radius;
				if (inside(cos * dx + sin * dy, -sin * dx + cos * dy)) cover += 0.25;
			}
			const o = offset + (y * SIZE + x) * CHANNELS;
			for (let c = 0; c < CHANNELS; c++) {
				const bg = bgA[c] + (bgB[c] - bgA[c]) * t;
				out[o + c] = bg + (fg[c] - bg) * cover;
			}
		}
	}
	// Clutter: a few stray pixels and short strokes in random colours.
	const strays = 2 + Math.floor(rand() * 3);
	for (let k = 0; k < strays; k++) {
		const c = colour(rand, rand() < 0.5);
		const horizontal = rand() < 0.5;
		const length = 1 + Math.floor(rand() * 2);
		const x0 = Math.floor(rand() * SIZE);
		const y0 = Math.floor(rand() * SIZE);
		for (let i = 0; i < length; i++) {
			const x = Math.min(SIZE - 1, x0 + (horizontal ? i : 0));
			const y = Math.min(SIZE - 1, y0 + (horizontal ? 0 : i));
			const o = offset + (y * SIZE + x) * CHANNELS;
			for (let ch = 0; ch < CHANNELS; ch++) out[o + ch] = c[ch];
		}
	}
	for (let i = 0; i < PIXELS; i++) {
		const v = out[offset + i] + (rand() - 0.5) * 0.12;
		out[offset + i] = v < 0 ? 0 : v > 1 ? 1 : v;
	}
	return label;
}

const SUB = [
	[0.25, 0.25],
	[0.75, 0.25],
	[0.25, 0.75],
	[0.75, 0.75]
] as const;

export function sample(seed: number, step: number, index: number): Sample {
	const pixels = new Float32Array(PIXELS);
	return { label: drawInto(pixels, 0, seed, step, index), pixels };
}

export interface Batch {
	/** size x SIZE x SIZE x CHANNELS. */
	x: Float32Array;
	labels: Int32Array;
}

export function batch(seed: number, step: number, size: number): Batch {
	const x = new Float32Array(size * PIXELS);
	const labels = new Int32Array(size);
	for (let i = 0; i < size; i++) labels[i] = drawInto(x, i * PIXELS, seed, step, i);
	return { x, labels };
}
