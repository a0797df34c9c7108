import { expect, test } from './console';

test.describe('theme toggle', () => {
	test.use({ colorScheme: 'light' });

	test('switches data-theme, persists it and survives a reload', async ({ page }) => {
		await page.goto('/');
		const html = page.locator('html');
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await expect(toggle).toBeVisible();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await expect(html).not.toHaveAttribute('data-theme');

		await toggle.click();
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(20, 22, 26)');

		// The inline script in app.html applies the stored choice before the app starts.
		await page.reload();
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');

		await toggle.click();
		await expect(html).toHaveAttribute('data-theme', 'light');
		expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

	test('the page follows the system theme and hides the toggle', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(20, 22, 26)');
	});
});
