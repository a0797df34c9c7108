// The site's frame: header, footer, skip link, theme and language switches, the 404 page.
import type { Locale } from '../locale';

import type { Variant } from '../../schema/types';

export const site = {
	name: 'Inception Explorer',
	skip: 'Skip to content',
	nav: {
		label: 'Main',
		read: 'Read',
		networks: 'Networks',
		compare: 'Compare',
		lab: 'Lab',
		train: 'Train'
	},
	language: {
		/** The switch's accessible name. */
		label: 'Language',
		/** Said of the link to the other language's page; the language named in this page's language. */
		readIn: (target: Locale) =>
			`Read this page in ${({ en: 'English', ko: 'Korean' } satisfies Record<Locale, string>)[target]}`
	},
	theme: { dark: 'Dark theme' },
	footer: {
		label: 'Site',
		read: 'Read the chapters',
		networks: 'Explore the networks',
		compare: 'Compare the networks',
		train: 'Train two networks',
		lab: 'Run a block in the lab',
		/** Around the paper's title (a <cite>, kept as published) and its arXiv link. */
		credit: {
			lead: 'An interactive reading of Christian Szegedy, Sergey Ioffe, Vincent Vanhoucke and Alex Alemi,',
			middle: '(2016),',
			end: '.'
		},
		computed:
			'Numbers about the networks on this site are computed from one definition of each network, not typed in.'
	},
	error: {
		notFound: 'Page not found',
		failed: 'Something went wrong',
		/** A layer's address: its block's page shows it (`before` <a>open <code>node</code> in part</a>). */
		deep: {
			before: (network: string) => `${network} shows its layers on their block’s page:`,
			open: 'open',
			in: (part: string) => `in ${part}`
		},
		/** Around the unknown address, in <code>. */
		noPage: { before: 'There is no page at', after: '. It may have moved, or the address may have a typo.' },
		failedWith: (status: number, message?: string) =>
			`The page could not be shown (${status}${message ? `: ${message}` : ''}).`,
		versionsOf: (network: string) => `Versions of ${network}`,
		sameAs: (variant: string) => ` (the same as ${variant})`,
		partsOf: (network: string, variant?: string) => `Parts of ${network}${variant ? ` (${variant})` : ''}`,
		/** A variant's phrase after its name in a list. */
		variants: { paper: 'as drawn in the paper', released: 'as released' } satisfies Record<Variant, string>,
		overview: 'Overview',
		networks: (n: number) => `The ${n} networks`,
		elsewhere: 'Elsewhere',
		home: 'Home',
		homeWhat: 'what this site is about',
		readWhat: 'the chapters, in order',
		networksWhat: 'all of them side by side',
		labWhat: 'run a block live in your browser',
		/** The no-JavaScript 404 page (one build/404.html for every unknown address). */
		fallback: 'There is no page at this address on Inception Explorer. Try one of these instead.'
	}
};
