// The race in headless Chromium: tfjs only on Start, two Workers whose curves grow while the page stays
// responsive, Pause and Reset, everything freed and ended; the page without JavaScript; axe in both themes.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';

const TFJS = /Hi, looks like you are running TensorFlow\.js|tfjs-backend-wasm|\bregisterKernel\b/;
const race = (page: Page) => page.locator('section.race');

/** How late a 10 ms interval may fire while training, beyond what two busy Workers alone cause. */
const BUDGET_MS = 16;
// In-page snippets as text (a function would be compiled with helpers the page does not have).
const LAG_START = `(() => {
	clearInterval(window.__lagTimer);
	window.__lags = [];
	let last = performance.now();
	window.__lagTimer = setInterval(() => {
		const now = performance.now();
		window.__lags.push(now - last - 10);
		last = now;
	}, 10);
})()`;
const LAG_P95 = `(() => {
	clearInterval(window.__lagTimer);
	const l = window.__lags.slice().sort((a, b) => a - b);
	return { n: l.length, p95: l[Math.floor(l.length * 0.95)] ?? 0 };
})()`;
const SPIN_START = `(() => {
	const url = URL.createObjectURL(new Blob(['let s = 0; for (;;) s += Math.sqrt(s + 1);'], { type: 'text/javascript' }));
	window.__spinners = [new Worker(url), new Worker(url)];
})()`;
const SPIN_STOP = `(() => window.__spinners.forEach((w) => w.terminate()))()`;

async function steps(page: Page): Promise<[number, number]> {
	const text = (await race(page).getAttribute('data-steps')) ?? '0 0';
	const [residual, plain] = text.split(' ').map(Number);
	return [residual, plain];
}

async function open(page: Page) {
	await page.goto('/train/');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
}

test('without JavaScript the page explains the race and shows both networks’ computed cost', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/train/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Train it yourself');
	for (const id of ['race', 'dying', 'init']) await expect(page.locator(`section#${id}`)).toHaveCount(1);
	const rows = page.locator('.costs tbody tr');
	await expect(rows).toHaveCount(2);
	const trainable = await rows.locator('td:nth-child(2)').allTextContents();
	expect(trainable[0]).toMatch(/^\d{2},\d{3}$/);
	expect(trainable[0]).toBe(trainable[1]);
	await expect(page.getByText('With JavaScript on, Start loads TensorFlow.js')).toBeVisible();
	await expect(page.getByRole('img', { name: 'disk' }).first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeHidden();
	await context.close();
});

test('the race: tfjs loads on Start, both curves grow, the page stays responsive, Pause and Reset work', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (['script', 'other', 'fetch'].includes(r.resourceType()) || r.url().includes('/workers/'))
			scripts.push(r.url());
	});
	await open(page);
	await page.waitForLoadState('networkidle');
	for (const url of scripts) {
		const body = await (await page.request.get(url)).text();
		expect(body, `${url} loads before Start`).not.toMatch(TFJS);
	}
	expect(page.workers()).toHaveLength(0);

	// The control: the same timer while two Workers only spin, so a loaded machine's own lag is not blamed on
	// the page. On an idle machine it is about 0, and the budget is the brief's 16 ms.
	await page.evaluate(SPIN_START);
	await page.evaluate(LAG_START);
	await page.waitForTimeout(4000);
	const control = ((await page.evaluate(LAG_P95)) as { p95: number }).p95;
	await page.evaluate(SPIN_STOP);
	await expect.poll(() => page.workers().length).toBe(0);

	await race(page).getByRole('button', { name: 'Start', exact: true }).click();
	await expect.poll(() => page.workers().length).toBe(2);
	await expect(race(page).getByRole('status')).toHaveText(/Training on WebAssembly/, { timeout: 60_000 });
	await expect
		.poll(async () => Math.min(...(await steps(page))), { timeout: 90_000 })
		.toBeGreaterThanOrEqual(2);
	await page.evaluate(LAG_START);
	const early = await steps(page);
	await expect
		.poll(async () => (await steps(page)).every((s, i) => s > early[i]), { timeout: 90_000 })
		.toBe(true);
	const paths = race(page).locator('figure').first().locator('svg[role="img"] path');
	await expect(paths).toHaveCount(2);
	for (const d of await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? '')))
		expect(d).toMatch(/^M[\d.]+,[\d.]+L/);
	await expect(race(page).locator('.summary')).toContainText(/residual/);
	await page.waitForTimeout(4000);

	const lag = (await page.evaluate(LAG_P95)) as { n: number; p95: number };
	expect(lag.n).toBeGreaterThan(50);
	expect(
		lag.p95,
		`p95 timer lag while training ${lag.p95.toFixed(1)} ms; with two busy Workers and no page work ${control.toFixed(1)} ms`
	).toBeLessThan(BUDGET_MS + control);

	await race(page).getByRole('button', { name: 'Pause' }).click();
	await expect(race(page)).toHaveAttribute('data-phase', 'paused');
	// A step under way when Pause arrives still reports; after that nothing moves.
	await page.waitForTimeout(3000);
	const paused = await steps(page);
	await page.waitForTimeout(2500);
	expect(await steps(page)).toEqual(paused);
	for (const theme of ['light', 'dark'] as const) {
		await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
		await expectNoAxeViolations(page, `/train/ with curves (${theme})`);
	}

	await race(page).getByRole('button', { name: 'Reset' }).click();
	await expect(race(page)).toHaveAttribute('data-phase', 'idle');
	await expect(race(page)).toHaveAttribute('data-tensors-left', '0 0');
	expect(page.workers()).toHaveLength(0);
	expect(await steps(page)).toEqual([0, 0]);
	await expect(race(page).getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
});

test('leaving the page ends the Workers', async ({ page }) => {
	await open(page);
	await race(page).getByRole('button', { name: 'Start', exact: true }).click();
	await expect.poll(() => page.workers().length).toBe(2);
	await expect.poll(async () => Math.max(...(await steps(page))), { timeout: 90_000 }).toBeGreaterThan(0);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lab' }).click();
	await expect(page).toHaveURL(/\/lab\/$/);
	await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
});

test('the initialisation demo computes when scrolled near; axe is clean in light and dark', async ({
	page
}) => {
	await open(page);
	const init = page.locator('section#init .init');
	await expect(init).toHaveAttribute('data-state', 'idle');
	await init.scrollIntoViewIfNeeded();
	await expect(init).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
	await expect(init.locator('figure')).toHaveCount(2);
	await expect(init.locator('figure').first().locator('svg[role="img"] path')).toHaveCount(4);
	await expect(init.locator('.summary')).toContainText(
		/activation RMS goes from [\d.]+ to [\d.]+ without scaling/
	);
	await expect.poll(() => page.workers().length).toBe(0);
	for (const theme of ['light', 'dark'] as const) {
		await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
		await expectNoAxeViolations(page, `/train/ (${theme})`);
	}
});
