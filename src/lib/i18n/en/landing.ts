// The landing page (/).

/** The registry's network ids (src/lib/networks/registry.ts; landing.test.ts keeps the two in step). */
export type NetworkId = 'inception-v4' | 'inception-resnet-v1' | 'inception-resnet-v2' | 'inception-v3';

export const landing = {
	description:
		'An interactive, annotated reading of Inception-v4, Inception-ResNet and the Impact of Residual Connections on Learning (Szegedy et al., 2016): every figure drawn and every number computed from one definition of each network.',
	/** Around the paper's title (a <cite>, kept as published). */
	lede: { before: 'An annotated reading of ', after: ' by Szegedy, Ioffe, Vanhoucke and Alemi (2016).' },
	intro:
		"The paper asks whether Inception networks gain anything from the residual shortcuts that made ResNet famous, and builds three networks to find out. Here each section of it sits beside a live figure, and every shape, parameter and cost is computed from one definition of each network, so you can check the paper against itself. Where the paper's figures cannot be right, the site says so and shows why.",
	start: 'Read the story',
	explore: 'Explore the networks',
	compare: 'Compare them',
	chapters: 'The chapters',
	minutes: (n: number) => `${n} min`,
	caption:
		"Inception-v4 from input to output, drawn from its definition; each part's width is its share of the parameters. Select a part for its numbers",
	networks: 'The networks, counted',
	networksNote:
		"Parameters as Keras counts them and multiply-accumulates for one image at the network's own input size. Inception-v3 is the baseline the paper measures the new networks against.",
	baseline: 'baseline',
	/** A variant's link on a card ("as paper"). */
	as: (variant: string) => `as ${variant}`,
	/** Around the parameter count (in bold). */
	params: { before: '', after: ' parameters' },
	/** One line per network for menus and cards (the registry's `blurb` is the English source of these). */
	blurbs: {
		'inception-v4':
			'The pure Inception network: a deeper, more uniform stem and modules, no residual connections.',
		'inception-resnet-v1': 'Cheap residual Inception blocks, about the cost of Inception-v3.',
		'inception-resnet-v2':
			'Wider residual Inception blocks; the paper’s figures and the released code differ.',
		'inception-v3': 'The baseline the paper compares against, as released in Keras.'
	} satisfies Record<NetworkId, string>,
	check: 'Check the paper yourself',
	/** The onward links: the link's words, then what follows it. */
	onward: {
		compare: {
			link: 'Compare the networks',
			text: ": every network side by side, the paper's claims about their cost checked against computed numbers, and the released Inception-ResNet-v2 against the one the paper draws."
		},
		train: {
			link: 'Train two networks',
			text: ": a plain and a residual mini-Inception learn the same task in your browser, so you can watch the paper's main finding happen, and an unscaled wide residual stack die."
		},
		lab: {
			link: 'Run a block in the lab',
			text: ': any block of these networks in TensorFlow.js, its measured output shapes and parameters set beside the computed ones.'
		}
	}
};
