// The reading pages: the chapter list, a chapter's frame, and the components placed in chapters.
import type { Metric } from '../../analysis/stat';
import { TABLE_CAPTIONS, type TableNumber } from '../../results/reported';
const tableCaptions: Record<TableNumber, string> = TABLE_CAPTIONS;

export const read = {
	list: {
		title: 'Read',
		description: 'The chapters of Inception Explorer, in reading order.',
		lede: 'The paper, retold in short chapters. Start at the top; each one links to the next.'
	},
	chapter: {
		kicker: (n: number, of: number) => `Chapter ${n} of ${of}`,
		minutes: (n: number) => `${n} min read`,
		nav: 'Chapters',
		previous: 'Previous',
		next: 'Next',
		all: 'All chapters',
		/** Shown above a chapter that has no edition in the page's language yet. */
		untranslated: 'This chapter has not been translated yet; it is shown in its original language.'
	},
	contents: 'On this page',
	references: 'References',
	/** Tooltips of computed numbers. */
	stat: (network: string) => `Computed from the ${network} definition`,
	ratio: (a: string, aMetric: Metric, b: string, bMetric: Metric) =>
		`${a} ${aMetric} ÷ ${b} ${bMetric}, computed`,
	reported: (table?: number) =>
		`As reported in the paper, ${table === undefined ? 'Table 5 caption' : `Table ${table}`}`,
	figure: {
		/** A figure's spoken name: a block of a network, or the network's overview. */
		blockOf: (block: string, network: string) => `${block} of ${network}`,
		parts: (network: string) => `${network}, its parts`,
		explore: 'Explore it',
		open: 'Open in the explorer',
		/** After a selected box's name (in bold): its shapes and counts. */
		numbers: (io: string, params: string, macs: string) => `: ${io}, ${params} parameters, ${macs} MACs.`,
		tooltip: (params: string, macs: string) => `${params} params · ${macs} MACs`
	},
	erratum: {
		/** Around the printed and the working value (both in bold). */
		prints: { before: 'The paper prints', middle: '; what works is', after: '.' },
		caption: (figure: string) => `Where it sits: ${figure}, the box in question lit`
	},
	results: {
		table: (n: number) => `Table ${n}.`,
		/** Tables 2-5's captions. */
		captions: tableCaptions,
		source: (page: number) => `Error rates in percent, as printed in arXiv:1602.07261v2, page ${page}.`,
		network: 'Network',
		crops: 'Crops',
		models: 'Models',
		top1: 'Top-1',
		top5: 'Top-5',
		dense: 'dense',
		aaai: 'AAAI-17 prints other values',
		aaaiPrints: (row: string, cells: string) => `${row}: The AAAI-17 text prints ${cells}.`
	},
	factorised: {
		kernel: 'Kernel size',
		caption: (channels: string, grid: number) =>
			`${channels} channels in and out on a ${grid} × ${grid} grid, weights only (BatchNorm adds the same few per layer either way)`,
		layers: 'Layers',
		weights: 'Weights',
		macs: 'MACs',
		sees: 'Sees',
		one: (n: number) => `one ${n}×${n}`,
		pair: (n: number) => `1×${n} then ${n}×1`,
		saving: (rf: string, percent: number, n: number) =>
			`The pair sees the same ${rf} window with ${percent}% fewer weights and MACs (2/${n} of the cost), and puts a non-linearity between its two halves.`
	},
	discussed: 'Discussed in'
};
