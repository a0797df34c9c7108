// The whole-network overview (Figs 9 and 15): each top-level part one box, in forward order. Every part box is
// as wide as the widest label needs, so size means nothing; the bar inside each, on that one common width,
// is the part's share of the network's parameters or MACs (a bar across the whole box would be 100%).
import type { Network } from '../schema/types';
import { isLayer } from '../schema/types';
import type { Row, Trace } from '../analysis/trace';
import { totalParams } from '../analysis/counts';
import { shape as shapeText } from '../analysis/format';
import { percent } from '../analysis/format';
import { titleOf } from '../analysis/naming';
import { kindOf, layerWords } from './names';
import { explorer as en } from '../i18n/en/explorer';
import { UNIT, textWidth, type Box, type Edge, type Layout } from './types';

export type ShareMeasure = 'params' | 'macs';

/** Least width of a part box, so that even the smaller shares make bars one can compare. */
const MIN_PART_W = 320;

export function overviewLayout(
	network: Network,
	trace: Trace,
	measure: ShareMeasure,
	w: Pick<typeof en, 'diagram' | 'naming'> = en
): Layout {
	const total = trace.root;
	const measureOf = (row: Row) => (measure === 'params' ? totalParams(row.params) : row.macs);
	const whole = measureOf(total) || 1;
	const ends = (role: 'input' | 'output', text: string): Omit<Box, 'x' | 'y'> => ({
		id: `#${role}`,
		path: null,
		role,
		kind: 'input',
		w: textWidth(text) + 24,
		h: UNIT.boxH,
		label: text,
		name: text
	});
	const parts: Omit<Box, 'x' | 'y'>[] = total.children.map((row) => {
		const part = row.node;
		const share = measureOf(row) / whole;
		const label = titleOf(row, undefined, w.naming);
		const sub = w.diagram.share(percent(share), measure);
		const what = isLayer(part) ? layerWords(part, row.filters, w.diagram) : '';
		return {
			id: row.path,
			path: row.path,
			role: 'part',
			kind: isLayer(part) ? kindOf(part) : 'block',
			w: Math.max(textWidth(label) + 24, textWidth(sub, 11) + 24),
			h: UNIT.partH,
			label,
			sub,
			share,
			name: `${label} ${sub}${what ? `, ${what}` : ''}, ${w.diagram.outputOf(shapeText(row.output))}`
		};
	});
	const partW = Math.max(MIN_PART_W, ...parts.map((p) => p.w));
	const all = [
		ends('input', `Input ${shapeText(trace.input)}`),
		...parts.map((p) => ({ ...p, w: partW })),
		ends('output', `Output ${shapeText(total.output)}`)
	];
	const width = Math.max(...all.map((b) => b.w));
	let y = UNIT.margin;
	const boxes: Box[] = all.map((b) => {
		const placed = { ...b, x: UNIT.margin + (width - b.w) / 2, y };
		y += b.h + UNIT.gapY;
		return placed;
	});
	const edges: Edge[] = boxes.slice(1).map((b, i) => {
		const a = boxes[i];
		const x = UNIT.margin + width / 2;
		const output = i === 0 ? trace.input : total.children[i - 1].output;
		return {
			id: `e${i}`,
			from: a.id,
			to: b.id,
			kind: 'flow',
			points: [
				[x, a.y + a.h],
				[x, b.y]
			],
			label: shapeText(output),
			labelAt: [x + 6, a.y + a.h + UNIT.gapY / 2 + 4]
		};
	});
	return { width: width + 2 * UNIT.margin, height: y - UNIT.gapY + UNIT.margin, boxes, edges, frames: [] };
}
