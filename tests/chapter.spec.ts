import { expect, test } from './console';
import { expectNoAxeViolations } from './a11y';

test.describe('chapters without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the introduction renders as plain HTML', async ({ page }) => {
		await page.goto('/read/overview/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Do shortcuts help Inception?');
		await expect(page.getByRole('heading', { level: 2, name: 'Three new networks' })).toBeVisible();
		await expect(page.getByText('3.08% top-5 error')).toBeVisible();
		await expect(page).toHaveTitle('Do shortcuts help Inception? · Inception Explorer');
		await expect(page.getByRole('link', { name: 'All chapters' })).toHaveAttribute('href', '/read/');
	});

	test('the index links every chapter', async ({ page }) => {
		await page.goto('/read/');
		await page.getByRole('link', { name: 'Do shortcuts help Inception?' }).click();
		await expect(page).toHaveURL(/\/read\/overview\/$/);
	});
});

test.describe('the introduction on a phone', () => {
	test.use({ viewport: { width: 360, height: 780 } });

	test('its cost table fits without a scrolling region, its numbers are computed, axe is clean', async ({
		page
	}) => {
		await page.goto('/read/overview/');
		const table = page.locator('.prose table').first();
		const [scroll, client] = await table.evaluate((t) => [t.scrollWidth, t.clientWidth]);
		expect(scroll).toBeLessThanOrEqual(client);
		await expect(table.getByRole('row', { name: /Inception-v4/ })).toContainText('42.71 M');
		// The sentence with two computed widths stays one paragraph.
		await expect(page.locator('p', { hasText: 'cannot work' })).toContainText('1,152 and 2,144 channels');
		await expectNoAxeViolations(page);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolations(page);
	});
});
