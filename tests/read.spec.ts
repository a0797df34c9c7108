// Reads through every chapter present: headings, figures, numbers, links and anchors, axe in both themes,
// and the same chapter without JavaScript.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';

async function chapterLinks(page: Page): Promise<string[]> {
	await page.goto('/read/');
	return page.locator('ol.chapters a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

test('every chapter reads through: headings, figures, numbers, links and anchors, axe light and dark', async ({
	page,
	request
}) => {
	const chapters = await chapterLinks(page);
	expect(chapters.length).toBeGreaterThan(0);
	const checked = new Map<string, number>();
	for (const [i, href] of chapters.entries()) {
		await page.goto(href);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('.chapter-body h2').first()).toBeVisible();
		// The kicker numbers the chapters in order; previous and next chain them.
		await expect(page.locator('.kicker')).toHaveText(`Chapter ${i + 1} of ${chapters.length}`);
		await expect(page.locator('a[rel="prev"]')).toHaveCount(i === 0 ? 0 : 1);
		await expect(page.locator('a[rel="next"]')).toHaveCount(i === chapters.length - 1 ? 0 : 1);
		await expect(page.locator('.meta')).toHaveText(/^\d+ min read$/);
		// No markdown or component syntax leaked into the page.
		const text = await page.locator('.chapter-body').innerText();
		expect(text).not.toMatch(/<(Stat|Cite|Term|Ratio|Step|Figure)\b|\[\^|\$\$|\{@html/);
		for (const svg of await page.locator('.chapter-figure svg').all()) {
			expect(await svg.locator('.box').count()).toBeGreaterThan(0);
		}
		// Every same-page anchor exists; every internal page answers.
		const hrefs = await page
			.locator('.chapter a[href]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		for (const link of new Set(hrefs)) {
			if (link.startsWith('#')) {
				expect(await page.locator(`[id="${link.slice(1)}"]`).count(), `${href}: ${link}`).toBe(1);
			} else if (link.startsWith('/')) {
				const path = link.split('#')[0];
				if (!checked.has(path)) checked.set(path, (await request.get(path)).status());
				expect(checked.get(path), `${href} links to ${link}`).toBe(200);
			}
		}
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectNoAxeViolations(page, `${href} (${colorScheme})`);
		}
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every chapter keeps its text, tables, formulas and static figures', async ({ page }) => {
		for (const href of await chapterLinks(page)) {
			await page.goto(href);
			await expect(page.locator('.chapter-body p').first()).toBeVisible();
			for (const el of await page
				.locator('.chapter-body table, .katex, .step-figure svg, .standalone svg')
				.all()) {
				await el.scrollIntoViewIfNeeded();
				await expect(el).toBeVisible();
			}
			for (const sticky of await page.locator('.steps-sticky').all()) await expect(sticky).toBeHidden();
		}
	});
});

test('an explorer page links back to the chapters that discuss it', async ({ page }) => {
	await page.goto('/networks/inception-v4/paper/reductionA/');
	const discussed = page.getByRole('navigation', { name: 'Discussed in' });
	await discussed
		.getByRole('link', { name: /Do shortcuts help Inception\?/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/read\/overview\/#three-new-networks$/);
});

test('the landing page: start reading, every network counted, compare, train and the lab, the overview figure', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Read the story' })).toHaveAttribute('href', '/read/overview/');
	const cards = page.getByRole('region', { name: 'The networks, counted' }).getByRole('listitem');
	await expect(cards).toHaveCount(4);
	await expect(cards.filter({ hasText: 'Inception-v4' }).first()).toContainText('42.71 M parameters');
	await expect(cards.filter({ hasText: 'baseline' })).toContainText('Inception-v3');
	const onward = page.getByRole('region', { name: 'Check the paper yourself' });
	await expect(onward.getByRole('link', { name: 'Run a block in the lab' })).toHaveAttribute('href', '/lab/');
	await expect(onward.getByRole('link', { name: 'Compare the networks' })).toHaveAttribute(
		'href',
		'/compare/'
	);
	await expect(onward.getByRole('link', { name: 'Train two networks' })).toHaveAttribute('href', '/train/');
	await expect(page.locator('.picture svg .box')).not.toHaveCount(0);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectNoAxeViolations(page, `/ (${colorScheme})`);
	}
});

test('the landing picture is built when the reader reaches for it, and keeps a keyboard reader’s place', async ({
	page
}) => {
	await page.goto('/');
	await page.locator('html[data-hydrated]').waitFor();
	const picture = page.locator('.picture .lazy-figure');
	// As sent until then: its boxes are links to the explorer.
	await expect(picture).not.toHaveAttribute('data-live', '');
	const stem = picture.locator('.box[data-path="stem"]');
	await expect(stem).toHaveAttribute('href', '/networks/inception-v4/paper/stem/');
	// Tabbing into it builds it, and focus stays on the same box.
	await stem.focus();
	await expect(picture).toHaveAttribute('data-live', '');
	await expect(page.locator(':focus')).toHaveAttribute('data-path', 'stem');
	// Pointing at a box on a fresh load builds it too, and a click shows the box's numbers in place.
	await page.goto('/');
	await page.locator('html[data-hydrated]').waitFor();
	await picture.hover();
	await expect(picture).toHaveAttribute('data-live', '');
	await picture.locator('.box[data-path="inceptionB"]').click();
	await expect(picture.getByRole('status')).toContainText('parameters');
});
