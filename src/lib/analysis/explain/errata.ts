// Erratum proofs: for a layer where the paper prints something that cannot be right, the printed value, the
// value used, and the arithmetic that shows why (computed from the trace, never typed).
import { ERRATA } from '../../schema/errata';
import type { ErratumId, Node } from '../../schema/types';
import { count, shape } from '../format';
import { ancestorRows, closest, partOf } from '../rows';
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

/** How a block's input channels add up: the part before it, if that part is a concat. */
function inputChannelsText(t: Trace, row: Row, channels: number, w: ExplainWords): string {
	const part = partOf(row);
	const before = part && part.index > 0 ? t.root.children[part.index - 1] : undefined;
	if (before?.node.kind === 'concat') {
		const parts = before.children.map((r) => r.output[r.output.length - 1]);
		return w.outputOf(`${channels} = ${parts.join(' + ')}`, before.label.replace(/ \(.*\)$/, ''));
	}
	return String(channels);
}

/** The printed value, the value that works and the arithmetic proving it, for a layer carrying `printed`. */
export function erratumNote(row: Row, t: Trace, w: ExplainWords = explorer.explain): ErratumNote | undefined {
	const node: Node = row.node;
	if ((node.kind !== 'conv' && node.kind !== 'pool') || !node.printed) return undefined;
	const printed = node.printed;
	const base = (w.errata ?? ERRATA)[printed.erratum];
	const note = { id: printed.erratum, title: base.title, where: base.where };
	const [h] = row.input;
	if (printed.stride) {
		const k = windowOf(node)[0];
		const concat = closest(row, 'concat');
		const mine = ancestorRows(row);
		const partners = concat
			? concat.children
					.filter((r) => r !== row && !mine.includes(r))
					.map((r) => `${r.output[0]}x${r.output[1]}`)
			: [];
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
