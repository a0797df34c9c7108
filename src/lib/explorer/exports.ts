// What an export says about itself: a file name naming network, variant, part and input size; a title and
// description for the SVG and PNG; a JSON document that carries its totals, conventions, classes and input
// beside its rows. Pure: the downloads themselves are in $lib/site/download.
import type { Analysis } from '../analysis/analyse';
import { shape } from '../analysis/format';
import { CONVENTION_TEXT } from '../analysis/summary';
import type { TableRow } from './table';
import { totalsOf } from './totals';
import { explorer as en } from '../i18n/en/explorer';

export interface ExportContext {
	analysis: Analysis;
	/** The variant named in the URL (an alias such as `released` included). */
	variant: string;
	/** '' for the overview. */
	part: string;
	/** "4 x Inception-A", "Overview". */
	partTitle: string;
	/** The page's `explorer` messages: the SVG and PNG title is in its language (English by default). */
	words?: Pick<typeof en, 'exportTitle'>;
}

const sizeOf = ([h, w]: readonly number[]) => (h === w ? `${h}px` : `${h}x${w}px`);

/** `inception-v4-paper-inceptionC-299px`: enough to tell two downloads apart in a folder. */
export function exportName({ analysis, variant, part }: ExportContext): string {
	return [analysis.network.id, variant, part || 'overview', sizeOf(analysis.input)].join('-');
}

/** The SVG's <title> and <desc> (and the PNG's description): what is drawn, for which input. */
export function exportCaption({ analysis, variant, part, partTitle, words = en }: ExportContext): {
	title: string;
	desc: string;
} {
	const { network, input } = analysis;
	return {
		title: words.exportTitle(part ? partTitle : null, network.label, variant, shape(input)),
		desc: `Block diagram from Inception Explorer: ${network.label}, variant ${variant}, input ${shape(input)}, ${network.classes} classes. Computed from the network's definition.`
	};
}

/** The JSON export: the table's rows with everything needed to read them without the page. */
export function exportDocument(context: ExportContext, rows: TableRow[]) {
	const { analysis, variant, part } = context;
	const { network, input } = analysis;
	return {
		network: network.id,
		label: network.label,
		variant,
		part,
		title: exportCaption({ ...context, words: en }).title,
		input,
		classes: network.classes,
		convention: CONVENTION_TEXT,
		totals: totalsOf(analysis),
		rows
	};
}
