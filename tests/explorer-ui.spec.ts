// The explorer as a new reader meets it (issue 8): sizes applied when typed in full, every number saying
// which size it is for, the page without JavaScript, the detail panel flowing with the page, table rows
// that show their result, tooltips that get out of the way, focus after every in-app navigation.
import type { Page } from '@playwright/test';
import { expect, test } from './console';

async function ready(page: Page) {
	await expect(page.getByLabel('Input size (px)')).toBeVisible();
	await expect(page.locator('.controls[data-hydrated]')).toHaveCount(1);
	// And the parts built after hydration (Deferred: the table, the run controls, the links around them).
	await expect(page.locator('.deferred:not([data-built])')).toHaveCount(0);
}

const box = (page: Page, name: string | RegExp) =>
	page.getByRole('group', { name: /block diagram|overview of its parts/ }).getByRole('link', { name });

test('a typed size applies when complete, and every number says which size it is for', async ({ page }) => {
	await page.goto('/networks/inception-v4/paper/stem/');
	await ready(page);
	const size = page.getByLabel('Input size (px)');
	const scope = page.locator('[data-totals-scope]');
	await expect(scope).toHaveText('Whole network: Inception-v4 at a 299x299x3 input, not just Stem');
	await expect(page.locator('[data-panel-at]')).toHaveText('At a 299x299x3 input');

	await size.fill('');
	await size.pressSequentially('1234567890', { delay: 40 });
	await expect(page.locator('[data-size-problem]')).toContainText('4096');
	// Nothing on the way (1, 12, 123, 1234, ...) was applied: the page is still at 299.
	expect(page.url()).not.toContain('input=');
	await expect(scope).toContainText('299x299x3');
	await expect(page.locator('[data-total] .delta')).toHaveCount(0);

	// Enter applies at once; the comparison names the size it compares with.
	await size.fill('331');
	await size.press('Enter');
	await expect(page).toHaveURL(/\?input=331$/);
	await expect(scope).toContainText('331x331x3');
	await expect(page.locator('[data-panel-at]')).toHaveText('At a 331x331x3 input');
	await expect(page.locator('[data-total="macs"] .delta')).toContainText('vs Inception-v4 at 299px');

	// Leaving the box applies too.
	await size.fill('320');
	await page.getByLabel('FLOPs').focus();
	await expect(page).toHaveURL(/\?input=320$/);
	await expect(scope).toContainText('320x320x3');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page says what works without it and that settings need it', async ({ page }) => {
		await page.goto('/networks/inception-v4/paper/stem/?input=331&path=stem/mixed3');
		const note = page.locator('[data-no-js]');
		await expect(note).toBeVisible();
		await expect(note).toContainText('299x299');
		await expect(note).toContainText('?input=');
		await expect(page.getByText('Each box links to its row in the table below.')).toBeVisible();
		await expect(page.getByText('Arrow keys move between boxes')).toBeHidden();
		await expect(page.locator('[data-totals-scope]')).toContainText('299x299x3');
	});
});

test('with JavaScript the no-JS note is gone and the hint says what the keyboard does', async ({ page }) => {
	await page.goto('/networks/inception-v4/paper/stem/');
	await ready(page);
	await expect(page.locator('[data-no-js]')).toBeHidden();
	await expect(page.getByText('Arrow keys move between boxes')).toBeVisible();
});

test('the detail panel flows with the page: no scroll box, the wheel scrolls the page', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/networks/inception-v4/paper/stem/?path=stem/mixed3/b1/conv1');
	await ready(page);
	const side = page.getByRole('complementary', { name: 'Details' });
	const { scroll, client, position } = await side.evaluate((el) => ({
		scroll: el.scrollHeight,
		client: el.clientHeight,
		position: getComputedStyle(el).position
	}));
	expect(scroll).toBeLessThanOrEqual(client + 1);
	// Taller than the window: it is not held in place either.
	if (client > 900) expect(position).toBe('static');
	await side.hover();
	await page.mouse.wheel(0, 600);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
});

test('a table row shows its result: the panel comes into view with focus on its title', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/networks/inception-v4/paper/stem/');
	await ready(page);
	const row = page.getByRole('table').getByRole('link', { name: '3x3 Conv (192 stride 2 V)' });
	await row.scrollIntoViewIfNeeded();
	await row.click();
	await expect(page).toHaveURL(/path=stem\/mixed3\/b1\/conv1/);
	const title = page.locator('#panel-title');
	await expect(title).toHaveText('3x3 Conv (192 stride 2 V)');
	await expect(title).toBeFocused();
	await expect(title).toBeInViewport();
});

test('tooltips go when a box is clicked and never cover the box under the pointer', async ({ page }) => {
	await page.goto('/networks/inception-v4/paper/stem/');
	await ready(page);
	const conv = box(page, /^Stem mixed3 branch 1, 3x3 Conv \(192 stride 2 V\)/);
	await conv.hover();
	const tip = page.getByRole('tooltip');
	await expect(tip).toBeVisible();
	await conv.click();
	await expect(tip).toBeHidden();
	// Keyboard focus shows no tooltip over the neighbours: the box's name says it all.
	await conv.focus();
	await page.keyboard.press('ArrowDown');
	await expect(tip).toBeHidden();
});

test('focus lands somewhere sensible after every in-app navigation', async ({ page }) => {
	await page.goto('/networks/inception-v4/paper/stem/');
	await ready(page);
	// A part link is a tab: focus stays on it, now the current one.
	const parts = page.getByRole('navigation', { name: 'Parts of Inception-v4' });
	await parts.getByRole('link', { name: 'Reduction-A', exact: false }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/reductionA\/$/);
	const current = parts.locator('[aria-current="page"]');
	await expect(current).toBeFocused();

	// An overview box opens its part: focus on the new page's title, and Tab continues from there.
	await page.goto('/networks/inception-v4/paper/');
	await ready(page);
	await box(page, /^4 x Inception-A\b/).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/inceptionA\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.textContent)).not.toContain('Skip to content');

	// A link inside the page (the breadcrumb) lands on the title too, not on <body>.
	await page
		.getByRole('navigation', { name: 'Breadcrumb' })
		.getByRole('link', { name: 'Inception-v4' })
		.click();
	await expect(page).toHaveURL(/\/inception-v4\/paper\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
