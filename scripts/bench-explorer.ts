// Explorer targets, measured in headless Chromium against the built site (`vite preview`):
//  - toggling Inception-ResNet-v1 <-> v2 until the new totals are on screen (target < 50 ms, median)
//  - JavaScript shipped on the first load of a network page, gzip -9, tfjs excluded (target < 120 KB)
// Run alone: npx tsx scripts/bench-explorer.ts [--no-build]
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { buildSite, startPreview } from './preview';
import { median } from '../src/lib/tfjs/run';

export interface ExplorerBenchOptions {
	/** Build the site first (default true: a stale build measures the wrong thing). */
	build?: boolean;
	port?: number;
	/** Toggles timed (each direction counts once). */
	toggles?: number;
}

export const TARGETS = { toggleMs: 50, firstLoadGzipKB: 120 } as const;

// Strings only tfjs bundles carry (as scripts/check-no-tfjs.mjs).
const TFJS = [/Hi, looks like you are running TensorFlow\.js/, /tfjs-backend-wasm/, /\bregisterKernel\b/];

// Runs in the page; kept as text because tsx would wrap a function in helpers the page does not have.
const TOGGLE_IN_PAGE = `(id) => new Promise((resolve, reject) => {
	const value = () => document.querySelector('[data-total="params"] .value')?.textContent;
	const before = value();
	const link = document.querySelector('[data-network="' + id + '"]');
	if (!link) return reject(new Error('no toggle for ' + id));
	let t0 = 0;
	const observer = new MutationObserver(() => {
		if (value() === before) return;
		observer.disconnect();
		// The numbers are on screen once the frame after the change is painted.
		requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
	});
	observer.observe(document.body, { subtree: true, childList: true, characterData: true });
	t0 = performance.now();
	link.click();
})`;

/** Clicks a network toggle and resolves with ms until the params total has changed and a frame was drawn. */
function timeToggle(page: Page, to: string): Promise<number> {
	return page.evaluate(`(${TOGGLE_IN_PAGE})(${JSON.stringify(to)})`) as Promise<number>;
}

export async function benchExplorer(options: ExplorerBenchOptions = {}): Promise<boolean> {
	const { build = true, port = 4388, toggles = 10 } = options;
	console.log('\n## Explorer (headless Chromium, built site)');
	if (build) {
		buildSite('bench-explorer');
	}
	const found = await findChromium();
	if ('error' in found) throw new Error(found.error);
	const { origin, stop } = await startPreview(port, '/networks/');
	const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox'] });
	try {
		const page = await browser.newPage();

		// First load: every script the page fetches before it settles.
		const scripts: { url: string; gzip: number; tfjs: boolean }[] = [];
		page.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			const body = await response.body().catch(() => null);
			if (!body) return;
			const text = body.toString('utf8');
			scripts.push({
				url: response.url(),
				gzip: gzipSync(body, { level: 9 }).length,
				tfjs: TFJS.some((m) => m.test(text))
			});
		});
		await page.goto(`${origin}/networks/inception-resnet-v1/paper/inceptionResnetA/`, {
			waitUntil: 'networkidle'
		});
		await page.waitForSelector('[data-network="inception-resnet-v2"]');
		const shipped = scripts.filter((s) => !s.tfjs);
		const firstLoadKB = shipped.reduce((sum, s) => sum + s.gzip, 0) / 1024;
		const tfjsOnLoad = scripts.length - shipped.length;

		// Toggle v1 <-> v2, alternating; the first pair warms up.
		await page.locator('input[type="number"]').waitFor();
		const times: number[] = [];
		for (let i = 0; i < toggles + 2; i++) {
			const to = i % 2 === 0 ? 'inception-resnet-v2' : 'inception-resnet-v1';
			const ms = await timeToggle(page, to);
			await page.waitForURL(new RegExp(`/${to}/`));
			if (i >= 2) times.push(ms);
		}
		const toggleMs = median(times);

		const okToggle = toggleMs < TARGETS.toggleMs;
		const okSize = firstLoadKB < TARGETS.firstLoadGzipKB && tfjsOnLoad === 0;
		console.log(
			`toggle IR-v1 <-> IR-v2 to new totals on screen: median ${toggleMs.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${times.length}  target < ${TARGETS.toggleMs} ms  ${okToggle ? 'ok' : 'MISSED'}`
		);
		console.log(
			`first-load JS of a network page (gzip -9, ${shipped.length} scripts, tfjs excluded; tfjs chunks loaded: ${tfjsOnLoad}): ${firstLoadKB.toFixed(1)} KB  target < ${TARGETS.firstLoadGzipKB} KB  ${okSize ? 'ok' : 'MISSED'}`
		);
		return okToggle && okSize;
	} finally {
		await browser.close();
		stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const ok = await benchExplorer({ build: !process.argv.includes('--no-build') });
	process.exit(ok ? 0 : 1);
}
