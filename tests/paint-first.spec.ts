// Pages paint before any script is fetched (src/lib/site/paint-first.ts): the HTML names no script in its
// head, and the boot script adds kit's preloads, then starts the app.
import { expect, test } from './console';

for (const url of ['/', '/read/inception-v4/', '/networks/inception-v4/paper/']) {
	test(`${url} names no script in its head; the boot script adds them and starts`, async ({ page }) => {
		const response = await page.request.get(url);
		const head = (await response.text()).split('</head>')[0];
		expect(head).not.toContain('rel="modulepreload"');

		const requested: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') requested.push(r.url());
		});
		await page.goto(url);
		await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
		const links = await page.locator('head link[rel="modulepreload"]').count();
		expect(links, 'the preloads are back, added by the boot script').toBeGreaterThan(3);
		// (When, relative to the paint, is the unit test's: headless Chromium reports paints too late to compare.)
		expect(requested.length).toBeGreaterThan(3);
	});
}
