// A chapter's body loads with its own page only: the chapter list reads each chapter's frontmatter alone
// (vite.config.ts, chapterMetadata), so /read/ and the home page do not download every chapter.
import { readFile, readdir } from 'node:fs/promises';
import { expect, test } from './console';

/** A run of plain words from the chapter's prose (no markup), which its compiled module must contain. */
async function proseSample(file: string): Promise<string> {
	const text = (await readFile(`content/${file}`, 'utf8'))
		.replace(/^---[\s\S]*?\n---\n/, '')
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<[^>]+>/g, '\n');
	const run = text.match(/[A-Za-z][A-Za-z ,]{40,}/);
	if (!run) throw new Error(`content/${file}: no plain prose to sample`);
	return run[0].slice(0, 40);
}

async function scriptsOf(page: import('@playwright/test').Page, url: string): Promise<string> {
	const bodies: Promise<string>[] = [];
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script') bodies.push(r.text());
	});
	await page.goto(url);
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	// Figures load their code once near, after hydration: wait for those scripts too, and check them as well.
	await page.waitForLoadState('networkidle');
	return (await Promise.all(bodies)).join('\n');
}

test('the chapter list and the home page load no chapter body; a chapter page loads its own', async ({
	browser
}) => {
	const files = (await readdir('content')).filter((f) => /^\d+-[a-z0-9-]+\.md$/.test(f));
	expect(files.length).toBeGreaterThan(0);
	for (const url of ['/read/', '/']) {
		const page = await browser.newPage();
		const scripts = await scriptsOf(page, url);
		for (const file of files) expect(scripts, `${url} loads ${file}`).not.toContain(await proseSample(file));
		await page.close();
	}
	// The samples are real: the chapter's own page does load them.
	const first = files[0];
	const page = await browser.newPage();
	const slug = first.replace(/^\d+-|\.md$/g, '');
	expect(await scriptsOf(page, `/read/${slug}/`)).toContain(await proseSample(first));
	await page.close();
});
