// The compare page and the training demos in Korean: headings, table heads, chart labels, claims and run
// status from the Korean catalogue; links that stay under /ko/; settings; the tables without JavaScript; axe.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';
import { count } from '../src/lib/analysis/format';
import { MAX_INPUT, analyse } from '../src/lib/analysis/analyse';
import { allNetworks } from '../src/lib/networks/registry';
import { ko } from '../src/lib/i18n/ko';

const c = ko.compare;
const tr = ko.train;

function macs(key: string, size: number): number {
	const network = allNetworks().find((n) => `${n.id}/${n.variant}` === key);
	if (!network) throw new Error(`no network ${key}`);
	const result = analyse(network, size);
	if (!result.ok) throw new Error(result.error.message);
	return result.analysis.trace.row('')?.macs ?? NaN;
}

async function ready(page: Page) {
	await expect(page.locator('[data-compare-ready]')).toHaveCount(1);
	await expect(page.getByLabel(c.settings.size)).toBeVisible();
}

/** Every same-site link in the page's content stays in Korean (the training page may have none). */
async function linksStayKorean(page: Page, atLeast = 1) {
	const hrefs = await page
		.locator('main a[href^="/"]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThanOrEqual(atLeast);
	for (const href of hrefs) expect(href, href).toMatch(/^\/ko\//);
}

test('/ko/compare/ reads in Korean: headings, table heads, chart labels, claims; links stay in Korean', async ({
	page
}) => {
	await page.goto('/ko/compare/');
	await expect(page).toHaveTitle(c.meta.title);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
	for (const h of [c.side.heading(299), c.cost.heading, c.claims.heading, c.errors.heading, c.chain.heading])
		await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
	await ready(page);
	const table = page.locator('[data-compare-table]');
	await expect(table.locator('thead th').first()).toHaveText(c.side.network);
	for (const row of [c.side.macs, c.side.peak, c.side.depth, c.side.smallest])
		await expect(table.getByRole('rowheader', { name: row, exact: true })).toBeVisible();
	await expect(table.getByRole('link', { name: 'Inception-ResNet-v2 (논문)' })).toHaveAttribute(
		'href',
		'/ko/networks/inception-resnet-v2/paper/'
	);
	// Charts: titles, legends and axes.
	await expect(page.locator('[data-chart="stages"] h3')).toHaveText(c.cost.stagesTitle('MACs'));
	await expect(page.locator('[data-chart="kinds"] svg')).toContainText(c.kinds.pointwise);
	await expect(page.locator('[data-chart="stages"] svg')).toContainText(c.stages.head);
	await expect(page.locator('[data-chart="errors"] svg')).toContainText(c.errors.xAxis);
	await expect(page.locator('[data-chart="errors"] svg')).toContainText(c.errors.yAxis('top1'));
	await expect(
		page
			.locator('[data-chart="stages"] svg')
			.getByRole('link', { name: /^Inception-v4, B: .*탐색기에서 열기$/ })
	).toHaveAttribute('href', '/ko/networks/inception-v4/paper/inceptionB/');
	// Claims: speaker, Korean gloss, verdict tags, numbers.
	const claim = page.locator('[data-claim="irv2-released-v4"]');
	await expect(claim).toContainText(c.claims.gloss['irv2-released-v4']);
	await expect(claim).toContainText(c.claims.note['irv2-released-v4']);
	await expect(claim.locator('.tag')).toHaveText(/^(성립|불성립)$/);
	await expect(claim.locator('.numbers')).toContainText('비율');
	await expect(page.locator('[data-claim="v4-step-time"] .verdict')).toContainText('층');
	// Paper against released: heads and worded rows.
	const chain = page.locator('[data-chain]');
	await expect(chain.locator('thead th').first()).toHaveText(c.chain.head.difference);
	await expect(chain.locator('[data-row="lastBlock"] th')).toHaveText('ReLU 없는 마지막 C 블록');
	await linksStayKorean(page);
	for (const theme of ['light', 'dark'] as const) {
		await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
		await expectNoAxeViolations(page, `/ko/compare/ (${theme})`);
	}
});

test('/ko/compare/ settings work and keep the page in Korean', async ({ page }) => {
	await page.goto('/ko/compare/');
	await ready(page);
	await page.getByLabel(c.settings.size).fill('331');
	await expect(page).toHaveURL(/\/ko\/compare\/\?input=331$/);
	await expect(page.getByRole('heading', { level: 2, name: c.side.heading(331) })).toBeVisible();
	await expect(page.locator('[data-cell="inception-v4/paper:macs"]')).toHaveText(
		count(macs('inception-v4/paper', 331))
	);
	await page.getByLabel('FLOPs').check();
	await expect(page).toHaveURL(/\/ko\/compare\/\?input=331&metric=flops$/);
	await expect(page.locator('[data-chart="stages"] h3')).toHaveText(c.cost.stagesTitle('FLOPs'));
	await page.getByLabel(c.errors.kind.top5).check();
	await expect(page.locator('[data-chart="errors"] h3')).toHaveText(c.errors.title('top5'));
	// A size no network can take: every column says why, in Korean.
	await page.getByLabel(c.settings.size).fill('20');
	await expect(page.locator('[data-problem="inception-v4/paper"]')).toContainText('입력을 받을 수 없습니다');
	await page.getByLabel(c.settings.size).fill('0');
	await expect(page.getByText(c.settings.sizeProblem(MAX_INPUT))).toBeVisible();
});

test('/ko/compare/ with a malformed URL says what it ignored, in Korean', async ({ page }) => {
	await page.goto('/ko/compare/?convention=caffe&error=top3');
	await ready(page);
	await expect(
		page.getByText(c.problem({ kind: 'convention', raw: 'caffe', allowed: 'keras, pytorch' }))
	).toBeVisible();
	await expect(
		page.getByText(c.problem({ kind: 'error', raw: 'top3', allowed: 'top1, top5' }))
	).toBeVisible();
});

test('without JavaScript the Korean compare tables are there', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/ko/compare/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
	await expect(page.locator('[data-compare-table] tbody th').first()).toHaveText(c.side.at(299));
	await expect(page.locator('[data-cell="inception-v4/paper:macs"]')).toHaveText(
		count(macs('inception-v4/paper', 299))
	);
	await expect(page.locator('[data-chain] thead th').nth(1)).toHaveText(c.chain.head.paper);
	await expect(page.locator('[data-error-table] thead th').first()).toHaveText(c.errors.head.row);
	await expect(page.locator('[data-claim]')).toHaveCount(4);
	await context.close();
});

test('/ko/train/ reads in Korean; a short race reports its status in Korean; axe clean', async ({ page }) => {
	await page.goto('/ko/train/');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	await expect(page).toHaveTitle(tr.page.title);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr.page.heading);
	for (const h of [tr.page.race, tr.page.dying, tr.page.init])
		await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
	await expect(page.getByRole('img', { name: tr.preview.shapes.disk }).first()).toBeVisible();
	const race = page.locator('section.race');
	await expect(race.locator('.costs thead th').nth(1)).toHaveText(tr.race.head.trainable);
	await expect(race.getByRole('status')).toHaveText(tr.status.idle);
	await race.getByRole('button', { name: tr.controls.start, exact: true }).click();
	await expect(race.getByRole('status')).toHaveText(/^학습 중입니다/, { timeout: 60_000 });
	await expect
		.poll(
			async () => Math.min(...((await race.getAttribute('data-steps')) ?? '0 0').split(' ').map(Number)),
			{
				timeout: 90_000
			}
		)
		.toBeGreaterThanOrEqual(2);
	await race.getByRole('button', { name: tr.controls.pause }).click();
	await expect(race.getByRole('status')).toHaveText(/^일시 정지했습니다/);
	// Charts: Korean titles, axes and legends; the sentence in Korean.
	const accuracy = race.locator('figure').first();
	await expect(accuracy.locator('figcaption')).toHaveText(tr.race.accuracyTitle(20));
	await expect(accuracy.locator('svg[role="img"]')).toContainText(tr.chart.step);
	await expect(accuracy.locator('svg[role="img"]')).toContainText(tr.chart.accuracy);
	await expect(accuracy.locator('.legend')).toContainText(tr.race.kinds.residual);
	await expect(race.locator('.summary')).toContainText(/잔차|네트워크/);
	for (const theme of ['light', 'dark'] as const) {
		await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
		await expectNoAxeViolations(page, `/ko/train/ with curves (${theme})`);
	}
	await race.getByRole('button', { name: tr.controls.reset }).click();
	await expect(race).toHaveAttribute('data-phase', 'idle');
	await expect(race.getByRole('status')).toHaveText(tr.status.idle);
	// The initialisation demo, scrolled near, words its result in Korean.
	const init = page.locator('section#init .init');
	await init.scrollIntoViewIfNeeded();
	await expect(init).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
	await expect(init.locator('.summary')).toContainText('활성화 RMS는');
	await expect(init.locator('figure').first().locator('.legend')).toContainText(tr.init.words.plain);
	await linksStayKorean(page, 0);
});
