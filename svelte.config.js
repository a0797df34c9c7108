import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { remarkPlugins } from './scripts/remark/index.js';
import links from './scripts/remark/links.js';

/**
 * `BASE_PATH`, checked: '' or '/a/path' (a leading slash, no trailing one), as kit wants.
 * @param {string | undefined} value
 * @returns {'' | `/${string}`}
 */
function basePath(value = '') {
	const trimmed = value.replace(/\/+$/, '');
	if (trimmed === '') return '';
	if (!/^(?:\/[\w.~-]+)+$/.test(trimmed)) {
		throw new Error(`BASE_PATH must look like /inception-explorer (got "${value}").`);
	}
	return /** @type {`/${string}`} */ (trimmed);
}

/**
 * `PUBLIC_SITE_ORIGIN`, checked: an http(s) origin with no path. The default is `npm run preview`'s address.
 * @param {string | undefined} value
 */
function siteOrigin(value = 'http://localhost:4173') {
	let url;
	try {
		url = new URL(value);
	} catch {
		url = null;
	}
	if (!url || !/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/$/, '')) {
		throw new Error(`PUBLIC_SITE_ORIGIN must be an origin like https://example.org (got "${value}").`);
	}
	return url.origin;
}

const buildDir = process.env.BUILD_DIR ?? 'build';

/** Where the site is hosted, from the environment at build time (vite.config.ts passes it to the app). */
export const site = {
	base: basePath(process.env.BASE_PATH),
	origin: siteOrigin(process.env.PUBLIC_SITE_ORIGIN)
};

/**
 * The chapters' mdsvex options: the preprocessor below, and the chapter list's metadata (vite.config.ts,
 * chapterMetadata), so the list sees exactly the metadata, remark plugins' additions included, that a chapter exports.
 * @type {import('mdsvex').MdsvexOptions}
 */
export const mdsvexOptions = {
	extensions: ['.md'],
	remarkPlugins: [...remarkPlugins, [links, { base: site.base }]]
};

/** @type {import('@sveltejs/kit').Config} */
export default {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex(mdsvexOptions)],
	compilerOptions: {
		// A display formula wider than a phone scrolls, and axe wants a scrolling region focusable
		// (scripts/remark/math.js gives it tabindex="0"); Svelte's rule against tabindex on a div does not know
		// that, so it is silenced for chapters only.
		warningFilter: (warning) =>
			!(warning.code === 'a11y_no_noninteractive_tabindex' && /\.md$/.test(warning.filename ?? '')),
		// Runes everywhere except libraries and mdsvex chapters (mdsvex emits legacy `$$props`).
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || /\.md$/.test(filename) ? undefined : true
	},
	kit: {
		// fallback: a 404.html for static hosts; it boots the app, which renders src/routes/+error.svelte.
		// BUILD_DIR: where the site is written (scripts/check-base-path.mjs builds a second copy beside it).
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '404.html', strict: true }),
		alias: { $content: 'content' },
		// Every page's CSS goes inline: a chapter pulls in a dozen small component stylesheets, and on a slow
		// phone each one is a render-blocking round trip before the first paint.
		inlineStyleThreshold: Infinity,
		// Absolute asset URLs (/_app/...): a page loads its CSS and JS from whatever URL the server answered it
		// at (/read//, say), not only from its own directory. BASE_PATH hosts the site under a sub-path
		// (BASE_PATH=/inception npm run build); internal links go through `resolve` from $app/paths.
		paths: { base: site.base, relative: false },
		// page.url.origin while prerendering is the real site's, as on the client.
		// '/ko/' too: the Korean pages are the same routes under /ko/ (src/hooks.ts), reached from there by crawling.
		prerender: {
			entries: ['*', '/ko/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			origin: site.origin
		}
	}
};
