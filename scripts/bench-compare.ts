// Compare target, measured in headless Chromium against the built site (`vite preview`): changing the input
// size until every network's numbers on the page are the new ones (target < 100 ms, median).
// Run alone: npx tsx scripts/bench-compare.ts [--no-build]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { median } from '../src/lib/tfjs/run';

export interface CompareBenchOptions {
	/** Build the site first (default true: a stale build measures the wrong thing). */
	build?: boolean;
	port?: number;
	/** Size changes timed. */
	changes?: number;
}

export const TARGETS = { sizeChangeMs: 100 } as const;

/** A port nothing listens on now (other previews may share this machine). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

async function waitFor(url: string, ms = 30_000) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`bench-compare: ${url} did not answer within ${ms} ms`);
}

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
		const built = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
		if (built.status !== 0) throw new Error('bench-compare: npm run build failed');
	}
	const found = await findChromium();
	if ('error' in found) throw new Error(found.error);
	const origin = `http://127.0.0.1:${port}`;
	const server: ChildProcess = spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'preview',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--strictPort'
		],
		{ stdio: 'ignore' }
	);
	const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox'] });
	try {
		await waitFor(`${origin}/compare/`);
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
		server.kill();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const ok = await benchCompare({ build: !process.argv.includes('--no-build') });
	process.exit(ok ? 0 : 1);
}
