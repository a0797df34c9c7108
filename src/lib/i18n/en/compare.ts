// The compare page (/compare/): tables, charts, claims.
import type { ParamConvention } from '../../analysis/counts';
import type { ChainFacts } from '../../compare/chain';
import type { ClaimId } from '../../compare/claims';
import type { ProtocolId } from '../../compare/errors';
import type { LayerGroup } from '../../compare/kinds';
import type { CompareProblem, ErrorKind } from '../../compare/query';
import { STAGE_LABELS } from '../../compare/stages';
import type { Variant } from '../../schema/types';

const join = (xs: readonly (number | null)[]) => xs.map((x) => x ?? '–').join(' / ');
const shape = (s: readonly number[]) => s.join('x');
const conventionName = (c: ParamConvention) => (c === 'keras' ? 'Keras' : 'PyTorch');
const errorName = (e: ErrorKind) => (e === 'top1' ? 'Top-1' : 'Top-5');

export const compare = {
	meta: {
		title: 'Compare · Inception Explorer',
		description:
			'Every Inception network side by side: parameters, MACs, memory, depth, the paper’s cost claims checked, and paper against released Inception-ResNet-v2.'
	},
	title: 'Compare the networks',
	lede: 'Every network the site defines, at one input size: what each costs, where that cost goes, whether the paper’s claims about cost hold, and how the released Inception-ResNet-v2 differs from the one the paper draws.',
	conventionLead: 'How things are counted.',
	/** `c` is the analysis' own wording of its conventions (CONVENTION_TEXT). */
	convention: (c: { params: string; macs: string; flops: string; bytes: string }) =>
		`Parameters: ${c.params} (Keras), or BatchNorm gamma and beta without moving statistics (PyTorch). MACs: ${c.macs}; FLOPs = ${c.flops}. Memory: ${c.bytes}.`,
	/** A network's name: its label, and its variant where it has two. */
	subject: (label: string, variant: Variant | null) => (variant ? `${label} (${variant})` : label),
	/** Why a network has no numbers at this size; `detail` is the analysis' own explanation. */
	cannot: (_size: number, _smallest: number | null, detail: string) => detail,
	cannotTake: (size: number, smallest: number | null) =>
		`Cannot take ${size}x${size}${smallest ? `; the smallest that works is ${smallest}x${smallest}` : ''}.`,
	/** What the URL asked for that the page cannot use. */
	problem: (p: CompareProblem): string => {
		switch (p.kind) {
			case 'explorer':
				return p.text;
			case 'convention':
				return `“convention=${p.raw}” is not one of ${p.allowed}; counting as keras.`;
			case 'unknown':
				return `Unknown network${p.keys.length > 1 ? 's' : ''} ${p.keys.map((k) => `“${k}”`).join(', ')} left out; choose from ${p.known}.`;
			case 'none':
				return 'No network chosen; showing all of them.';
			case 'error':
				return `“error=${p.raw}” is not one of ${p.allowed}; showing top1.`;
		}
	},
	settings: {
		label: 'Compare settings',
		size: 'Input size (px)',
		sizeProblem: (max: number) => `Type a whole number of pixels, 1 to ${max}.`,
		networks: 'Networks',
		cost: 'Cost in',
		convention: 'Parameters counted as'
	},
	side: {
		heading: (size: number) => `Side by side at ${size}x${size}`,
		region: 'All networks side by side',
		caption: 'Every network shown, side by side, at the input size chosen',
		network: 'Network',
		at: (size: number) => `At ${size}x${size}`,
		works: 'works',
		cannotRun: 'cannot run',
		params: (c: ParamConvention) => `Parameters (${conventionName(c)})`,
		trainable: 'Trainable / non-trainable (Keras)',
		macs: 'MACs per image',
		flops: 'FLOPs per image (2 x MACs)',
		activation: 'Activation memory, all tensors',
		peak: 'Peak activation memory',
		depth: 'Depth: layers on the longest path',
		weighted: 'Weighted layers on the longest path',
		layers: 'Layers in all (conv, pool, dense)',
		rf: 'Receptive field at the last grid (px)',
		output: (stage: string) => `Output of ${stage}`,
		smallest: 'Smallest input that works (px)',
		none: 'none',
		export: 'Export the table'
	},
	cost: {
		heading: 'Where the cost goes',
		stagesTitle: (unit: string) => `${unit} per stage`,
		stagesLabel: (unit: string) => `${unit} per stage, one bar per network`,
		stagesNote:
			'Each segment opens its block in the explorer. Stages are found from structure: the blocks that shrink the grid are the reductions.',
		kindsTitle: (unit: string) => `${unit} by layer kind`,
		kindsLabel: (unit: string) => `${unit} by layer kind, one bar per network`,
		kindsNote: 'Pooling has no multiply-accumulates: its work is element operations, listed in the table.',
		network: 'Network',
		stage: 'Stage',
		parts: 'Parts',
		share: 'Share',
		params: (c: ParamConvention) => `Params (${c})`,
		output: 'Output',
		kind: 'Layer kind',
		layers: 'Layers',
		poolOps: 'Pool ops',
		/** A bar segment's accessible name, and what following it does. */
		segment: (network: string, part: string, amount: string, unit: string, share: string) =>
			`${network}, ${part}: ${amount} ${unit} (${share})`,
		opens: (title: string) => `${title}; open in the explorer`
	},
	/** The paper's stage names, as it prints them (the head is ours). */
	stages: STAGE_LABELS,
	kinds: {
		pointwise: '1x1 conv',
		factorised: '1xn / nx1 conv',
		spatial: '3x3 and larger conv',
		pooling: 'Pooling',
		dense: 'Classifier'
	} satisfies Record<LayerGroup, string>,
	chart: {
		export: (title: string) => `Export ${title}`,
		data: 'Data table',
		dataRegion: (title: string) => `${title}: data`,
		fileDescription: (title: string) => `${title}, from Inception Explorer's compare page.`
	},
	claims: {
		heading: 'The paper’s claims, checked',
		intro: (size: number) =>
			`Verdicts are computed from the analysis at ${size}x${size}, with the tolerance each one states.`,
		/** Who the paper says it of, where the quote does not name it. */
		speaker: {
			'irv1-v3': 'Inception-ResNet-v1',
			'irv2-paper-v4': 'Inception-ResNet-v2',
			'irv2-released-v4': 'Inception-ResNet-v2',
			'v4-step-time': 'Inception-v4 against Inception-ResNet-v2'
		} satisfies Record<ClaimId, string>,
		/** The quote in the page's language ('' where the page's language is the paper's). */
		gloss: {
			'irv1-v3': '',
			'irv2-paper-v4': '',
			'irv2-released-v4': '',
			'v4-step-time': ''
		} satisfies Record<ClaimId, string>,
		/** Why this pair: where the paper's network and the one people use differ ('' for none). */
		note: {
			'irv1-v3': '',
			'irv2-paper-v4': 'The network as the figures draw it (widths 384, 1152, 2144; erratum E15).',
			'irv2-released-v4':
				'The network as TF-slim and Keras ship it (erratum E13): twice the blocks, a narrower stem.',
			'v4-step-time':
				'Step time depends on hardware and software, which a static analysis does not see; layer counts are the part of the explanation it can check.'
		} satisfies Record<ClaimId, string>,
		costNumbers: (
			subject: string,
			subjectMacs: string,
			reference: string,
			referenceMacs: string,
			ratio: string,
			size: number,
			wording: string,
			tolerance: number
		) =>
			`${subject}: ${subjectMacs} MACs; ${reference}: ${referenceMacs} MACs; ratio ${ratio} (at ${size}x${size}; “${wording}” read as within ${tolerance}%).`,
		depthNumbers: (
			slower: string,
			slowerLayers: number,
			slowerLongest: number,
			faster: string,
			fasterLayers: number,
			fasterLongest: number
		) =>
			`${slower}: ${slowerLayers} layers, ${slowerLongest} on the longest path; ${faster}: ${fasterLayers} layers, ${fasterLongest} on the longest path.`,
		tag: { holds: 'Holds', fails: 'Does not hold', indirect: 'Indirect' },
		/** `off` is subject / reference - 1; `percent` formats a fraction. */
		cost: (within: boolean, off: number, tolerance: number, percent: (x: number) => string) => {
			const direction = off === 0 ? 'exactly as much' : `${percent(off)} ${off > 0 ? 'more' : 'fewer'} MACs`;
			return within
				? `${direction}, within ${percent(tolerance)}.`
				: `${direction}, outside ${percent(tolerance)}.`;
		},
		depth: (
			more: boolean,
			deeper: boolean,
			slower: { layers: number; longest: number },
			faster: { layers: number; longest: number }
		) => {
			const counts = `${slower.layers} against ${faster.layers} layers in all, ${slower.longest} against ${faster.longest} on the longest path`;
			if (more && deeper) return `Consistent, not proven: more layers and a longer path (${counts}).`;
			if (more || deeper)
				return `Partly consistent: ${more ? 'more layers in all' : 'a longer path'} but ${more ? 'not a longer path' : 'not more layers'} (${counts}).`;
			return `Not explained by layer counts: fewer layers and no longer path (${counts}).`;
		}
	},
	errors: {
		heading: 'Reported error against cost',
		title: (e: ErrorKind) => `${errorName(e)} error against MACs per image`,
		note: 'Errors as Tables 2–5 print them; cost computed here at 299x299: crops x models x MACs per image. Bubble area is parameters (all models of an ensemble). Table 2 scores a smaller image set than Tables 3–5, and ResNet-151 and BN-Inception are not defined here, so they are listed without a cost.',
		shown: 'Error shown',
		kind: { top1: 'Top-1', top5: 'Top-5' } satisfies Record<ErrorKind, string>,
		protocols: {
			crops1: '1 crop (Table 2)',
			crops12: '12 crops (Table 3)',
			crops144: '144 crops (Table 4)',
			ensemble: 'Ensemble, 144 crops (Table 5)'
		} satisfies Record<ProtocolId, string>,
		/** The legend's names where the chart is narrow. */
		protocolsShort: {
			crops1: '1 crop',
			crops12: '12 crops',
			crops144: '144 crops',
			ensemble: 'Ensemble'
		} satisfies Record<ProtocolId, string>,
		chartLabel: (e: ErrorKind) =>
			`Reported ${e === 'top1' ? 'top-1' : 'top-5'} error against MACs per evaluated image`,
		xAxis: 'MACs per image evaluated (log scale)',
		yAxis: (e: ErrorKind) => `${errorName(e)} error (%)`,
		point: (
			row: string,
			protocol: string,
			value: number | null,
			e: ErrorKind,
			macs: string,
			params: string
		) =>
			`${row}, ${protocol}: ${value}% ${e === 'top1' ? 'top-1' : 'top-5'} error, ${macs} MACs per image, ${params} parameters`,
		head: {
			row: 'Row (as printed)',
			protocol: 'Protocol',
			crops: 'Crops',
			models: 'Models',
			top1: 'Top-1 %',
			top5: 'Top-5 %',
			perCrop: 'MACs per crop',
			perImage: 'MACs per image',
			params: 'Params',
			source: 'Source'
		},
		dense: 'dense',
		undefinedHere: 'not defined here',
		source: (table: number, page: number) => `Table ${table}, p${page}`
	},
	chain: {
		heading: 'Paper against released Inception-ResNet-v2',
		intro: (macs: string, params: string) =>
			`The released code (TF-slim, Keras) is not the network the paper draws. Starting from the paper’s network, each row below grafts one difference of the released definition onto the network so far; every network in between is valid and analysed, so the rows add up exactly to the gap of ${macs} MACs and ${params} parameters.`,
		region: 'Paper against released Inception-ResNet-v2',
		caption: (c: ParamConvention) =>
			`Each row is applied to the network left by the rows above it; params in the ${conventionName(c)} convention.`,
		head: {
			difference: 'Difference',
			paper: 'Paper (before)',
			released: 'Released',
			params: 'Params added',
			macs: 'MACs added',
			ops: 'Element ops added'
		},
		paperNetwork: 'Paper network (Figs 3, 16, 7, 17, 18, 19, 15)',
		sum: 'Sum of the rows = the whole gap',
		releasedNetwork: 'Released network (TF-slim, Keras)',
		/** A row's title and its two cells, worded from the computed facts. */
		row: (f: ChainFacts): { title: string; paper: string; released: string } => {
			switch (f.id) {
				case 'stem':
					return {
						title: 'Stem and Mixed 5b',
						paper: `Fig 3 stem → ${shape(f.paper)}`,
						released: `Inception-v3 stem + Mixed 5b → ${shape(f.released)}`
					};
				case 'widths':
					return {
						title: 'Widths after the stem (A / B / C)',
						paper: join(f.paper),
						released: join(f.released)
					};
				case 'repeats':
					return { title: 'Blocks repeated (A / B / C)', paper: join(f.paper), released: join(f.released) };
				case 'scales':
					return {
						title: 'Residual scales (A / B / C)',
						paper: `0.1 to 0.3 (§3.3); here ${join(f.paper)}`,
						released: join(f.released)
					};
				case 'lastBlock':
					return {
						title: 'Last C block without ReLU',
						paper: 'none',
						released: `1 more C block, scale ${f.scale ?? '–'}, ${f.relu ? 'ReLU' : 'no ReLU'}`
					};
				case 'conv1536':
					return {
						title: `1x1 conv (${f.filters}) after the last block`,
						paper: 'none',
						released: `${f.label} → ${shape(f.output)}`
					};
				case 'head':
					return {
						title: 'Head: average pool, dropout, classifier',
						paper: `classifier reads ${shape(f.paper)} features`,
						released: `classifier reads ${shape(f.released)} features`
					};
			}
		}
	},
	/** The paper's Tables 2-5 as the chapters show them (ResultsTable): captions in our words, column heads. */
	results: {
		captions: {
			2: 'Single model, single crop, on the validation images left after removing about 1700 blacklisted entities.',
			3: 'Single model, 10 or 12 crops, on all 50,000 validation images.',
			4: 'Single model, 144 crops (ResNet: dense evaluation), on all 50,000 validation images.',
			5: 'Ensembles, 144 crops (ResNet: dense), on all 50,000 validation images.'
		} satisfies Record<2 | 3 | 4 | 5, string>,
		caption: (table: number, text: string, page: number) =>
			`Table ${table}. ${text} Error rates in percent, as printed in arXiv:1602.07261v2, page ${page}.`,
		head: { network: 'Network', crops: 'Crops', models: 'Models', top1: 'Top-1', top5: 'Top-5' },
		dense: 'dense',
		aaai: 'AAAI-17 prints other values'
	}
};
