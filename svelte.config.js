import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/** @type {import('@sveltejs/kit').Config} */
export default {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	compilerOptions: {
		// Runes everywhere except libraries and mdsvex chapters (mdsvex emits legacy `$$props`).
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || /\.md$/.test(filename) ? undefined : true
	},
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		alias: { $content: 'content' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};
