import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { site } from './svelte.config.js';

export default defineConfig({
	plugins: [sveltekit()],
	// The site's origin for canonical URLs (src/lib/site/canonical.ts); set PUBLIC_SITE_ORIGIN to deploy.
	define: { __SITE_ORIGIN__: JSON.stringify(site.origin) },
	server: { fs: { allow: ['content'] } },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000
	}
});
