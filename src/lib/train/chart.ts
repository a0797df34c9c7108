// The maths of a line chart, with d3: scales, ticks and path strings. The Svelte view only draws them.
import { extent, line, scaleLinear, scaleLog } from 'd3';

export interface XY {
	x: number;
	y: number;
}

export interface Series {
	id: string;
	label: string;
	/** A CSS colour (a custom property); lines also differ by dash, never by colour alone. */
	colour: string;
	dash?: string;
	points: readonly XY[];
	/** Where the series crossed a line worth marking (the 50% mark). */
	marker?: XY | null;
}

export interface Frame {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

export interface Axes {
	x: { domain: [number, number] };
	y: { domain: [number, number]; log?: boolean };
}

export function layout(series: readonly Series[], frame: Frame, axes: Partial<Axes> = {}) {
	const { width, height, margin } = frame;
	const all = series.flatMap((s) => s.points);
	const [x0, x1] = axes.x?.domain ?? (extent(all, (p) => p.x) as [number | undefined, number | undefined]);
	const xDomain: [number, number] = [x0 ?? 0, Math.max(x1 ?? 1, (x0 ?? 0) + 1)];
	const log = axes.y?.log ?? false;
	const [y0, y1] = axes.y?.domain ?? (extent(all, (p) => p.y) as [number | undefined, number | undefined]);
	// A log axis spans whole powers of ten, so its ticks (one per power) sit inside the plot.
	const yDomain: [number, number] = log
		? [10 ** Math.floor(Math.log10(y0 ?? 1e-3)), 10 ** Math.ceil(Math.log10(y1 ?? 1))]
		: [y0 ?? 0, y1 ?? 1];
	const range = { x: [margin.left, width - margin.right], y: [height - margin.bottom, margin.top] };
	const x = scaleLinear().domain(xDomain).range(range.x).nice();
	const y = (log ? scaleLog() : scaleLinear()).domain(yDomain).range(range.y);
	if (!log) y.nice();
	const path = line<XY>()
		.defined((p) => Number.isFinite(p.y) && (!log || p.y > 0))
		.x((p) => x(p.x))
		.y((p) => y(p.y));
	const xTicks = x.ticks(Math.max(2, Math.floor((width - margin.left - margin.right) / 80)));
	const yTicks = log ? logTicks(yDomain) : y.ticks(5);
	return { x, y, xTicks, yTicks, paths: series.map((s) => path([...s.points]) ?? '') };
}

/** Powers of ten across the domain (d3's log ticks label 2..9 too, which crowds a small chart). */
function logTicks([lo, hi]: [number, number]): number[] {
	const out: number[] = [];
	for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
	return out;
}

/** Keeps every k-th point so a chart of thousands of steps draws a few hundred. */
export function thin<T>(points: readonly T[], most = 400): T[] {
	if (points.length <= most) return [...points];
	const k = Math.ceil(points.length / most);
	return points.filter((_, i) => i % k === 0 || i === points.length - 1);
}
