// The explorer and the lab in Korean: the index, a network page and a block page read in Korean, pass axe in
// both themes, and the language switch keeps the network, variant, part, selection and settings both ways.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';
import { refuseWebGL } from './webgl';

const HANGUL = /[\uac00-\ud7a3]/;
const BLOCK = '/ko/networks/inception-v4/paper/inceptionA/';
const SELECTED = 'inceptionA/1/b3/conv2';

async function hydrated(page: Page) {
	await expect(page.locator('.controls[data-hydrated]')).toHaveCount(1);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`Korean explorer, ${colorScheme}`, () => {
		test.use({ colorScheme });
		for (const path of ['/ko/networks/', '/ko/networks/inception-resnet-v2/released/', BLOCK]) {
			test(`${path} reads in Korean and passes axe`, async ({ page }) => {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await expect(page.getByRole('main')).toContainText(HANGUL);
				await expectNoAxeViolations(page, `${path} (${colorScheme})`);
			});
		}
	});
}

test('the index reads in Korean, and its links stay in Korean', async ({ page }) => {
	await page.goto('/ko/networks/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('네트워크');
	await expect(
		page.getByText('잔차 연결 없는 순수한 Inception 네트워크입니다.', { exact: false })
	).toBeVisible();
	const card = page.getByRole('listitem').filter({
		has: page.getByRole('heading', { name: 'Inception-ResNet-v2' })
	});
	await expect(card.getByRole('link', { name: '공개 코드' })).toHaveAttribute(
		'href',
		'/ko/networks/inception-resnet-v2/released/'
	);
	await expect(page.getByRole('link', { name: '나란히 비교하기' })).toHaveAttribute('href', '/ko/compare/');
});

test('a block page: the detail panel, totals, legend, table and settings read in Korean', async ({
	page
}) => {
	await page.goto(`${BLOCK}?path=${SELECTED}`);
	await hydrated(page);
	await expect(page).toHaveTitle('4 x Inception-A · Inception-v4 · Inception Explorer');
	const panel = page.locator('section.panel');
	await expect(panel).toHaveAttribute('data-path', SELECTED);
	await expect(panel.locator('.place')).toHaveText('Inception-A 가지 3');
	await expect(panel.locator('[data-panel-at]')).toHaveText('299x299x3 입력 기준');
	await expect(panel.locator('[data-fact="params"] dt')).toHaveText('매개변수');
	await expect(panel.locator('[data-fact="output"] .derivation')).toContainText('채널: 필터 96개');
	await expect(panel.locator('.convention')).toContainText('곱셈-누산(MAC)');
	await expect(page.locator('[data-total="rf"] .label')).toHaveText('수용 영역');
	await expect(page.getByRole('list', { name: '범례' })).toContainText('필터 연결');
	await expect(page.getByRole('columnheader', { name: '층 또는 블록' })).toBeVisible();
	// The paper's own labels stay as printed, inside the diagram and in the table.
	await expect(page.locator('svg.diagram')).toContainText('Filter concat');
	// Settings: their names, and a change that stays on the Korean page.
	const settings = page.getByRole('form', { name: '설정' });
	await expect(settings.getByLabel('입력 크기 (px)')).toHaveValue('299');
	await settings.getByRole('radio', { name: 'FLOPs' }).check();
	await expect(page).toHaveURL(/\/ko\/networks\/inception-v4\/paper\/inceptionA\/\?metric=flops&path=/);
	await expect(panel.locator('[data-fact="flops"] dt')).toHaveText('FLOPs');
	await settings.getByLabel('입력 크기 (px)').fill('10');
	await settings.getByLabel('입력 크기 (px)').press('Enter');
	await expect(page.locator('[data-size-problem]')).not.toBeEmpty();
	// A malformed address is explained in Korean.
	await page.goto(`${BLOCK}?metric=watts`);
	await hydrated(page);
	await expect(page.locator('[data-problem="query"]')).toHaveText(
		'“metric=watts”은(는) macs, flops 중 하나가 아니므로 macs을(를) 보여 줍니다.'
	);
});

test('every link on a Korean block page stays in Korean', async ({ page }) => {
	await page.goto(`${BLOCK}?path=${SELECTED}`);
	await hydrated(page);
	const out = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLAnchorElement>('main a[href], header a[href]')]
			// The chapters' "Discussed in" list is the reading side's (src/lib/content), checked in korean.spec.ts.
			.filter((a) => a.origin === location.origin && !a.closest('nav.language, nav.discussed'))
			.map((a) => a.pathname)
			.filter((p) => !p.startsWith('/ko/'))
	);
	expect(out).toEqual([]);
	// Another network, by the switcher: the same block and layer, still in Korean.
	await page.locator('.switcher [data-network="inception-resnet-v1"]').click();
	await expect(page).toHaveURL(/\/ko\/networks\/inception-resnet-v1\/paper\//);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('the language switch keeps network, variant, part, selection and settings, both ways', async ({
	page
}) => {
	const query = `?input=331&metric=flops&path=inceptionResnetB/1/body/branches/b2/conv2`;
	await page.goto(`/networks/inception-resnet-v2/released/inceptionResnetB/${query}`);
	await hydrated(page);
	await page.locator('nav.language a').click();
	await expect(page).toHaveURL(`/ko/networks/inception-resnet-v2/released/inceptionResnetB/${query}`);
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.locator('section.panel')).toHaveAttribute(
		'data-path',
		'inceptionResnetB/1/body/branches/b2/conv2'
	);
	await expect(page.locator('[data-panel-at]')).toHaveText('331x331x3 입력 기준');
	await expect(page.getByRole('radio', { name: 'FLOPs' })).toBeChecked();
	await expect(page.locator('.switcher [data-variant="released"]')).toHaveAttribute('aria-current', 'page');
	await page.locator('nav.language a').click();
	await expect(page).toHaveURL(`/networks/inception-resnet-v2/released/inceptionResnetB/${query}`);
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('[data-panel-at]')).toHaveText('At a 331x331x3 input');
	await expect(page.locator('section.panel')).toHaveAttribute(
		'data-path',
		'inceptionResnetB/1/body/branches/b2/conv2'
	);
});

