// The race in headless Chromium: tfjs only on Start, two Workers whose curves grow while the page stays
// responsive, Pause and Reset, everything freed and ended; the page without JavaScript; axe in both themes.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';

const TFJS = /Hi, looks like you are running TensorFlow\.js|tfjs-backend-wasm|\bregisterKernel\b/;
const race = (page: Page) => page.locator('section.race');

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

	await race(page).getByRole('button', { name: 'Start', exact: true }).click();
	await expect.poll(() => page.workers().length).toBe(2);
	await expect(race(page).getByRole('status')).toHaveText(/Training on WebAssembly/, { timeout: 60_000 });
	await expect
		.poll(async () => Math.min(...(await steps(page))), { timeout: 90_000 })
		.toBeGreaterThanOrEqual(2);
	// Timer lag while both Workers train: how late a 10 ms interval fires on the main thread.
	await page.evaluate(() => {
		const w = window as unknown as { lags: number[] };
		w.lags = [];
		let last = performance.now();
		setInterval(() => {
			const now = performance.now();
			w.lags.push(now - last - 10);
			last = now;
		}, 10);
	});
	const early = await steps(page);
	await expect
		.poll(async () => (await steps(page)).every((s, i) => s > early[i]), { timeout: 90_000 })
		.toBe(true);
	const paths = race(page).locator('figure').first().locator('svg[role="img"] path');
	await expect(paths).toHaveCount(2);
	for (const d of await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? '')))
		expect(d).toMatch(/^M[\d.]+,[\d.]+L/);
	await expect(race(page).locator('.summary')).toContainText(/residual/);
	await page.waitForTimeout(3000);

	const lags = await page.evaluate(() => (window as unknown as { lags: number[] }).lags.slice());
	lags.sort((a, b) => a - b);
	expect(lags.length).toBeGreaterThan(50);
	expect(lags[Math.floor(lags.length * 0.95)], 'p95 timer lag while training (ms)').toBeLessThan(16);

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
