// npm run bench -- gpu: the blocks in Chromium on a hardware GPU (WebGL and WebGPU), each beside one 3x3 conv
// of equal MACs on the same backend, as achieved GFLOP/s. Where Chromium finds only software rendering
// (SwiftShader, llvmpipe: CI and headless servers), it says so and times nothing: those numbers would be the
// CPU's. Run on a machine with a GPU and its drivers; CHROMIUM_PATH picks the browser.
// GPU_BENCH_SOFTWARE=1 times software WebGL/WebGPU anyway (to try this script where there is no GPU).
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { EFFICIENCY_TARGET, formatRow, type BenchRow } from './bench-blocks';
import type { GpuProbe } from './bench-gpu-page';

/** Flags that let Chromium use a GPU headless (none forces software rendering, as the e2e tests' flags do). */
export const GPU_FLAGS = ['--no-sandbox', '--ignore-gpu-blocklist', '--enable-gpu', '--enable-unsafe-webgpu'];

// A made-up origin on the loopback address: a secure context (WebGPU needs one), answered by page.route.
const ORIGIN = 'http://127.0.0.1:4199';

export type GpuVerdict = boolean | 'skipped';

async function pageScript(): Promise<string> {
	const result = await build({
		entryPoints: ['scripts/bench-gpu-page.ts'],
		bundle: true,
		write: false,
		platform: 'browser',
		format: 'iife',
		target: 'es2022',
		logLevel: 'warning',
		define: { 'process.env.NODE_ENV': '"production"' },
		// backend.ts may import the wasm backend's files as Vite `?url` assets; this page never runs wasm.
		plugins: [
			{
				name: 'no-vite-urls',
				setup(b) {
					b.onResolve({ filter: /\?url$/ }, (args) => ({ path: args.path, namespace: 'vite-url' }));
					b.onLoad({ filter: /.*/, namespace: 'vite-url' }, () => ({ contents: 'export default "";' }));
				}
			}
		]
	});
	return result.outputFiles[0].text;
}

export async function benchGpu(runs = Number(process.env.GPU_BENCH_RUNS ?? 10)): Promise<GpuVerdict> {
	console.log('\n## tfjs on the GPU in Chromium: blocks vs one 3x3 conv of equal MACs (BN folded)');
	const found = await findChromium();
	if ('error' in found) {
		console.log(`No Chromium: ${found.error}`);
		return 'skipped';
	}
	const script = await pageScript();
	const browser = await chromium.launch({ executablePath: found.path, args: GPU_FLAGS });
	try {
		const page = await browser.newPage();
		await page.route(`${ORIGIN}/**`, (route) =>
			route.request().url().endsWith('/bench.js')
				? route.fulfill({ contentType: 'text/javascript', body: script })
				: route.fulfill({
						contentType: 'text/html',
						body: '<!doctype html><meta charset="utf-8"><title>gpu bench</title><script src="/bench.js"></script>'
					})
		);
		await page.goto(`${ORIGIN}/`);
		const probe = (await page.evaluate('gpuBench.probe()')) as GpuProbe;
		const software = process.env.GPU_BENCH_SOFTWARE === '1';
		const backends: ('webgl' | 'webgpu')[] = [];
		if (probe.webgl.available && (software || !probe.webgl.software)) backends.push('webgl');
		if (probe.webgpu.available && (software || !probe.webgpu.fallback)) backends.push('webgpu');
		console.log(
			`WebGL: ${probe.webgl.available ? probe.webgl.renderer : 'unavailable'}${probe.webgl.software ? ' (software)' : ''}`
		);
		console.log(
			`WebGPU: ${probe.webgpu.description}${probe.webgpu.fallback ? ' (fallback adapter: software)' : ''}`
		);
		if (!backends.length) {
			console.log(
				'Only software rendering was found here, so no GPU timings: the numbers would measure the CPU. ' +
					'Run `npm run bench -- gpu` on a machine with a GPU and its drivers.'
			);
			return 'skipped';
		}
		if (software) console.log('GPU_BENCH_SOFTWARE=1: timing software rendering, which measures the CPU.');
		const rows: BenchRow[] = [];
		let failed = false;
		for (const backend of backends) {
			try {
				const got = (await page.evaluate(
					`gpuBench.bench(${JSON.stringify(backend)}, ${runs})`
				)) as BenchRow[];
				for (const row of got) console.log(formatRow(row, EFFICIENCY_TARGET));
				rows.push(...got);
			} catch (e) {
				// A lost context or a crashed GPU process ends this backend, not the bench.
				console.log(`${backend}: failed (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
				failed = true;
			}
		}
		const ok = !failed && rows.every((r) => r.efficiency >= EFFICIENCY_TARGET);
		console.log(
			`GPU efficiency target (>= ${100 * EFFICIENCY_TARGET}% of one conv's throughput): ${ok ? 'met' : 'missed'}`
		);
		return ok;
	} finally {
		await browser.close();
	}
}