test('a layer’s own address sends a Korean reader on to the Korean block page', async ({ page }) => {
	await page.goto('/ko/networks/inception-v4/paper/stem/conv1/');
	await expect(page).toHaveURL('/ko/networks/inception-v4/paper/stem/?path=stem/conv1');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('the lab reads in Korean, and its run panel speaks Korean', async ({ page }) => {
	await page.goto('/ko/lab/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('실험실: 블록 실시간 실행');
	await expect(page.getByRole('link', { name: '탐색기에서 보기' }).first()).toHaveAttribute(
		'href',
		'/ko/networks/inception-v4/paper/inceptionA/?path=inceptionA/1'
	);
	const panel = page.locator('.run-live').first();
	await expect(panel.getByRole('heading', { name: '실시간 실행' })).toBeVisible();
	await expect(panel.locator('.memory')).toContainText('최고 시점에 텐서 메모리가 약');
	await expect(panel.getByRole('button', { name: '이 블록 실행' })).toBeVisible();
	await expect(panel.getByLabel('백엔드')).toBeVisible();
	await expectNoAxeViolations(page, '/ko/lab/');
});

test('a Korean live run without WebGL says so in Korean, falls back and checks the block', async ({
	page
}) => {
	await refuseWebGL(page);
	await page.goto('/ko/lab/?backend=webgl');
	const block = page.locator('.run-live').nth(4); // the single conv: quick
	await block.getByRole('button', { name: '이 블록 실행' }).click();
	await expect(block.getByTestId('notice')).toContainText(
		'다음을 쓸 수 없었습니다: WebGL: 여기서는 WebGL을 쓸 수 없습니다.',
		{ timeout: 120_000 }
	);
	await expect(block.getByRole('table')).toBeVisible({ timeout: 120_000 });
	await expect(block.getByRole('table')).toContainText('분석 결과 비교');
	for (const name of ['출력', '학습 가능', '학습 불가'])
		await expect(
			block
				.getByRole('row', { name: new RegExp(`^${name} `) })
				.getByRole('cell')
				.last()
		).toHaveText('✓');
	await expect(block.getByText('남은 텐서')).toBeVisible();
	await expectNoAxeViolations(page, '/ko/lab/ after a run');
});
