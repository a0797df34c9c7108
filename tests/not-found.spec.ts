import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';
import { REGISTRY, defaultVariant } from '../src/lib/networks/registry';

// The browser reports the 404 status of the document itself as a console error.
test.use({ allowConsole: [/status of 404/] });

async function expectHelpfulNotFound(
	page: import('@playwright/test').Page,
	main: import('@playwright/test').Locator = page.getByRole('main')
) {
	await expect(main.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(main.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
	await expect(main.getByRole('link', { name: 'Read' })).toHaveAttribute('href', '/read/');
	await expect(main.getByRole('link', { name: 'Networks' })).toHaveAttribute('href', '/networks/');
	await expect(main.getByRole('link', { name: 'Lab' })).toHaveAttribute('href', '/lab/');
	// Every registered network, linked (the list comes from the registry, so its length is not typed).
	for (const e of REGISTRY) {
		await expect(main.getByRole('link', { name: e.label, exact: true })).toHaveAttribute(
			'href',
			`/networks/${e.id}/${defaultVariant(e)}/`
		);
	}
}

// What a server that renders SvelteKit's root error page (vite preview, the e2e server) shows on a fresh
// load: the same help as the networks' own error page, naming the part of the address that was unknown.
const networkUrls = [
	{ url: '/networks/foo/', error: 'Unknown network "foo"', parts: null },
	{ url: '/networks/inception-v4/zzz/', error: 'Inception-v4 has no variant "zzz"', parts: 'Inception-v4' },
	{
		url: '/networks/inception-v3/paper/',
		error: 'Inception-v3 has no variant "paper"',
		parts: 'Inception-v3'
	},
	{
		url: '/networks/inception-resnet-v1/released/',
		error: 'Inception-ResNet-v1 has no variant "released"',
		parts: 'Inception-ResNet-v1'
	},
	{
		url: '/networks/inception-v4/paper/nope/',
		error: 'Inception-v4 has no part “nope”',
		parts: 'Inception-v4'
	}
];

for (const { url, error, parts } of networkUrls) {
	test(`a fresh load of ${url} says what was unknown and links what exists`, async ({ page }) => {
		const response = await page.goto(url);
		expect(response?.status()).toBe(404);
		await expectHelpfulNotFound(page);
		await expect(page.locator('[data-error]')).toContainText(error);
		const main = page.getByRole('main');
		if (parts) {
			await expect(main.getByRole('heading', { name: `Parts of ${parts}` })).toBeVisible();
			await expect(main.getByRole('link', { name: 'Overview' })).toBeVisible();
		} else {
			await expect(main.getByRole('heading', { name: /^Parts of/ })).toHaveCount(0);
		}
	});
}

test('an unknown variant links the network’s variants and the default variant’s parts', async ({ page }) => {
	await page.goto('/networks/inception-resnet-v2/figures/');
	const main = page.getByRole('main');
	await expect(main.getByRole('link', { name: 'released' })).toHaveAttribute(
		'href',
		'/networks/inception-resnet-v2/released/'
	);
	await expect(main.getByRole('link', { name: /Reduction-B/ })).toHaveAttribute(
		'href',
		'/networks/inception-resnet-v2/paper/reductionB/'
	);
	await expectNoAxeViolations(page);
});

test('a path-style layer address opens its block with the layer selected', async ({ page }) => {
	await page.goto('/networks/inception-v4/paper/inceptionB/1/b3/conv2/');
	await expect(page).toHaveURL(
		/\/networks\/inception-v4\/paper\/inceptionB\/\?path=inceptionB\/1\/b3\/conv2$/
	);
	await expect(page.locator('.panel')).toHaveAttribute('data-path', 'inceptionB/1/b3/conv2');
});

test('navigating within the site to an unknown address shows the same help', async ({ page }) => {
	await page.goto('/networks/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Networks');
	// Only once hydrated does the app follow links itself (and may its DOM be touched).
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	// A link the app follows itself (client-side), as a mistyped link in the site would be.
	await page.evaluate(() => {
		const a = document.createElement('a');
		a.href = '/networks/inception-v3/paper/';
		a.textContent = 'typo';
		a.id = 'typo';
		document.querySelector('main')!.append(a);
	});
	await page.locator('#typo').click();
	await expect(page).toHaveURL(/\/networks\/inception-v3\/paper\/$/);
	await expect(page.locator('[data-error]')).toContainText('Inception-v3 has no variant "paper"');
	await expectHelpfulNotFound(page);
	await expect(page.getByRole('main').getByRole('heading', { name: 'Parts of Inception-v3' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the network 404 page passes axe (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/networks/inception-v4/paper/nope/');
		await expect(page.locator('[data-error]')).toBeVisible();
		await expectNoAxeViolations(page, `network 404 (${colorScheme})`);
	});
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
		// One file answers English and Korean addresses: it says it in both, each with its own links.
		await expectHelpfulNotFound(page, page.locator('main section[lang="en"]'));
		const korean = page.locator('main section[lang="ko"]');
		await expect(korean.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
		await expect(korean.getByRole('link', { name: '홈' })).toHaveAttribute('href', '/ko/');
		await expect(korean.getByRole('link', { name: '읽기' })).toHaveAttribute('href', '/ko/read/');
		for (const e of REGISTRY) {
			await expect(korean.getByRole('link', { name: e.label, exact: true })).toHaveAttribute(
				'href',
				`/ko/networks/${e.id}/${defaultVariant(e)}/`
			);
		}
	});

	test('the server-rendered 404 page works', async ({ page }) => {
		await page.goto('/no-such-page/');
		await expectHelpfulNotFound(page);
	});
});
