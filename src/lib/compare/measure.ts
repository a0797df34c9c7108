// How wide a line of SVG text will be, before it is drawn: enough to wrap a legend or keep a label inside
// the chart. Hangul and other wide scripts take about a full em per character, Latin about half.
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** Estimated width in px of `text` at `size` px in the system sans-serif. */
export function textWidth(text: string, size = 13): number {
	let em = 0;
	for (const ch of text) em += WIDE.test(ch) ? 1 : 0.55;
	return em * size;
}
