// Erratum proofs: for a layer where the paper prints something that cannot be right, the printed value, the
// value used, and the arithmetic that shows why (computed from the trace, never typed).
import { ERRATA } from '../../schema/errata';
import type { ErratumId, Node, Pool } from '../../schema/types';
import { count, shape } from '../format';
import { ancestorRows, closest, partOf, subtree } from '../rows';
import { outputLength } from '../rules';
import type { Row, Trace } from '../trace';
import { lengthDerivation, windowOf, type ExplainWords } from './derivations';
import { explorer } from '../../i18n/en/explorer';

export interface ErratumNote {
	id: ErratumId;
	title: string;
	where: string;
	printed: string;
	used: string;
	proof: string[];
}

const kernelText = ([h, w]: readonly [number, number]) => `${h}x${w}`;
const channelsOf = (r: Row) => r.output[r.output.length - 1];
/** A top-level part's label without its parenthesis: "Reduction-A", not "Reduction-A (k=256, …)". */
const partLabel = (r: Row) => r.label.replace(/ \(.*\)$/, '');

/** How a block's input channels add up: the part before it, if that part is a concat. */
function inputChannelsText(t: Trace, row: Row, channels: number, w: ExplainWords): string {
	const part = partOf(row);
	const before = part && part.index > 0 ? t.root.children[part.index - 1] : undefined;
	if (before?.node.kind === 'concat') {
		const parts = before.children.map((r) => r.output[r.output.length - 1]);
		return w.outputOf(`${channels} = ${parts.join(' + ')}`, partLabel(before));
	}
	return String(channels);
}

/** The grids of the other branches of the Filter concat `row` sits in ("35x35, 35x35"). */
function partnerGrids(row: Row): string[] {
	const concat = closest(row, 'concat');
	const mine = ancestorRows(row);
	return concat
		? concat.children
				.filter((r) => r !== row && !mine.includes(r))
				.map((r) => `${r.output[0]}x${r.output[1]}`)
		: [];
}

/** How a part's output width adds up: `192 + 192 = 384` where it ends in a Filter concat. */
function widthSum(r: Row): string {
	if (r.node.kind === 'concat') return `${r.children.map(channelsOf).join(' + ')} = ${channelsOf(r)}`;
	const last = r.children[r.children.length - 1];
	return r.node.kind === 'sequence' && last ? widthSum(last) : String(channelsOf(r));
}

/** E2: a pool whose window and stride are not printed; what its Filter concat allows, and the code's window. */
function unprintedWindowNote(row: Row, node: Pool, w: ExplainWords) {
	const [h] = row.input;
	const k = node.size[0];
	const partners = partnerGrids(row).join(', ');
	// The one other stride the figures use: a grid reduction's.
	const halving = 2;
	const halved = outputLength(h, k, halving, node.padding);
	return {
		used: w.poolWindow(kernelText(node.size), node.stride[0], w.padding[node.padding]),
		proof: [
			w.partnerGrids(partners),
			w.anyWindow(node.stride[0], lengthDerivation(h, k, node.stride[0], node.padding, w)),
			w.otherStride(halving, lengthDerivation(h, k, halving, node.padding, w), `${halved}x${halved}`),
			w.concatNeeds(`${halved}x${halved}`, partners),
			w.codeWindow(kernelText(node.size))
		]
	};
}

/**
 * E8: a pass-through whose width no figure prints; the widths of the parts that change it, from the stem to
 * this block, and what this block would give had the figures' nearest printed width been carried forward.
 */
