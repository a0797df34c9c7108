// The explorer: /networks/, a network's page, its diagram, detail panel, settings, tables and exports.
// Pure data and functions (no imports but types): the registry, naming and derivations read their English
// words from here too, so the CLI and the English pages say the same.
import type { ElementOps } from '../../analysis/counts';
import type { ErratumId, Padding, Unprinted, Variant } from '../../schema/types';
import type { BoxKind } from '../../diagram/types';
import type { ErratumText } from '../../schema/errata';

export const explorer = {
	/** One line per network for menus and cards, by registry id. */
	blurbs: {
		'inception-v4':
			'The pure Inception network: a deeper, more uniform stem and modules, no residual connections.',
		'inception-resnet-v1': 'Cheap residual Inception blocks, about the cost of Inception-v3.',
		'inception-resnet-v2':
			'Wider residual Inception blocks; the paper’s figures and the released code differ.',
		'inception-v3': 'The baseline the paper compares against, as released in Keras.'
	},
	/** How each variant is named: `label` on a control or a table row, `phrase` after a network's name. */
	variants: {
		paper: { label: 'Paper (figures)', phrase: 'as drawn in the paper' },
		released: { label: 'Released code', phrase: 'as released' }
	} satisfies Record<Variant, { label: string; phrase: string }>,
	/** Where a definition comes from, by `<id>/<variant>`; English says the definition's own note. */
	sourceNotes: {} as Record<string, string>,

	index: {
		title: 'Networks · Inception Explorer',
		description: 'Inception-v4, Inception-ResNet-v1 and -v2, and Inception-v3, block by block.',
		heading: 'Networks',
		lede: 'The paper’s three networks and the Inception-v3 it compares against, drawn from one definition each. Open one to see its parts, then any block, layer by layer, with the arithmetic behind every number.',
		compare: 'Compare them side by side',
		compareAfter: ': cost, where it goes, and the paper’s claims checked.',
		caption: (network: string) => `${network}: size and cost at 299x299`,
		variant: 'Variant',
		params: 'Params',
		macs: 'MACs'
	},

	heading: {
		title: (part: string | null, network: string) =>
			`${part ? `${part} · ` : ''}${network} · Inception Explorer`,
		description: (part: string | null, network: string) =>
			`${part ? `${part} of ` : ''}${network}: every layer with its shapes, parameters and cost.`,
		crumbs: 'Breadcrumb',
		networks: 'Networks',
		paper: (figures: string, table: string | null) =>
			`As drawn in the paper, Figures ${figures}${table ? `, Table ${table}` : ''}.`,
		released: (code: string) => `As released: ${code}.`
	},

	layerPage: {
		title: (layer: string, part: string, network: string) =>
			`${layer} in ${part} · ${network} · Inception Explorer`,
		before: (network: string) => `${network} shows its layers on their block’s page:`,
		open: 'open',
		in: (part: string) => ` in ${part}`
	},

	switcher: { label: 'Networks and variants', network: 'Network', variant: 'Variant' },
	parts: (network: string) => `Parts of ${network}`,

	noJs: (network: string, size: string, shown: string | null) =>
		`JavaScript is off, so this page shows ${network} at its own ${size} input with ${shown ? `${shown} itself` : 'the whole network'} in the panel. The diagram, numbers and table are all here, and each box links to its row. Changing the input size, MACs or FLOPs, or the selection, and any settings in the address (?input=, ?path=), need JavaScript.`,
	useSize: (size: number) => `Use ${size}x${size}`,
	numbersFor: (size: string) => `Numbers below are for ${size}.`,
	scope: (network: string, input: string, part: string | null) =>
		`Whole network: ${network} at a ${input} input${part ? `, not just ${part}` : ''}`,
	diagramTitle: (part: string | null, network: string) =>
		part ? `${part} of ${network}, block diagram` : `${network}, overview of its parts`,
	details: 'Details',
	elsewhere: (path: string, part: string) => `“${path}” is outside ${part}:`,
	openElsewhere: 'open it in its own block',
	at: (input: string) => `At a ${input} input`,
	openPart: (part: string) => `Open the ${part} diagram →`,
	tableLabel: 'Table',
	tableCaption: (title: string, overview: boolean) =>
		`${title}${overview ? ', part by part' : ''}: the diagram as a table`,
	convention: (c: { params: string; macs: string; flops: string; bytes: string }) =>
		`Parameters: ${c.params}. MACs: ${c.macs}. FLOPs = ${c.flops}. Memory: ${c.bytes}.`,
	/** The counting conventions in this language; English says analysis/summary's own. */
	conventionText: null as { params: string; macs: string; flops: string; bytes: string } | null,

	totals: {
		params: 'Parameters',
		paramsNote: (trainable: string, not: string) => `${trainable} trainable, ${not} not`,
		macs: 'MACs',
		macsNote: (n: string) => `${n} multiply-accumulates`,
		flops: 'FLOPs',
		flopsNote: (n: string) => `${n} = 2 x MACs`,
		peak: 'Peak activations',
		peakNote: 'float32, batch 1',
		rf: 'Receptive field',
		rfNote: 'at the last grid',
		versus: (delta: string, before: string) => `${delta} vs ${before}`,
		/** What the numbers are compared with: "Inception-v4 at 331px". */
		comparedAt: (name: string, at: string) => `${name} at ${at}`,
		was: (shape: string) => `was ${shape}`,
		rfMoved: (high: string, wide: string) => `${high} high, ${wide} wide`
	},

	settings: {
		label: 'Settings',
		size: 'Input size (px)',
		pending: (size: number) => `Numbers are for ${size} px until you press Enter or pause.`,
		costIn: 'Cost in',
		shareOf: 'Bars show share of',
		params: 'Parameters',
		wholeNumber: (max: number) => `Type a whole number of pixels, 1 to ${max}.`,
		/** A size the network cannot take, in this language; English says the analysis's own message. */
		cannotRun: null as
			((e: { network: string; size: string; path: string; smallest: number | null }) => string) | null
	},

	query: {
		notOneOf: (name: string, raw: string, allowed: readonly string[]) =>
			`“${name}=${raw}” is not one of ${allowed.join(', ')}; showing ${allowed[0]}.`,
		badInput: (raw: string, max: number) =>
			`“input=${raw}” is not a whole number from 1 to ${max}; showing the default size.`,
		noNode: (network: string, wanted: string, where: string | null) =>
			`${network} has no node “${wanted}”; showing ${where ?? 'the whole network'} instead.`
	},

	table: {
		layer: 'Layer or block',
		input: 'Input',
		output: 'Output',
		params: 'Params'
	},

	figure: {
		label: 'Diagram',
		clickPart: 'Click a part to open its block diagram.',
		clickBox: 'Click a box, or focus one and press Enter, to see its numbers.',
		arrows: 'Arrow keys move between boxes.',
		partLinks: 'Each part links to its block diagram.',
		boxLinks: 'Each box links to its row in the table below.',
		repeat: (times: number) =>
			`The network runs this block ${times} times, each copy with its own weights; copy 1 is drawn.`,
		erratumBox: (id: string) => `; the paper prints this differently (erratum ${id})`
	},

	zoom: {
		label: 'Diagram size',
		how: 'Drag or swipe sideways to pan; pinch or Ctrl+wheel to zoom.',
		out: 'Zoom out',
		scale: 'Scale',
		in: 'Zoom in',
		reset: 'Reset'
	},

	exportMenu: { label: 'Export' },
	exportTitle: (what: string | null, network: string, variant: string, input: string) =>
		`${what ? `${what} of ${network}` : `${network}, its parts`} (${variant}) at a ${input} input`,

	legend: {
		label: 'Legend',
		kinds: {
			conv: 'Convolution',
			'pool-max': 'Max pool',
			'pool-avg': 'Average pool',
			'global-pool': 'Global average pool',
			dropout: 'Dropout',
			dense: 'Fully connected',
			concat: 'Filter concat',
			residual: 'Residual add',
			scale: 'Activation scaling',
			input: 'Input / output',
			block: 'Block'
		} satisfies Record<BoxKind, string>,
		shortcut: 'Shortcut (identity)',
		errata: (n: number) =>
			`${n === 1 ? 'An erratum' : 'Errata'}: the paper prints this box differently; select it for the proof`
	},

	/** Spoken names of boxes (aria labels) and the overview's share line (diagram/). */
	diagram: {
		filters: (n: number) => `${n} filters`,
		valid: 'V = valid padding',
		linear: 'Linear = no activation',
		max: 'maximum',
		average: 'average',
		perChannel: 'one average per channel',
		identity: 'identity at inference',
		classes: (n: number) => `${n} classes`,
		branches: (n: number) => `${n} branches`,
		scaled: 'the residual is multiplied before the add',
		joins: 'the shortcut joins the block output',
		input: (shape: string) => `Input, ${shape}`,
		output: (shape: string) => `Output, ${shape}`,
		outputOf: (shape: string) => `output ${shape}`,
		share: (percent: string, measure: 'params' | 'macs') =>
			`${percent} of ${measure === 'params' ? 'parameters' : 'MACs'}`
	},

	tooltip: {
		params: (n: string, cost: string) => `${n} params · ${cost}`
	},

	/** What every node is called (analysis/naming). */
	naming: {
		overview: 'Overview',
		copy: (index: number, times: number) => `copy ${index} of ${times}`,
		branch: (n: number) => `branch ${n}`,
		wholeNetwork: 'Whole network',
		blockRun: (network: string, times: number) => `Block of ${network}, run ${times} times`,
		block: (network: string) => `Block of ${network}`,
		layer: (network: string) => `Layer of ${network}`,
		oneCopy: (times: number) => `One of ${times} copies, each with its own weights`
	},

	/** The detail panel: its fact names and the words inside the arithmetic (analysis/explain). */
	panel: {
		changes: (before: string) => `Beside each number that moved: the change since ${before}.`,
		erratum: (id: string, title: string) => `Erratum ${id}: ${title}`,
		printed: 'The paper prints ',
		uses: '; this uses ',
		end: '.'
	},

	explain: {
		facts: {
			input: 'Input',
			output: 'Output',
			params: 'Parameters',
			trainable: 'Trainable',
			nonTrainable: 'Non-trainable',
			macs: 'MACs',
			flops: 'FLOPs',
			ops: 'Element ops',
			memory: 'Activations written',
			rf: 'Receptive field',
			share: 'Share of network'
		},
		keras: (trainable: string, non: string, total: string) =>
			`${trainable} trainable + ${non} non-trainable = ${total} (as Keras counts them)`,
		samePadding: (input: number) => `same padding keeps ${input}`,
		height: 'height',
		width: 'width',
		channels: 'channels',
		filters: (n: number | string) => `${n} filters`,
		unchanged: (c: number) => `unchanged, ${c}`,
		globalAverage: (grid: string, channels: number) =>
			`average over the ${grid} grid leaves ${channels} channels`,
		identity: 'identity at inference',
		classes: (n: number) => `${n} classes`,
		residualShape: 'the sum x + scale x body(x) has the shape of x',
		sumLayers: (n: number, total: string) => `sum over ${n} layer${n === 1 ? '' : 's'} = ${total}`,
		sumSame: (total: string) => `sum over the same layers = ${total}`,
		weights: 'weights',
		biases: 'biases',
		beta: 'BatchNorm beta',
		noWeights: 'no weights',
		moving: (channels: string, total: string) =>
			`BatchNorm moving mean + variance: 2 x ${channels} = ${total}`,
		none: 'none',
		convMacs: (outputs: string, window: string, macs: string) => `${outputs} outputs x (${window}) = ${macs}`,
		denseMacs: (inputs: number, units: number, macs: string) =>
			`${inputs} inputs x ${units} outputs = ${macs}`,
		noMacs: 'no multiply-accumulates (its work is counted as element ops)',
		sumMacs: (n: number, total: string) => `sum over ${n} layer${n === 1 ? '' : 's'} with MACs = ${total}`,
		ops: {
			batchNorm: 'BatchNorm (multiply + add)',
			activation: 'ReLU',
			bias: 'bias adds',
			pool: 'pooling window reads',
			add: 'residual adds',
			scale: 'residual scaling',
			softmax: 'softmax (exp, sum, divide)'
		} satisfies Record<keyof ElementOps, string>,
		noTensor: 'writes no new tensor at inference',
		sumTensors: (total: string, size: string) => `sum of every tensor written inside = ${total} B (${size})`,
		rfOne: (size: number) => `${size} (a 1-wide window adds nothing)`,
		rfStep: (sum: string, step: string) => `${sum}, step ${step}`,
		rfWidest: 'the widest of the paths that meet here',
		rfLast: 'that of its last layer',
		rfAtLast: (field: string) => `${field} px at the last grid`,
		rfGrid: (field: string, stride: number) =>
			`each position of the last grid sees ${field} px of the input (step ${stride} px)`,
		rfGlobal: 'global average pooling then mixes every position, so each output depends on the whole image',
		share: (params: string, macs: string) => `${params} of params, ${macs} of MACs`,
		shareParams: (part: string, total: string) => `${part} / ${total} params`,
		shareMacs: (part: string, total: string) => `${part} / ${total} MACs`,
		/** Erratum proofs (analysis/explain/errata). */
		stride: (n: number) => `stride ${n}`,
		printedGrid: (derivation: string, grid: string) => `printed: ${derivation}, a ${grid} grid`,
		usedGrid: (derivation: string) => `used: ${derivation}`,
		concatNeeds: (grid: string, partners: string) =>
			`Filter concat needs equal grids: ${grid} cannot stack with ${partners}`,
		eitherWay: (sum: string) => `parameters either way: ${sum}`,
		vertical: (kernel: string, sum: string) => `vertical receptive field with ${kernel}: ${sum}`,
		withPrinted: (kernel: string, sum: string) => `with the printed ${kernel}: ${sum}`,
		blockInput: (shape: string, channels: string) => `the block input x is ${shape}: ${channels}`,
		outputOf: (sum: string, block: string) => `${sum} (the output of ${block})`,
		needsChannels: (scale: string, channels: number, printed: number) =>
			`x + ${scale} x up(x) needs up(x) to have ${channels} channels, not ${printed}`,
		/** What a figure leaves out (E2, E8), and the value used instead. */
		notPrinted: (what: readonly string[]) => `no ${what.join(' or ')}`,
		unprinted: { size: 'window', stride: 'stride', width: 'widths' } satisfies Record<Unprinted, string>,
		padding: { same: 'same', valid: 'valid' } satisfies Record<Padding, string>,
		poolWindow: (window: string, stride: number, padding: string) =>
			`${window}, stride ${stride}, ${padding}`,
		partnerGrids: (partners: string) => `the other branches of its Filter concat end at ${partners}`,
		anyWindow: (stride: number, derivation: string) =>
			`with stride ${stride}: ${derivation}, whatever the window`,
		otherStride: (stride: number, derivation: string, grid: string) =>
			`with stride ${stride}: ${derivation}, so the branch would end at ${grid}`,
		codeWindow: (window: string) => `the window, ${window}, is the released code's choice`,
		widths: (list: string) => `widths ${list}`,
		widthAfter: (part: string, shape: string, sum: string) => `after ${part}: ${shape} (${sum})`,
		carried: (printed: number, sum: string) => `carrying the printed ${printed} forward instead: ${sum}`,
		/** The errata's words in this language; English says schema/errata's own. */
		errata: null as Record<ErratumId, ErratumText> | null
	}
};
