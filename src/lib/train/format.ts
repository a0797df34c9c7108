// Small formatters shared by the demos' charts and sentences.
export const percent = (x: number): string => `${Math.round(x * 100)}%`;
export const seconds = (s: number): string => (s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`);
export const fixed = (digits: number) => (x: number) => x.toFixed(digits);

/** 27000 -> "27,000"; 3.06 -> "3.1": big ratios read better grouped, small ones with one decimal. */
export function ratio(x: number): string {
	return x >= 100 ? new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 }).format(x) : x.toFixed(1);
}

/** Rows of a screen-reader table: about `rows` evenly spaced steps, each lane's value there (or null). */
export function sampleRows<P extends { step: number }>(
	lanes: readonly (readonly P[])[],
	value: (p: P) => number,
	rows = 8
): { x: number; ys: (number | null)[] }[] {
	const longest = Math.max(0, ...lanes.map((l) => l.length));
	if (longest === 0) return [];
	const every = Math.max(1, Math.ceil(longest / rows));
	const out: { x: number; ys: (number | null)[] }[] = [];
	for (let i = every - 1; i < longest; i += every) {
		out.push({ x: i + 1, ys: lanes.map((l) => (l[i] ? value(l[i]) : null)) });
	}
	return out;
}