function unprintedWidthNote(row: Row, t: Trace, w: ExplainWords) {
	const part = partOf(row);
	const parts = part ? t.root.children.slice(0, part.index + 1) : [];
	const widening = parts.filter((p) => channelsOf(p) !== p.input[p.input.length - 1]);
	const lines = widening.map((p) => w.widthAfter(partLabel(p), shape(p.output), widthSum(p)));
	const earlier = parts.slice(0, -1).reverse().flatMap(subtree);
	const printedWidth = earlier
		.map((r) => ('printed' in r.node ? r.node.printed?.filters : undefined))
		.find((f) => f !== undefined);
	const concat = closest(row, 'concat');
	const mine = ancestorRows(row);
	const others = concat ? concat.children.filter((r) => !mine.includes(r)).map(channelsOf) : [];
	if (printedWidth !== undefined && others.length) {
		const carried = printedWidth + others.reduce((a, b) => a + b, 0);
		lines.push(w.carried(printedWidth, `${[printedWidth, ...others].join(' + ')} = ${carried}`));
	}
	return { used: w.widths(widening.map(channelsOf).join(' / ')), proof: lines };
}

/** The printed value, the value that works and the arithmetic proving it, for a layer carrying `printed`. */
export function erratumNote(row: Row, t: Trace, w: ExplainWords = explorer.explain): ErratumNote | undefined {
	const node: Node = row.node;
	if ((node.kind !== 'conv' && node.kind !== 'pool') || !node.printed) return undefined;
	const printed = node.printed;
	const base = (w.errata ?? ERRATA)[printed.erratum];
	const note = { id: printed.erratum, title: base.title, where: base.where };
	const [h] = row.input;
	if (printed.unprinted) {
		const missing = w.notPrinted(printed.unprinted.map((u) => w.unprinted[u]));
		if (printed.unprinted.includes('width'))
			return { ...note, printed: missing, ...unprintedWidthNote(row, t, w) };
		if (node.kind === 'pool') return { ...note, printed: missing, ...unprintedWindowNote(row, node, w) };
		return undefined;
	}
	if (printed.stride) {
		const k = windowOf(node)[0];
		const partners = partnerGrids(row);
		const bad = outputLength(h, k, printed.stride[0], node.padding);
		return {
			...note,
			printed: w.stride(printed.stride[0]),
			used: w.stride(node.stride[0]),
			proof: [
				w.printedGrid(lengthDerivation(h, k, printed.stride[0], node.padding, w), `${bad}x${bad}`),
				w.usedGrid(lengthDerivation(h, k, node.stride[0], node.padding, w)),
				...(partners.length ? [w.concatNeeds(`${bad}x${bad}`, partners.join(', '))] : [])
			]
		};
	}
	if (printed.kernel) {
		const k = node.kind === 'conv' ? node.kernel : node.size;
		const cin = row.input[row.input.length - 1];
		const lines = [
			w.eitherWay(
				`${printed.kernel[0]} x ${printed.kernel[1]} x ${cin} x ${row.filters ?? cin} = ${count(row.params.weights)}`
			)
		];
		if (printed.erratum === 'E3') {
			const strideIn = row.rf.h.stride / node.stride[0];
			const before = row.rf.h.size - (k[0] - 1) * strideIn;
			lines.push(
				w.vertical(kernelText(k), `${before} + (${k[0]} - 1) x ${strideIn} = ${row.rf.h.size}`),
				w.withPrinted(
					kernelText(printed.kernel),
					`${before} + (${printed.kernel[0]} - 1) x ${strideIn} = ${before + (printed.kernel[0] - 1) * strideIn}`
				)
			);
		}
		return { ...note, printed: kernelText(printed.kernel), used: kernelText(k), proof: [...lines, base.why] };
	}
	if (printed.filters !== undefined && node.kind === 'conv') {
		const residual = closest(row, 'residual');
		const x = residual?.input ?? row.output;
		const c = x[x.length - 1];
		return {
			...note,
			printed: w.filters(printed.filters),
			used: w.filters(`${row.filters}`),
			proof: [
				w.blockInput(shape(x), inputChannelsText(t, row, c, w)),
				w.needsChannels(
					`${residual?.node.kind === 'residual' ? residual.node.scale : 'scale'}`,
					c,
					printed.filters
				),
				base.why
			]
		};
	}
	return undefined;
}
