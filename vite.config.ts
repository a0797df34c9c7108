import { readFile } from 'node:fs/promises';
import { sveltekit } from '@sveltejs/kit/vite';
import { compile } from 'mdsvex';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { mdsvexOptions, site } from './svelte.config.js';
import { koreanFont } from './src/lib/site/korean-font/plugin.ts';

/**
 * `content/NN-slug.md?meta`: a module with a chapter's `metadata` alone, compiled by mdsvex with the chapters'
 * own options (so remark plugins' additions are there too). The chapter list imports this, not the chapter,
 * so each chapter's body stays in its own lazily loaded chunk instead of riding along with every page.
 */
function chapterMetadata(): Plugin {
	// A virtual JS module, so that the Svelte and mdsvex plugins (which take every id ending in .md) skip it.
	const PREFIX = '\0chapter-metadata:';
	const SUFFIX = '.metadata.js';
	return {
		name: 'chapter-metadata',
		enforce: 'pre',
		async resolveId(source, importer) {
			const [path, query] = source.split('?');
			if (query !== 'meta' || !path.endsWith('.md')) return null;
			const resolved = await this.resolve(path, importer, { skipSelf: true });
			return resolved && PREFIX + resolved.id + SUFFIX;
		},
		async load(id) {
			if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
			const file = id.slice(PREFIX.length, -SUFFIX.length);
			this.addWatchFile(file);
			const compiled = await compile(await readFile(file, 'utf8'), { ...mdsvexOptions, filename: file });
			return `export const metadata = ${JSON.stringify(compiled?.data?.fm ?? null)};`;
		}
	};
}

// The one line tfjs-backend-cpu prints (backend_util.warn, on its first tensor) whenever it runs in Node:
// it suggests tfjs-node, which cannot be installed here (shared/notes/toolchain.md). tfjs' own switches for
// it (the IS_TEST or PROD flags) would hide every other tfjs warning too, so the tests drop this one only.
const TFJS_NODE_BANNER = 'Hi, looks like you are running TensorFlow.js in Node.js.';

export default defineConfig({
	// koreanFont first: it writes the Korean web font (from the sources' Hangul) before the CSS that names it loads.
	plugins: [koreanFont(), chapterMetadata(), sveltekit()],
	// The site's origin for canonical URLs (src/lib/site/canonical.ts); set PUBLIC_SITE_ORIGIN to deploy.
	define: { __SITE_ORIGIN__: JSON.stringify(site.origin) },
	server: { fs: { allow: ['content'] } },
	build: {
		// The Korean font's faces stay files, even the switch's 1 KB one: pages inline their CSS, and a data: URL
		// there would cost every reader, where a file costs only those with no Korean font installed.
		assetsInlineLimit: (file) => (file.includes('/korean-font/generated/') ? false : undefined),
		// The largest chunk is tfjs (about 926 kB), loaded only when a reader runs a block live: expected, and
		// scripts/check-no-tfjs.mjs proves no page loads it up front. Anything larger than tfjs still warns.
		chunkSizeWarningLimit: 1000,
		// No <link rel="modulepreload"> injected per dependency of a dynamic import: each costs the main thread
		// a DOM insert and a selector query (70 ms at 4x CPU when the app starts), and the page's own chunks are
		// already preloaded in one go by the boot script (src/lib/site/paint-first.ts). CSS is still loaded.
		modulePreload: false,
		rolldownOptions: {
			// Rolldown reports plugin timings when callbacks pass 1 s; here that is always kit prerendering every
			// page in writeBundle, which is the build's job. Real warnings stay on.
			checks: { pluginTimings: false }
		}
	},
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
		onConsoleLog: (log) => !log.includes(TFJS_NODE_BANNER)
	}
});
