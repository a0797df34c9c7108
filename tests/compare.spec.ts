// The compare page: every network's numbers (checked against the analysis itself), choosing networks, the URL,
// exports, an impossible input size explained per network, reading without JavaScript, and axe in both themes.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';
import { analyse, smallestInput } from '../src/lib/analysis/analyse';
import { totalParams } from '../src/lib/analysis/counts';
import { count } from '../src/lib/analysis/format';
import { allNetworks } from '../src/lib/networks/registry';

function analysed(key: string, size = 299) {
	const network = allNetworks().find((n) => `${n.id}/${n.variant}` === key);
	if (!network) throw new Error(`no network ${key}`);
	const result = analyse(network, size);
	if (!result.ok) throw new Error(result.error.message);
	return result.analysis.trace.row('')!;
}

const KEYS = allNetworks().map((n) => `${n.id}/${n.variant}`);
const cell = (page: Page, key: string, row: string) => page.locator(`[data-cell="${key}:${row}"]`);

async function ready(page: Page) {
	await expect(page.locator('[data-compare-ready]')).toHaveCount(1);
	await expect(page.getByLabel('Input size (px)')).toBeVisible();
}

test('loads every network with the analysis’ numbers, and follows the input size', async ({ page }) => {
	await page.goto('/compare/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare the networks');
	await ready(page);
	await expect(page.locator('[data-compare-table] thead th[data-column]')).toHaveCount(KEYS.length);
	for (const key of KEYS) {
		const root = analysed(key);
		await expect(cell(page, key, 'macs')).toHaveText(count(root.macs));
		await expect(cell(page, key, 'params-keras')).toHaveText(count(totalParams(root.params)));
		await expect(cell(page, key, 'params-pytorch')).toHaveText(count(totalParams(root.params, 'pytorch')));
	}
	await page.getByLabel('Input size (px)').fill('331');
	await expect(page).toHaveURL(/\/compare\/\?input=331$/);
	for (const key of KEYS) await expect(cell(page, key, 'macs')).toHaveText(count(analysed(key, 331).macs));
	// FLOPs instead of MACs: twice the number, and the explorer links carry the settings.
	await page.getByLabel('FLOPs').check();
	await expect(page).toHaveURL(/input=331&metric=flops/);
	await expect(cell(page, 'inception-v4/paper', 'flops')).toHaveText(
		count(2 * analysed('inception-v4/paper', 331).macs)
	);
	await expect(page.getByRole('link', { name: 'Inception-v4', exact: true })).toHaveAttribute(
		'href',
		'/networks/inception-v4/paper/?input=331&metric=flops'
	);
});

test('choosing networks updates the table, the charts and the URL', async ({ page }) => {
	await page.goto('/compare/');
	await ready(page);
	const stages = page.locator('[data-chart="stages"] svg');
	await expect(stages.getByRole('group', { name: 'Inception-v3', exact: true })).toHaveCount(1);
	await page.locator('[data-show="inception-v3/released"]').uncheck();
	await expect(page).toHaveURL(
		/show=inception-v4\/paper,inception-resnet-v1\/paper,inception-resnet-v2\/paper,inception-resnet-v2\/released$/
	);
	await expect(page.locator('[data-compare-table] thead th[data-column]')).toHaveCount(KEYS.length - 1);
	await expect(stages.getByRole('group', { name: 'Inception-v3', exact: true })).toHaveCount(0);
	await expect(
		page.locator('[data-chart="kinds"] svg').getByRole('group', { name: 'Inception-v3', exact: true })
	).toHaveCount(0);
	await expect(page.locator('[data-error-table]')).not.toContainText('Inception-v3');
	// The URL alone restores the choice.
	await page.reload();
	await ready(page);
	await expect(page.locator('[data-show="inception-v3/released"]')).not.toBeChecked();
	await expect(page.locator('[data-compare-table] thead th[data-column]')).toHaveCount(KEYS.length - 1);
	// A stage segment opens its block in the explorer.
	await stages.getByRole('link', { name: /^Inception-v4, B: .*open in the explorer$/ }).click();
	await expect(page).toHaveURL(/\/networks\/inception-v4\/paper\/inceptionB\/$/);
});

