import { expect, test } from './console';
import { expectNoAxeViolations } from './a11y';

test.describe('the overview without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('renders as plain HTML: text, formulas, tables and a static figure per step', async ({ page }) => {
		await page.goto('/read/overview/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Do shortcuts help Inception?');
		await expect(page.getByRole('heading', { level: 2, name: 'Three new networks' })).toBeVisible();
		await expect(page.getByText(/3\.08% top-5 error/)).toBeVisible();
		await expect(page).toHaveTitle('Do shortcuts help Inception? · Inception Explorer');
		await expect(page.getByRole('link', { name: 'All chapters' })).toHaveAttribute('href', '/read/');
		// KaTeX ran at build time: the formula is there as HTML and MathML.
		await expect(page.locator('.math-display .katex-html')).toBeVisible();
		await expect(page.locator('.math-display math')).toHaveCount(1);
		// Each step shows its own figure, lit on the boxes it talks about.
		const steps = page.locator('.step');
		expect(await steps.count()).toBeGreaterThan(2);
		for (const step of await steps.all()) {
			await expect(step.locator('.step-figure svg')).toBeVisible();
			expect(await step.locator('.step-figure .box.lit').count()).toBeGreaterThan(0);
		}
		await expect(page.locator('.steps-sticky')).toBeHidden();
		// The diagram's own styles come with the page although its code does not: frames are not black.
		const fill = await page
			.locator('.step-figure svg g[class^="frame-"] rect')
			.first()
			.evaluate((r) => getComputedStyle(r).fill);
		expect(fill).not.toBe('rgb(0, 0, 0)');
	});

	test('the index links every chapter', async ({ page }) => {
		await page.goto('/read/');
		await page.getByRole('link', { name: 'Do shortcuts help Inception?' }).click();
		await expect(page).toHaveURL(/\/read\/overview\/$/);
	});

	test('the old introduction address lands on the overview', async ({ page }) => {
		await page.goto('/read/introduction/');
		await expect(page).toHaveURL(/\/read\/overview\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Do shortcuts help Inception?');
	});
});

test.describe('the overview on a phone', () => {
	test.use({ viewport: { width: 360, height: 780 } });

	test('its cost table fits without a scrolling region, its numbers are computed, axe is clean', async ({
		page
	}) => {
		await page.goto('/read/overview/');
		const table = page.locator('.chapter-body > table').first();
		const [scroll, client] = await table.evaluate((t) => [t.scrollWidth, t.clientWidth]);
		expect(scroll).toBeLessThanOrEqual(client);
		await expect(table.getByRole('row', { name: /Inception-v4/ })).toContainText('42.71 M');
		// The sentence with two computed widths stays one paragraph.
		await expect(page.locator('p', { hasText: 'cannot work' })).toContainText('1152 and 2144 channels');
		// Phones: each step's figure sits above its text, the sticky one is not used.
		await expect(page.locator('.step').first().locator('.step-figure svg')).toBeVisible();
		await expect(page.locator('.steps-sticky')).toBeHidden();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolations(page);
	});
});

