import { expect, test } from './console';

test.describe('chapters without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the introduction renders as plain HTML', async ({ page }) => {
		await page.goto('/read/introduction/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Do shortcuts help Inception?');
		await expect(page.getByRole('heading', { level: 2, name: 'Three new networks' })).toBeVisible();
		await expect(page.getByText('3.08% top-5 error')).toBeVisible();
		await expect(page).toHaveTitle('Do shortcuts help Inception? · Inception Explorer');
		await expect(page.getByRole('link', { name: 'All chapters' })).toHaveAttribute('href', '/read/');
	});

	test('the index links every chapter', async ({ page }) => {
		await page.goto('/read/');
		await page.getByRole('link', { name: 'Do shortcuts help Inception?' }).click();
		await expect(page).toHaveURL(/\/read\/introduction\/$/);
	});
});
