// The Korean edition's frame: the landing page, the chapter list and a chapter under /ko/ are in Korean
// (header, footer, chapter frame), keep every link in Korean, pass axe in both themes and read without JS.
// The chapters' prose is written in parallel: an untranslated chapter shows the English text, marked as such.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';

const HANGUL = /[가-힣]/;

// The frame's links and the chapter components' links (figures, terms); a chapter's own markdown links are
// its writer's (an English chapter shown untranslated keeps its English ones).
const LINKS = [
	'header a[href]',
	'footer a[href]',
	'main a[href]:not(.chapter-body a)',
	'.chapter-body .chapter-figure a[href]',
	'.chapter-body a.term[href]'
].join(', ');

/** The links of the frame and of the components that lead to another page, by their href. */
async function internalLinks(page: Page): Promise<{ href: string; hreflang: string | null }[]> {
	return page
		.locator(LINKS)
		.evaluateAll((as) =>
			as.map((a) => ({ href: a.getAttribute('href') ?? '', hreflang: a.getAttribute('hreflang') }))
		)
		.then((links) => links.filter((l) => l.href.startsWith('/')));
}

/** Korean pages link to Korean pages; only the language switch leads to the English twin. */
async function expectLinksStayKorean(page: Page) {
	const links = await internalLinks(page);
	expect(links.length).toBeGreaterThan(5);
	for (const { href, hreflang } of links) {
		if (hreflang === 'en') expect(href, 'the language switch').not.toMatch(/^\/ko\//);
		else expect(href, `a link on ${page.url()}`).toMatch(/^\/ko\//);
	}
}

async function expectKoreanFrame(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	const header = page.locator('header.site-header');
	await expect(header.getByRole('navigation', { name: '주 메뉴' })).toBeVisible();
	await expect(header.getByRole('link', { name: '읽기', exact: true })).toHaveAttribute('href', '/ko/read/');
	await expect(header.getByRole('link', { name: 'English' })).toHaveAttribute('hreflang', 'en');
	const footer = page.locator('footer.site-footer');
	await expect(footer.getByRole('link', { name: '장 읽기' })).toHaveAttribute('href', '/ko/read/');
	await expect(footer).toContainText('이 사이트에 나오는 네트워크의 숫자는');
	await expect(page.getByRole('link', { name: '본문으로 건너뛰기' })).toHaveAttribute('href', '#main');
}

async function expectAxeBothThemes(page: Page, label: string) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectNoAxeViolations(page, `${label} (${colorScheme})`);
	}
}

/** The first chapter's Korean address, from the Korean chapter list. */
async function firstChapter(page: Page): Promise<string> {
	await page.goto('/ko/read/');
	const href = await page.locator('ol.chapters a').first().getAttribute('href');
	expect(href).toMatch(/^\/ko\/read\/[a-z0-9-]+\/$/);
	return href ?? '';
}

test('the Korean landing page is Korean, links in Korean, and passes axe light and dark', async ({
	page
}) => {
	await page.goto('/ko/');
	await expectKoreanFrame(page);
	await expect(page).toHaveTitle('Inception Explorer');
	await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', HANGUL);
	await expect(page.getByRole('link', { name: '처음부터 읽기' })).toHaveAttribute(
		'href',
		/^\/ko\/read\/.+\//
	);
	await expect(page.getByRole('heading', { name: '네트워크를 세어 보면' })).toBeVisible();
	// Each card's blurb is the Korean one; the variants' totals are computed.
	const cards = page.locator('.cards li');
	expect(await cards.count()).toBeGreaterThan(2);
	for (const card of await cards.all()) {
		await expect(card.locator('p')).toHaveText(HANGUL);
		await expect(card.locator('dd').first()).toHaveText(/^매개변수 \d+\.\d\d M$/);
	}
	await expect(page.locator('figcaption').first()).not.toContainText('..');
	await expect(page.locator('figcaption a').first()).toHaveText('탐색기에서 보기');
	await expectLinksStayKorean(page);
	await expectAxeBothThemes(page, '/ko/');
});

test('the Korean chapter list is Korean and links to Korean chapters', async ({ page }) => {
	await page.goto('/ko/read/');
	await expectKoreanFrame(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('읽기');
	await expect(page).toHaveTitle('읽기 · Inception Explorer');
	await expectLinksStayKorean(page);
	await expectAxeBothThemes(page, '/ko/read/');
});

test('a Korean chapter has its frame in Korean, says when its text is not yet translated, and passes axe', async ({
	page
}) => {
	const href = await firstChapter(page);
	const count = await page.locator('ol.chapters li').count();
	await page.goto(href);
	await expectKoreanFrame(page);
	await expect(page.locator('.kicker')).toHaveText(`${count}장 중 1장`);
	await expect(page.locator('.meta')).toHaveText(/^\d+분 분량$/);
	await expect(page.getByRole('heading', { name: '이 페이지의 내용' })).toBeVisible();
	const nav = page.getByRole('navigation', { name: '장 이동' });
	await expect(nav.getByRole('link', { name: '모든 장' })).toHaveAttribute('href', '/ko/read/');
	await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', /^\/ko\/read\/[a-z0-9-]+\/$/);
	await expect(nav.locator('a[rel="next"] .dir')).toHaveText('다음');
	// A chapter still in English is marked as English and says so in Korean; a translated one does not.
	const body = page.locator('.chapter-body');
	const english = (await body.getAttribute('lang')) === 'en';
	await expect(page.locator('.untranslated')).toHaveCount(english ? 1 : 0);
	if (english) {
		await expect(page.locator('.untranslated')).toHaveText(
			'이 장은 아직 한국어로 번역되지 않아 영어 원문으로 보여 드립니다.'
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
	}
	// Figures link to the Korean explorer, with Korean words around them.
	const explore = page.locator('.chapter-figure figcaption a').first();
	await expect(explore).toHaveText('탐색기에서 보기');
	await expect(explore).toHaveAttribute('href', /^\/ko\/networks\//);
	await expect(page.locator('.chapter-figure figcaption').first()).not.toContainText('..');
	await expect(page.locator('#references')).toHaveText('참고 문헌');
	await expectLinksStayKorean(page);
	await expectAxeBothThemes(page, href);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a Korean chapter still reads: its frame in Korean, its text and links', async ({ page }) => {
		const href = await firstChapter(page);
		await page.goto(href);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(page.locator('.kicker')).toHaveText(/^\d+장 중 1장$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('.chapter-body p').first()).toBeVisible();
		await expect(page.locator('.chapter-figure svg').first()).toBeVisible();
		await expect(
			page.getByRole('navigation', { name: '장 이동' }).getByRole('link', { name: '모든 장' })
		).toBeVisible();
		await expectLinksStayKorean(page);
	});
});

test.describe('an unknown Korean address', () => {
	// The browser reports the 404 status of the document itself as a console error.
	test.use({ allowConsole: [/status of 404/] });

	test('says so in Korean, with Korean links', async ({ page }) => {
		const response = await page.goto('/ko/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
		await expect(page.locator('[data-error]')).toContainText('주소에는 페이지가 없습니다');
		await expect(page.getByRole('main').getByRole('link', { name: '홈' })).toHaveAttribute('href', '/ko/');
		await expectLinksStayKorean(page);
		await expectAxeBothThemes(page, '/ko/no-such-page/');
	});
});
