// npm run bench: bundles scripts/bench.ts with esbuild, then runs it. The bundle matters: tsx compiles with
// `keepNames`, which wraps every inner arrow function in a `__name()` call and slows the analysis ~2.5x;
// the site ships Vite's build, which does not. Dependencies stay external (tfjs, Playwright).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const outfile = 'node_modules/.cache/inception-bench/bench.mjs';
await build({
	entryPoints: ['scripts/bench.ts'],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: 'external',
	logLevel: 'warning'
});
await import(pathToFileURL(outfile).href);
