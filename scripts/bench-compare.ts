// Compare target, measured in headless Chromium against the built site (`vite preview`): changing the input
// size until every network's numbers on the page are the new ones (target < 100 ms, median).
// Run alone: npx tsx scripts/bench-compare.ts [--no-build]
import { chromium, type Page } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { freePort, buildSite, startPreview } from './preview';
import { median } from '../src/lib/tfjs/run';

export interface CompareBenchOptions {
	/** Build the site first (default true: a stale build measures the wrong thing). */
	build?: boolean;
	port?: number;
	/** Size changes timed. */
	changes?: number;
}

export const TARGETS = { sizeChangeMs: 100 } as const;

// Runs in the page; kept as text because tsx would wrap a function in helpers the page does not have.
const CHANGE_IN_PAGE = `(size) => new Promise((resolve, reject) => {
	const cells = () => [...document.querySelectorAll('[data-cell$=":macs"]')];
	const before = cells().map((c) => c.textContent);
	if (!before.length) return reject(new Error('no numbers on the page'));
	const input = document.querySelector('[data-settings] input[type="number"]');
	if (!input) return reject(new Error('no input size box'));
	let t0 = 0;
	const observer = new MutationObserver(() => {
		const now = cells().map((c) => c.textContent);
		// Every network's MACs must be new.
		if (!now.every((text, i) => text !== before[i])) return;
		observer.disconnect();
		requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
	});
	observer.observe(document.body, { subtree: true, childList: true, characterData: true });
	t0 = performance.now();
	input.value = String(size);
	input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

function timeChange(page: Page, size: number): Promise<number> {
	return page.evaluate(`(${CHANGE_IN_PAGE})(${size})`) as Promise<number>;
}

export async function benchCompare(options: CompareBenchOptions = {}): Promise<boolean> {
	const { build = true, changes = 10 } = options;
	const port = options.port ?? (await freePort());
	console.log('\n## Compare (headless Chromium, built site)');
	if (build) {
		buildSite('bench-compare');
	}
	const found = await findChromium();
	if ('error' in found) throw new Error(found.error);
	const { origin, stop } = await startPreview(port, '/compare/');
	const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox'] });
	try {
		const page = await browser.newPage();
		await page.goto(`${origin}/compare/`, { waitUntil: 'networkidle' });
		await page.locator('[data-compare-ready]').waitFor({ state: 'attached' });
		const times: number[] = [];
		// Alternate two sizes; the first pair warms up.
		for (let i = 0; i < changes + 2; i++) {
			const size = i % 2 === 0 ? 331 : 299;
			const ms = await timeChange(page, size);
			// The URL follows (replaceState fires no load event, so wait on location itself).
			await page.waitForFunction(`location.search === '?input=${size}'`);
			if (i >= 2) times.push(ms);
		}
		const ms = median(times);
		const ok = ms < TARGETS.sizeChangeMs;
		const count = await page.locator('[data-compare-table] thead th[data-column]').count();
		console.log(
			`input size 299 <-> 331 to all ${count} networks' numbers on screen: median ${ms.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${times.length}  target < ${TARGETS.sizeChangeMs} ms  ${ok ? 'ok' : 'MISSED'}`
		);
		return ok;
	} finally {
		await browser.close();
		stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const ok = await benchCompare({ build: !process.argv.includes('--no-build') });
	process.exit(ok ? 0 : 1);
}
