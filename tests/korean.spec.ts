// The Korean edition as a whole: every kind of Korean page loads in Korean, stays in Korean, passes axe, and
// tells search engines about its English twin. The parts' own journeys are in ko-*.spec.ts.
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';
import { explorerEntries } from '../src/lib/explorer/links';

const chapters = readdirSync('content')
	.filter((f) => /^\d+-.*\.md$/.test(f))
	.map((f) => f.replace(/^\d+-/, '').replace(/\.md$/, ''));

const HANGUL = /[\uac00-\ud7a3]/;

/** Every page the Korean edition has, one of each kind (the explorer's part pages are checked apart). */
const pages = [
	'/ko/',
	'/ko/read/',
	...chapters.map((c) => `/ko/read/${c}/`),
	'/ko/networks/',
	'/ko/compare/',
	'/ko/lab/',
	'/ko/train/'
];

async function expectKorean(page: Page, path: string) {
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('main')).toContainText(HANGUL);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
	const english = path.replace(/^\/ko/, '');
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
		'href',
		new RegExp(`[^/]${english}$`)
	);
	await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute(
		'href',
		new RegExp(`${path}$`)
	);
	await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
		'href',
		new RegExp(`[^/]${english}$`)
	);
}

/** Internal links of the page that leave the Korean edition (the language switch excepted). */
async function englishLinks(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
			.filter((a) => a.origin === location.origin && !a.closest('nav.language'))
			.map((a) => a.pathname)
			.filter((p) => !p.startsWith('/ko/') && !p.startsWith('/_app/'))
	);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`Korean pages, ${colorScheme}`, () => {
		test.use({ colorScheme });
		for (const path of pages) {
			test(`${path} reads in Korean and passes axe`, async ({ page }) => {
				await page.goto(path);
				await expectKorean(page, path);
				if (colorScheme === 'light')
					expect(await englishLinks(page), 'links out of the Korean edition').toEqual([]);
				await expectNoAxeViolations(page, `${path} (${colorScheme})`);
			});
		}
	});
}

test('every explorer page has its Korean twin, in Korean, linking within the Korean edition', async ({
	page
}) => {
	for (const { id, variant, path } of explorerEntries()) {
		const url = `/ko/networks/${id}/${variant}/${path ? `${path}/` : ''}`;
		const response = await page.goto(url);
		expect(response?.status(), url).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(page.getByRole('main'), url).toContainText(HANGUL);
		expect(await englishLinks(page), url).toEqual([]);
	}
});

test('the language switch keeps the reader on the same page and section', async ({ page }) => {
	await page.goto('/read/inception-v4/');
	await page.locator('html[data-hydrated]').waitFor();
	const section = await page.locator('.chapter-body h2[id]').nth(1).getAttribute('id');
	await page.goto(`/read/inception-v4/#${section}`);
	await page.locator('html[data-hydrated]').waitFor();
	await page.getByRole('link', { name: '한국어' }).click();
	await expect(page).toHaveURL(new RegExp(`/ko/read/inception-v4/#${section}$`));
	await expect(page.locator(`#${section}`)).toContainText(HANGUL);
	await page.locator('html[data-hydrated]').waitFor();
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(new RegExp(`/read/inception-v4/#${section}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

/** The font-family list of the first element matching `selector`, unquoted. */
async function families(page: Page, selector: string): Promise<string[]> {
	return page
		.locator(selector)
		.first()
		.evaluate((e) =>
			getComputedStyle(e)
				.fontFamily.split(',')
				.map((f) => f.trim().replace(/"/g, ''))
		);
}

/** The site's Korean font files this page has fetched (paths). */
async function koreanFontFiles(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => new URL(e.name).pathname)
			.filter((path) => /noto-sans-kr/.test(path))
	);
}

test('Korean text has a font even where none is installed: the web font ships from the site itself', async ({
	page
}) => {
	await page.goto('/ko/read/overview/');
	const faces = await page.evaluate(async () => {
		const loaded = await document.fonts.load('16px "Noto Sans KR Subset"', '한국어 합성곱');
		return loaded.map((f) => f.status);
	});
	expect(faces).toEqual(['loaded']);
	// And it is reached: Chromium on Linux draws Hangul as empty boxes when system-ui comes first and its font
	// has none, so every Korean family (the web font last) precedes it, in the chrome as in the prose.
	for (const selector of ['h1', 'nav a', 'button', 'svg text']) {
		const list = await families(page, selector);
		const web = list.indexOf('Noto Sans KR Subset');
		expect(web, `${selector}: ${list.join(', ')}`).toBeGreaterThanOrEqual(0);
		expect(web, `${selector}: ${list.join(', ')}`).toBeLessThan(list.indexOf('system-ui'));
	}
	// One file, from the site's own assets (no CDN, no range chunks).
	const files = await koreanFontFiles(page);
	expect(files).toHaveLength(1);
	expect(files[0]).toMatch(/^\/_app\/immutable\/assets\/noto-sans-kr\.[\w-]+\.woff2$/);
	// Preloaded, so it comes with the page rather than after its first layout.
	await expect(page.locator('link[rel="preload"][as="font"]')).toHaveAttribute('href', files[0]);
});

test('an English page draws the switch’s "한국어" with a face of its three syllables alone', async ({
	page
}) => {
	await page.goto('/read/overview/');
	const link = 'nav.language a[lang="ko"]';
	await expect(page.locator(link)).toHaveText('한국어');
	const list = await families(page, link);
	expect(list.indexOf('Noto Sans KR Switch'), list.join(', ')).toBeGreaterThanOrEqual(0);
	expect(list.indexOf('Noto Sans KR Switch')).toBeLessThan(list.indexOf('system-ui'));
	expect(list).not.toContain('Noto Sans KR Subset');
	await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(0);
	await page.evaluate(() => document.fonts.load('16px "Noto Sans KR Switch"', '한국어'));
	const files = await koreanFontFiles(page);
	expect(
		files.every((f) => /\/noto-sans-kr-switch\.[\w-]+\.woff2$/.test(f)),
		files.join(', ')
	).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a Korean chapter reads in full: text, figures, formulas, notes and references', async ({ page }) => {
		await page.goto('/ko/read/background/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(page.getByRole('heading', { level: 1 })).toContainText(HANGUL);
		const body = page.locator('.chapter-body');
		await expect(body.locator('p').first()).toContainText(HANGUL);
		expect(await body.locator('svg').count()).toBeGreaterThan(0);
		expect(await body.locator('.katex').count()).toBeGreaterThan(0);
		await expect(page.locator('#references')).toBeAttached();
		await expect(page.locator('#notes')).toBeAttached();
		// The web font's face is in the page's own CSS, so Korean text has it without JavaScript too.
		const paragraph = await families(page, '.chapter-body p');
		expect(paragraph.indexOf('Noto Sans KR Subset')).toBeGreaterThanOrEqual(0);
		expect(paragraph.indexOf('Noto Sans KR Subset')).toBeLessThan(paragraph.indexOf('system-ui'));
		const faces = await page.evaluate(async () =>
			(await document.fonts.load('16px "Noto Sans KR Subset"', '합성곱')).map((f) => f.status)
		);
		expect(faces).toEqual(['loaded']);
	});
});
