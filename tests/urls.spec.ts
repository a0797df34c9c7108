// Odd spellings of a page's address, path-style layer addresses, and the canonical URL of every page.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect, test } from './console';

// Not failures: requests cut short by the redirect itself, scripts a page without JavaScript never runs.
const EXPECTED = new Set(['net::ERR_ABORTED', 'csp']);

/** Every asset or page request that failed or came back 4xx/5xx while `run` ran. */
async function failedRequests(page: import('@playwright/test').Page, run: () => Promise<void>) {
	const failed: string[] = [];
	page.on('requestfailed', (r) => {
		const why = r.failure()?.errorText ?? '';
		if (!EXPECTED.has(why)) failed.push(`${r.url()} (${why})`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`);
	});
	await run();
	return failed;
}

const stylesApplied = (page: import('@playwright/test').Page) =>
	page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position);

const odd = [
	{ url: '/read//', canonical: '/read/' },
	{ url: '/networks/inception-v4/paper//', canonical: '/networks/inception-v4/paper/' },
	{ url: '/networks///inception-v4/paper/stem/', canonical: '/networks/inception-v4/paper/stem/' },
	{ url: '/read/index.html', canonical: '/read/' }
];

for (const { url, canonical } of odd) {
	test(`${url} loads its assets and moves on to ${canonical}`, async ({ page }) => {
		await page.goto(canonical);
		const heading = await page.getByRole('heading', { level: 1 }).textContent();
		const failed = await failedRequests(page, async () => {
			await page.goto(url);
			await expect(page).toHaveURL(new RegExp(`^[^?#]*[^/]${canonical.replace(/\./g, '\\.')}$`));
			await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
		});
		expect(failed).toEqual([]);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
		expect(await stylesApplied(page)).toBe('absolute');
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/read// is styled and names /read/ as canonical', async ({ page }) => {
		const failed = await failedRequests(page, async () => {
			await page.goto('/read//');
		});
		expect(failed).toEqual([]);
		expect(await stylesApplied(page)).toBe('absolute');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/read\/$/);
	});

	test('a path-style layer address answers 200 and refreshes to its block', async ({ page }) => {
		const response = await page.goto('/networks/inception-v4/paper/inceptionA/1/b2/conv1/');
		expect(response?.status()).toBe(200);
		await expect(page).toHaveURL(
			/\/networks\/inception-v4\/paper\/inceptionA\/\?path=inceptionA\/1\/b2\/conv1$/
		);
	});
});

test('a path-style layer address answers 200, then opens the block with the layer selected', async ({
	page
}) => {
	const response = await page.goto(
		'/networks/inception-resnet-v2/released/inceptionResnetA/2/body/branches/b3/conv2/'
	);
	expect(response?.status()).toBe(200);
	await expect(page).toHaveURL(
		/\/inception-resnet-v2\/released\/inceptionResnetA\/\?path=inceptionResnetA\/2\/body\/branches\/b3\/conv2$/
	);
	await expect(page.locator('.panel')).toHaveAttribute(
		'data-path',
		'inceptionResnetA/2/body/branches/b3/conv2'
	);
});

test.describe('unknown layers', () => {
	test.use({ allowConsole: [/status of 404/] });

	test('a path-style address of no layer is still a 404', async ({ page }) => {
		const response = await page.goto('/networks/inception-v4/paper/inceptionA/1/b9/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('[data-error]')).toContainText('no node');
	});
});

// The built site, file by file: what a crawler reads.
async function htmlFiles(dir: string): Promise<string[]> {
	const items = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		items.map((d) => (d.isDirectory() ? htmlFiles(join(dir, d.name)) : [join(dir, d.name)]))
	);
	return nested.flat().filter((f) => f.endsWith('.html'));
}

test('every prerendered page has exactly one canonical link, absolute, naming a page the site has', async () => {
	const files = (await htmlFiles('build')).filter((f) => f !== join('build', '404.html'));
	expect(files.length).toBeGreaterThan(50);
	const pages = new Set(files.map((f) => `/${relative('build', f).replace(/index\.html$/, '')}`));
	for (const file of files) {
		const html = await readFile(file, 'utf8');
		// What kit writes for a redirect() in a load (an old address): a refresh, no page, so no canonical.
		const stub = /^<script>location\.href=.*<meta http-equiv="refresh" content="0;url=([^"]*)">$/s.exec(html);
		if (stub) {
			expect(
				pages.has(new URL(stub[1], 'http://x').pathname),
				`${relative('build', file)} -> ${stub[1]}`
			).toBe(true);
			continue;
		}
		const links = [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]);
		const where = relative('build', file);
		expect(links, where).toHaveLength(1);
		const url = new URL(links[0]);
		expect(url.protocol, where).toMatch(/^https?:$/);
		// It names a page the site has: a redirect page its target, a network's page its default variant's
		// (the same view), every other page the directory it was written to.
		expect(pages.has(url.pathname), `${where} -> ${url.pathname}`).toBe(true);
		const refresh = /<meta http-equiv="refresh" content="0; url=([^"]*)"/.exec(html)?.[1];
		const own = `/${where.replace(/index\.html$/, '')}`;
		if (refresh) expect(url.pathname + url.search, where).toBe(refresh.replace(/&amp;/g, '&'));
		else if (/^(?:\/ko)?\/networks\/[^/]+\/$/.test(own))
			expect(url.pathname, where).toMatch(new RegExp(`^${own}[^/]+/$`));
		else expect(url.pathname, where).toBe(own);
	}
});

test('the 404 fallback names no canonical address', async () => {
	expect(await readFile('build/404.html', 'utf8')).not.toMatch(/rel="canonical"/);
});