test('the CSV and JSON hold the analysis’ numbers; the charts export standalone SVG and PNG', async ({
	page
}) => {
	await page.goto('/compare/?input=331');
	await ready(page);
	const download = async (button: string, within = page.locator('main')) => {
		const wait = page.waitForEvent('download');
		await within.getByRole('button', { name: button, exact: true }).click();
		const d = await wait;
		return {
			name: d.suggestedFilename(),
			text: await readFile((await d.path())!, button === 'PNG' ? 'latin1' : 'utf8')
		};
	};
	const csv = await download('CSV');
	expect(csv.name).toBe('compare-331.csv');
	const [header, ...lines] = csv.text
		.trim()
		.split('\n')
		.map((l) => l.split(','));
	expect(lines).toHaveLength(KEYS.length);
	for (const line of lines) {
		const at = (h: string) => line[header.indexOf(h)];
		const root = analysed(`${at('network')}/${at('variant')}`, 331);
		expect(Number(at('macs'))).toBe(root.macs);
		expect(Number(at('params_keras'))).toBe(totalParams(root.params));
		expect(Number(at('params_pytorch'))).toBe(totalParams(root.params, 'pytorch'));
		expect(at('input')).toBe('331');
	}
	const json = JSON.parse((await download('JSON')).text);
	expect(json.units.macs).toMatch(/multiply-accumulates/);
	expect(json.convention.flops).toMatch(/2 x MACs/);

	const chart = page.locator('[data-chart="stages"]');
	const svg = await download('SVG', chart);
	expect(svg.text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	expect(svg.text).not.toContain('var(');
	expect(svg.text).toMatch(/<rect[^>]*x="0" y="0"[^>]*style="fill: rgb\(/);
	expect((await download('PNG', chart)).text.slice(1, 4)).toBe('PNG');
});

test('an impossible input size is explained for each network, and the page goes on working', async ({
	page
}) => {
	await page.goto('/compare/?input=40');
	await ready(page);
	for (const network of allNetworks()) {
		const key = `${network.id}/${network.variant}`;
		const smallest = smallestInput(network);
		await expect(page.locator(`[data-problem="${key}"]`)).toContainText(`cannot run on 40x40`);
		await expect(page.locator(`[data-problem="${key}"]`)).toContainText(`${smallest}x${smallest}`);
		await expect(cell(page, key, 'status')).toHaveText('cannot run');
	}
	await expect(page.locator('[data-chart="stages"] svg')).toContainText('Cannot take 40x40');
	// The difference table does not depend on the size and stays.
	await expect(page.locator('[data-chain] tfoot')).toContainText('whole gap');
	await page.getByLabel('Input size (px)').fill('299');
	await expect(page.locator('[data-problem]')).toHaveCount(0);
	await expect(cell(page, 'inception-v4/paper', 'macs')).toHaveText(
		count(analysed('inception-v4/paper').macs)
	);
	// A malformed parameter is named, and the defaults are used.
	await page.goto('/compare/?input=big&show=nope/paper');
	await ready(page);
	await expect(page.getByRole('status').filter({ hasText: '“input=big”' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '“nope/paper”' })).toBeVisible();
});

test('controls shown before the page runs wait for it, so no early change or click is lost', async ({
	page
}) => {
	// Hold the app's scripts back: the page is the prerendered HTML, with the .js class already set.
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/compare/');
	const size = page.getByLabel('Input size (px)');
	await expect(size).toBeVisible();
	await expect(size).toBeDisabled();
	await expect(page.getByRole('button', { name: 'CSV' })).toBeDisabled();
	await expect(page.getByRole('radio', { name: 'FLOPs' })).toBeDisabled();
	await expect(page.locator('[data-chart] .export button').first()).toBeDisabled();
	release();
	await ready(page);
	await expect(size).toBeEnabled();
	await expect(page.getByRole('button', { name: 'CSV' })).toBeEnabled();
	await expect(page.locator('[data-chart] .export button').first()).toBeEnabled();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the numbers, the charts, the claims and the difference table are in the HTML', async ({ page }) => {
		await page.goto('/compare/');
		for (const key of KEYS) await expect(cell(page, key, 'macs')).toHaveText(count(analysed(key).macs));
		await expect(page.locator('[data-chart="stages"] svg a')).not.toHaveCount(0);
		await expect(page.locator('[data-claim]')).toHaveCount(4);
		await expect(page.locator('[data-claim="irv2-paper-v4"]')).toHaveAttribute('data-verdict', 'fails');
		await expect(page.locator('[data-chain] tbody tr[data-row]')).toHaveCount(7);
		await expect(page.getByLabel('Input size (px)')).toBeHidden();
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme}`, () => {
		test.use({ colorScheme: scheme });

		test('the compare page, with every data table open and a refused size', async ({ page }) => {
			await page.goto('/compare/');
			await ready(page);
			for (const d of await page.locator('details').all()) await d.locator('summary').click();
			await expectNoAxeViolations(page, `/compare/ (${scheme})`);
			await page.getByLabel('Input size (px)').fill('40');
			await expect(page.locator('[data-problem]')).not.toHaveCount(0);
			await expectNoAxeViolations(page, `/compare/?input=40 (${scheme})`);
		});
	});
}
