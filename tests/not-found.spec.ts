import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';

// The browser reports the 404 status of the document itself as a console error.
test.use({ allowConsole: [/status of 404/] });

async function expectHelpfulNotFound(page: import('@playwright/test').Page) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	const main = page.getByRole('main');
	await expect(main.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
	await expect(main.getByRole('link', { name: 'Read' })).toHaveAttribute('href', '/read/');
	await expect(main.getByRole('link', { name: 'Networks' })).toHaveAttribute('href', '/networks/');
}

test('an unknown URL shows a helpful 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expectHelpfulNotFound(page);
	await expect(page.getByText('/no-such-page/')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('an unknown chapter shows the 404 page too', async ({ page }) => {
	const response = await page.goto('/read/no-such-chapter/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

// What a static host serves for unknown URLs: build/404.html (adapter-static's fallback).
const fallback = () => readFile('build/404.html', 'utf8');

test('build/404.html renders the 404 page with JavaScript', async ({ page }) => {
	const body = await fallback();
	await page.route('**/somewhere/deep/missing/', (route) =>
		route.fulfill({ status: 404, contentType: 'text/html', body })
	);
	await page.goto('/somewhere/deep/missing/');
	await expectHelpfulNotFound(page);
	await expectNoAxeViolations(page, '404.html');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('build/404.html still shows a message and links', async ({ page }) => {
		const body = await fallback();
		await page.route('**/somewhere/missing/', (route) =>
			route.fulfill({ status: 404, contentType: 'text/html', body })
		);
		await page.goto('/somewhere/missing/');
		await expectHelpfulNotFound(page);
	});

	test('the server-rendered 404 page works', async ({ page }) => {
		await page.goto('/no-such-page/');
		await expectHelpfulNotFound(page);
	});
});
