// Where focus lands after an in-app navigation: on the new page's heading, as if it had just loaded, so
// the next Tab goes on into the page instead of starting again at "Skip to content".
import { expect, test } from './console';

async function hydrated(page: import('@playwright/test').Page, url: string) {
	await page.goto(url);
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
}

/** Whether the focused element comes after the page's <h1> in document order. */
const focusIsPastHeading = (page: import('@playwright/test').Page) =>
	page.evaluate(() => {
		const h1 = document.querySelector('main h1');
		const active = document.activeElement;
		return !!h1 && !!active && !!(h1.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
	});

test('Enter on a header link focuses the new page’s heading; Tab goes on from there', async ({ page }) => {
	await hydrated(page, '/networks/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Read' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/read\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Read' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).not.toBeFocused();
	expect(await focusIsPastHeading(page)).toBe(true);
});

test('a link within a page focuses the next page’s heading, and Back does too', async ({ page }) => {
	await hydrated(page, '/read/');
	// The first chapter, whatever it is called: its link text is its title, and its page's heading.
	const chapter = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first();
	const title = (await chapter.textContent())?.trim() ?? '';
	await chapter.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: 'Read' })).toBeFocused();
});

test('a link to an anchor keeps its target: Tab goes on from the anchor, not the heading', async ({
	page
}) => {
	await hydrated(page, '/read/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
	await page.keyboard.press('Tab');
	const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
	expect(inMain).toBe(true);
});

test('the footer leads on to the chapters, the networks and the lab from every section', async ({ page }) => {
	for (const url of ['/', '/read/', '/networks/inception-v4/paper/stem/', '/lab/']) {
		await page.goto(url);
		const footer = page.getByRole('contentinfo').getByRole('navigation', { name: 'Site' });
		await expect(footer.getByRole('link', { name: 'Read the chapters' })).toHaveAttribute('href', '/read/');
		await expect(footer.getByRole('link', { name: 'Explore the networks' })).toHaveAttribute(
			'href',
			'/networks/'
		);
		await expect(footer.getByRole('link', { name: 'Run a block in the lab' })).toHaveAttribute(
			'href',
			'/lab/'
		);
	}
});
