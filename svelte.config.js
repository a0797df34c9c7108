import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { remarkPlugins } from './scripts/remark/index.js';

/** @type {import('@sveltejs/kit').Config} */
export default {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'], remarkPlugins })],
	compilerOptions: {
		// Runes everywhere except libraries and mdsvex chapters (mdsvex emits legacy `$$props`).
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || /\.md$/.test(filename) ? undefined : true
	},
	kit: {
		// fallback: a 404.html for static hosts; it boots the app, which renders src/routes/+error.svelte.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		alias: { $content: 'content' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};
