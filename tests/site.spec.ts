import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';

const pages = [
	{ path: '/', heading: 'Inception Explorer' },
	{ path: '/read/', heading: 'Read' },
	{ path: '/read/overview/', heading: 'Do shortcuts help Inception?' },
	{ path: '/networks/', heading: 'Networks' },
	{ path: '/lab/', heading: 'Lab: run a block live' }
];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });

		for (const { path, heading } of pages) {
			test(`${path} loads and passes axe`, async ({ page }) => {
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
				await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
				await expectNoAxeViolations(page, `${path} (${colorScheme})`);
			});
		}
	});
}

test('the home page links to the chapters and the networks', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Read the story' }).click();
	await expect(page).toHaveURL(/\/read\/overview\/$/);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Networks' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Networks');
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/read/overview/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('the chapter index lists chapters with their summaries', async ({ page }) => {
	await page.goto('/read/');
	const link = page.getByRole('link', { name: 'Do shortcuts help Inception?' });
	await expect(link).toHaveAttribute('href', '/read/overview/');
	await expect(page.getByText('The question behind the paper')).toBeVisible();
});