test.describe('reading the overview on a wide screen', () => {
	test.use({ viewport: { width: 1600, height: 900 } });

	test('the sticky figure follows the steps and lights what each one talks about', async ({ page }) => {
		await page.goto('/read/overview/');
		await page.locator('html[data-hydrated]').waitFor();
		const sticky = page.locator('.steps-sticky');
		const steps = page.locator('.step');
		const count = await steps.count();
		for (let i = 0; i < count; i++) {
			const step = steps.nth(i);
			// What the step's own (static) figure lights is what the sticky figure must light while it is read.
			const expected = await step
				.locator('.step-figure .box.lit')
				.evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-path')).sort());
			await step.locator('.step-text').evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await expect(sticky.locator('.sticky-inner')).toHaveAttribute('data-active-step', String(i));
			await expect
				.poll(() =>
					sticky.locator('.box.lit').evaluateAll((b) => b.map((x) => x.getAttribute('data-path')).sort())
				)
				.toEqual(expected);
			await expect(step).toHaveClass(/active/);
		}
	});

	test('a term lights its box in the sticky figure and links to the explorer', async ({ page }) => {
		await page.goto('/read/overview/');
		await page.locator('html[data-hydrated]').waitFor();
		const term = page.getByRole('link', { name: 'Reduction-A', exact: true });
		await term.scrollIntoViewIfNeeded();
		await expect(term).toHaveAttribute('href', '/networks/inception-v4/paper/reductionA/');
		await term.evaluate((el) => el.closest('.step-text')?.scrollIntoView({ block: 'center' }));
		await term.hover();
		await expect(page.locator('.steps-sticky .box.lit[data-path="reductionA"]')).toHaveCount(1);
	});

	test('clicking a box shows its numbers in place', async ({ page }) => {
		await page.goto('/read/overview/');
		await page.locator('html[data-hydrated]').waitFor();
		const figure = page.locator('.standalone figure');
		await figure.scrollIntoViewIfNeeded();
		// Built once near: until then the server's markup stands, its boxes plain links to the explorer.
		await expect(page.locator('.standalone .lazy-figure')).toHaveAttribute('data-live', '');
		await figure.locator('.box[data-path="inceptionResnetB"]').click();
		await expect(figure.getByRole('status')).toContainText('parameters');
		await expect(
			figure.getByRole('status').getByRole('link', { name: 'Open in the explorer' })
		).toHaveAttribute('href', '/networks/inception-resnet-v2/paper/inceptionResnetB/');
	});

	test('the contents mark the section being read; notes and citations link both ways', async ({ page }) => {
		await page.goto('/read/overview/');
		await page.locator('html[data-hydrated]').waitFor();
		const contents = page.getByRole('navigation', { name: 'On this page' });
		await page.locator('#what-they-cost').evaluate((h) => h.scrollIntoView({ block: 'start' }));
		await expect(contents.getByRole('link', { name: 'What they cost' })).toHaveAttribute(
			'aria-current',
			'location'
		);
		await page.getByRole('link', { name: 'Note 1', exact: true }).click();
		await expect(page).toHaveURL(/#fn-1$/);
		await page.getByRole('link', { name: 'Back to note 1 in the text' }).click();
		await expect(page).toHaveURL(/#fnref-1$/);
		const cite = page.locator('a.cite').first();
		const target = await cite.getAttribute('href');
		expect(target).toMatch(/^#ref-/);
		await expect(page.locator(target ?? '')).toHaveCount(1);
	});

	test('print shows every step with its own figure and hides the page chrome', async ({ page }) => {
		await page.goto('/read/overview/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.steps-sticky')).toBeHidden();
		await expect(page.locator('.toc')).toBeHidden();
		await expect(page.locator('.site-header')).toBeHidden();
		for (const figure of await page.locator('.step-figure').all()) await expect(figure).toBeVisible();
	});
});

test.describe('figures are built when the reader comes near them', () => {
	test.use({ viewport: { width: 360, height: 780 } });

	test('a far figure stays as the server drew it, then becomes live; the numbers are the server’s', async ({
		page
	}) => {
		await page.goto('/read/inception-v4/');
		await page.locator('html[data-hydrated]').waitFor();
		const figures = page.locator('.step-figure .lazy-figure');
		const last = figures.last();
		// Drawn (by the server) but not built: no script has touched it.
		await expect(last.locator('svg .box.lit').first()).toBeAttached();
		await expect(last).not.toHaveAttribute('data-live', '');
		await figures.first().scrollIntoViewIfNeeded();
		await expect(figures.first()).toHaveAttribute('data-live', '');
		await expect(last).not.toHaveAttribute('data-live', '');
		const stat = page.locator('.stat').first();
		const sent = await stat.textContent();
		expect(sent).toMatch(/\d/);
		await last.scrollIntoViewIfNeeded();
		await expect(last).toHaveAttribute('data-live', '');
		const box = last.locator('svg .box.lit').first();
		await box.click();
		await expect(last.getByRole('status')).toContainText('parameters');
		await expect(stat).toHaveText(sent ?? '');
	});

	test('a chapter reached by a link within the site computes its numbers and draws its figures', async ({
		page
	}) => {
		await page.goto('/read/');
		await page.locator('html[data-hydrated]').waitFor();
		const served = await (await page.request.get('/read/inception-v4/')).text();
		await page
			.getByRole('link', { name: /^Inception-v4/ })
			.first()
			.click();
		await expect(page).toHaveURL(/\/read\/inception-v4\/$/);
		const stats = page.locator('.stat');
		await expect(stats.first()).toHaveText(/\d/);
		// The same numbers as the prerendered page: the first few, in order.
		const first = served.match(/<span class="stat[^"]*"[^>]*>(?:<!--[^>]*-->)?([^<]+)/);
		expect(first?.[1]).toBeTruthy();
		await expect(stats.first()).toHaveText(first?.[1] ?? '');
		await expect(page.locator('.step-figure .lazy-figure').first()).toHaveAttribute('data-live', '');
		await expect(page.locator('.step-figure svg').first()).toBeVisible();
	});
});

test.describe('the contents on a phone', () => {
	test.use({ viewport: { width: 360, height: 780 } });

	test('once they scroll away, a bar names the section being read and leads back to them', async ({
		page
	}) => {
		await page.goto('/read/inception-v4/');
		await page.locator('html[data-hydrated]').waitFor();
		const bar = page.locator('a.where');
		await expect(bar).toHaveCount(0);
		const contents = page.getByRole('navigation', { name: 'On this page' });
		const heading = page.locator('.chapter-body h2').nth(1);
		const title = (await heading.textContent())?.replace(/#\s*$/, '').trim() ?? '';
		await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
		await expect(bar).toBeVisible();
		await expect(bar).toContainText(title);
		await expect(contents.getByRole('link', { name: title })).toHaveAttribute('aria-current', 'location');
		await expectNoAxeViolations(page);
		await bar.click();
		await expect(page).toHaveURL(/#contents$/);
		await expect(contents).toBeInViewport();
		await expect(bar).toHaveCount(0);
	});

	test('a link to something that is not a heading (an erratum box) lands clear of the bar', async ({
		page
	}) => {
		await page.goto('/read/errata/');
		await page.locator('html[data-hydrated]').waitFor();
		await page.evaluate(() => (location.hash = '#erratum-E5'));
		const bar = page.locator('a.where');
		await expect(bar).toBeVisible();
		const barBottom = (await bar.boundingBox())?.y ?? 0;
		const [barHeight, boxTop] = await Promise.all([
			bar.evaluate((b) => b.getBoundingClientRect().bottom),
			page.locator('#erratum-E5').evaluate((e) => e.getBoundingClientRect().top)
		]);
		expect(barHeight).toBeGreaterThan(barBottom);
		expect(boxTop).toBeGreaterThanOrEqual(barHeight);
	});
});
