// The site's frame: header, footer, skip link, theme and language switches, the 404 page.
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
		/** Said of the link to the other language's page. */
		readIn: (language: string) => `Read this page in ${language}`
	}
};
