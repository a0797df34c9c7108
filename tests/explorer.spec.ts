// The explorer: networks, blocks, the detail panel's numbers (checked against the analysis itself), toggles,
// deep links, keyboard use, exports, malformed URLs, no-JS reading, and axe in both themes.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';
import { analyse, MAX_INPUT, smallestInput } from '../src/lib/analysis/analyse';
import { totalParams } from '../src/lib/analysis/counts';
import { count, delta as signed } from '../src/lib/analysis/format';
import { lookup } from '../src/lib/networks/registry';
import { totalsOf } from '../src/lib/explorer/totals';
import { pngText } from '../src/lib/explorer/pngText';
import { rowAt } from '../src/lib/analysis/testing';

function analysed(id: string, variant?: string, size?: number) {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	const result = analyse(found.network, size);
	if (!result.ok) throw new Error(result.error.message);
	return result.analysis;
}

const fact = (page: Page, id: string) => page.locator(`.panel [data-fact="${id}"] .value`);
const total = (page: Page, id: string) => page.locator(`[data-total="${id}"] .value`);
/** A diagram box, by the name a screen reader hears (never by its position or path). */
const box = (page: Page, name: string | RegExp) =>
	page.getByRole('group', { name: /block diagram|overview of its parts/ }).getByRole('link', { name });

/** The page has hydrated: the settings are shown and the explorer's script has mounted (before that, a
 * click on a pill is a plain page load and shows no deltas). */
async function ready(page: Page) {
	await expect(page.getByLabel('Input size (px)')).toBeVisible();
	await expect(page.locator('.controls[data-hydrated]')).toHaveCount(1);
	// And the parts built after hydration (Deferred: the table, the run controls, the links around them).
	await expect(page.locator('.deferred:not([data-built])')).toHaveCount(0);
	// The diagram's start view is set once its pane has been laid out and measured, a frame after hydration.
	await expect(page.locator('.frame.panned')).toHaveCount(1);
}

test('open a network, open a block, click a layer: the panel shows what the analysis computes', async ({
	page
}) => {
	await page.goto('/networks/');
	await page.getByRole('link', { name: 'Inception-v4', exact: true }).click();
	await expect(page).toHaveURL(/\/networks\/inception-v4\/paper\/$/);
	await ready(page);
	await box(page, /^4 x Inception-A\b/).click();
	await expect(page).toHaveURL(/\/networks\/inception-v4\/paper\/inceptionA\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('4 x Inception-A');
	await ready(page);

	const conv = box(page, 'Inception-A branch 3, 3x3 Conv (96), 96 filters');
	await conv.click();
	await expect(page).toHaveURL(/\?path=inceptionA\/1\/b3\/conv2$/);

	const a = analysed('inception-v4');
	const row = rowAt(a.trace, 'inceptionA/1/b3/conv2');
	await expect(page.locator('#panel-title')).toHaveText(row.label);
	await expect(fact(page, 'output')).toHaveText(row.output.join('x'));
	await expect(fact(page, 'params')).toHaveText(count(totalParams(row.params)));
	await expect(fact(page, 'macs')).toHaveText(count(row.macs));
	await expect(page.locator('.panel [data-fact="trainable"] .derivation')).toContainText(
		`3 x 3 x ${row.input[2]} x ${row.filters} = ${count(row.params.weights)}`
	);
	await expect(conv).toHaveAttribute('aria-current', 'true');

	// FLOPs instead of MACs: the same node, twice the number, the convention on screen.
	await page.getByLabel('FLOPs').check();
	await expect(page).toHaveURL(/metric=flops/);
	await expect(fact(page, 'flops')).toHaveText(count(2 * row.macs));

	// A whole block: its subtotals and share of the network.
	await box(page, /^Inception-A, Filter concat\b/).click();
	const block = rowAt(a.trace, 'inceptionA/1');
	await expect(fact(page, 'params')).toHaveText(count(totalParams(block.params)));

	// Back goes to the previous selection.
	await page.goBack();
	await expect(page).toHaveURL(/path=inceptionA\/1\/b3\/conv2/);
	await expect(page.locator('#panel-title')).toHaveText(row.label);
});

test('the layer table and live-run controls come as sent, are built after hydration, and then work', async ({
	page
}) => {
	const sent = await (await page.request.get('/networks/inception-v4/paper/inceptionA/')).text();
	// The server sends both in full: the table's rows and the run controls (disabled until built).
	expect(sent).toMatch(/<div class="deferred[^"]*">[\s\S]*?<table/);
	expect(sent).toMatch(/<div class="deferred[^"]*">[\s\S]*?Run this block/);
	await page.goto('/networks/inception-v4/paper/inceptionA/');
	await ready(page);
	// Every such part (the table, the run controls, and the header, links and legend around them) is built.
	expect(await page.locator('.deferred').count()).toBeGreaterThanOrEqual(2);
	await expect(page.locator('.deferred:not([data-built])')).toHaveCount(0);
	// Built, the table selects a row in place and the run button is enabled.
	await page.locator('.table tbody tr a').nth(3).click();
	await expect(page).toHaveURL(/path=/);
	await expect(page.locator('.table tr.current')).toHaveCount(1);
	await expect(page.locator('#panel-title')).toHaveText(
		(await page.locator('.table tr.current th').textContent()) ?? ''
	);
	await expect(page.getByRole('button', { name: 'Run this block' })).toBeEnabled();
});

test('toggling Inception-ResNet-v1 and -v2 changes the totals and shows the difference', async ({ page }) => {
	await page.goto('/networks/inception-resnet-v1/paper/inceptionResnetB/');
	await ready(page);
	const v1 = analysed('inception-resnet-v1');
	const v2 = analysed('inception-resnet-v2', 'paper');
	const p1 = totalParams(v1.trace.root.params);
	const p2 = totalParams(v2.trace.root.params);
	await expect(total(page, 'params')).toHaveText(count(p1));

	await page.locator('[data-network="inception-resnet-v2"]').click();
	await expect(page).toHaveURL(/\/networks\/inception-resnet-v2\/paper\/inceptionResnetB\/$/);
	await expect(total(page, 'params')).toHaveText(count(p2));
	await expect(page.locator('[data-total="params"] .delta')).toContainText('vs Inception-ResNet-v1');
	await expect(page.locator('[data-total="params"] .delta')).toHaveText(
		`${signed(p2 - p1, 'params')} vs Inception-ResNet-v1`
	);
	// Each difference in the unit of the number beside it: bytes for memory, px for the receptive field.
	const [t1, t2] = [totalsOf(v1), totalsOf(v2)];
	await expect(page.locator('[data-total="peak"] .delta')).toHaveText(
		`${signed(t2.peakBytes - t1.peakBytes, 'bytes')} vs Inception-ResNet-v1`
	);
	await expect(page.locator('[data-total="peak"] .delta')).toHaveText(/^[+−][\d.]+ (KiB|MiB) vs/);
	if (t1.rf !== t2.rf)
		await expect(page.locator('[data-total="rf"] .delta')).toHaveText(
			`${signed(t2.rf - t1.rf, 'px')} vs Inception-ResNet-v1`
		);

	// Paper -> released, one click.
	await page.locator('[data-variant="released"]').click();
	await expect(page).toHaveURL(/\/inception-resnet-v2\/released\/inceptionResnetB\/$/);
	const released = analysed('inception-resnet-v2', 'released');
	await expect(total(page, 'params')).toHaveText(count(totalParams(released.trace.root.params)));

	await page.goBack();
	await expect(total(page, 'params')).toHaveText(count(p2));
});

test('a deep link opens the block with the layer selected and its erratum proven', async ({ page }) => {
	await page.goto('/networks/inception-resnet-v2/paper/inceptionResnetB/?path=inceptionResnetB/1/body/up');
	await ready(page);
	await expect(page.locator('#panel-title')).toHaveText('1x1 Conv (1152 Linear)');
	const erratum = page.locator('.panel [data-erratum="E5"]');
	await expect(erratum).toContainText('1154 filters');
	await expect(erratum).toContainText('1152 = 384 + 384 + 384');
	await expect(page.locator('svg.diagram .badge', { hasText: 'E5' })).toBeVisible();
});

test('input size recomputes as you type; impossible sizes and malformed parameters are explained', async ({
	page
}) => {
	await page.goto('/networks/inception-v4/paper/reductionA/');
	await ready(page);
	const size = page.getByLabel('Input size (px)');
	const typed = page.locator('[data-size-problem]');
	const macs = page.locator('[data-total="macs"] .note');
	const macsAt = (n: number) =>
		`${count(analysed('inception-v4', undefined, n).trace.root.macs)} multiply-accumulates`;
	await size.fill('331');
	await expect(page).toHaveURL(/\/reductionA\/\?input=331$/);
	await expect(macs).toHaveText(macsAt(331));
	await expect(typed).toBeEmpty();

	// Every size is either applied or explained where it was typed; the URL and numbers stay meanwhile.
	const found = lookup('inception-v4');
	if (!found.ok) throw new Error(found.message);
	const smallest = smallestInput(found.network)!;
	for (const value of ['0', '20', '99999']) {
		await size.fill(value);
		const refused = analyse(found.network, Number(value));
		if (refused.ok) throw new Error(`${value} should be refused`);
		await expect(typed).toHaveText(refused.error.message);
		await expect(typed).toContainText(`${smallest}x${smallest}`);
		await expect(size).toHaveAttribute('aria-invalid', 'true');
		await expect(page).toHaveURL(/\?input=331$/);
		await expect(macs).toHaveText(macsAt(331));
	}
	await expect(typed).toContainText(String(MAX_INPUT));
	await size.fill('');
	await expect(typed).toContainText('whole number');
	await size.fill(String(smallest));
	await expect(page).toHaveURL(new RegExp(`\\?input=${smallest}$`));
	await expect(typed).toBeEmpty();
	await expect(macs).toHaveText(macsAt(smallest));
	await expect(page.locator('[data-total="macs"] .delta')).toContainText('vs Inception-v4 at 331px');

	// A size in the URL the analysis refuses shows the default size's numbers, and deltas compare with those.
	await page.goto('/networks/inception-v4/paper/?input=20');
	await ready(page);
	await expect(page.locator('[data-problem="input"]')).toContainText('smallest input that works');
	await expect(macs).toHaveText(macsAt(299));
	await expect(page.locator('svg.diagram')).toBeVisible();
	await size.fill('75');
	await expect(page).toHaveURL(/\?input=75$/);
	const before = totalsOf(analysed('inception-v4'));
	const after = totalsOf(analysed('inception-v4', undefined, 75));
	await expect(page.locator('[data-total="macs"] .delta')).toHaveText(
		`${signed(after.macs - before.macs, 'macs')} vs Inception-v4 at 299px`
	);

	await page.goto('/networks/inception-v4/paper/?input=abc&metric=bogus&path=no/such');
	await ready(page);
	const problems = page.locator('[data-problem="query"]');
	await expect(problems).toHaveCount(3);
	await expect(problems.nth(0)).toContainText('input=abc');
	await expect(problems.nth(1)).toContainText('metric=bogus');
	await expect(problems.nth(2)).toContainText('no/such');
});

test('after a toggle the detail panel shows how the selected node’s numbers changed', async ({ page }) => {
	const path = 'inceptionResnetB/1/body/up';
	await page.goto(`/networks/inception-resnet-v1/paper/inceptionResnetB/?path=${path}`);
	await ready(page);
	await expect(page.locator('.panel .delta')).toHaveCount(0);
	await page.locator('[data-network="inception-resnet-v2"]').click();
	await expect(page).toHaveURL(new RegExp(`/inception-resnet-v2/paper/inceptionResnetB/\\?path=${path}$`));
	const r1 = rowAt(analysed('inception-resnet-v1').trace, path);
	const r2 = rowAt(analysed('inception-resnet-v2', 'paper').trace, path);
	const delta = (id: string) => page.locator(`.panel [data-fact="${id}"] .delta`);
	await expect(delta('params')).toHaveText(signed(totalParams(r2.params) - totalParams(r1.params), 'params'));
	await expect(delta('macs')).toHaveText(signed(r2.macs - r1.macs, 'macs'));
	await expect(delta('memory')).toHaveText(signed(r2.activationBytes - r1.activationBytes, 'bytes'));
	await expect(delta('output')).toHaveText(`was ${r1.output.join('x')}`);
	await expect(page.locator('.panel .changes')).toContainText('since Inception-ResNet-v1');

	// Paper to released of one network: the comparison names the variant.
	await page.locator('[data-variant="released"]').click();
	await expect(page).toHaveURL(/\/inception-resnet-v2\/released\/inceptionResnetB\//);
	await expect(page.locator('.panel .changes')).toContainText('since Inception-ResNet-v2 (paper)');
});

test('a deep link may leave out the copy: it means copy 1, and the URL says so', async ({ page }) => {
	await page.goto('/networks/inception-v4/paper/inceptionA/?path=inceptionA/b3/conv2');
	await ready(page);
	await expect(page).toHaveURL(/\/inceptionA\/\?path=inceptionA\/1\/b3\/conv2$/);
	await expect(page.locator('[data-problem]')).toHaveCount(0);
	await expect(page.locator('.panel')).toHaveAttribute('data-path', 'inceptionA/1/b3/conv2');
	await expect(page.locator('.panel .place')).toHaveText('Inception-A branch 3');

	// With nothing selected the panel names the block, and a copy is named as one.
	await page.goto('/networks/inception-v4/paper/inceptionA/');
	await ready(page);
	await expect(page.locator('.panel .place')).toHaveText('Block of Inception-v4, run 4 times');
	await expect(page.locator('#panel-title')).toHaveText('4 x Inception-A');
	await box(page, /^Inception-A, Filter concat\b/).click();
	await expect(page.locator('#panel-title')).toHaveText('Inception-A (copy 1 of 4)');
	await expect(page.locator('.run-live .lead')).toContainText('builds Inception-A (copy 1 of 4) at');

	// A path that stays wrong still gets the friendly message.
	await page.goto('/networks/inception-v4/paper/inceptionA/?path=inceptionA/b9/conv2');
	await ready(page);
	await expect(page.locator('[data-problem="query"]')).toContainText('has no node “inceptionA/b9/conv2”');
});

test('diagrams open legible: no text under 11 px at 360 px, 1280 px or 3840 px; drag pans, buttons zoom', async ({
	page
}) => {
	/** The smallest text on screen in CSS px, and how the drawing sits in its pane. */
	const measure = () =>
		page.evaluate(() => {
			const frame = document.querySelector<HTMLElement>('.frame')!;
			const pane = frame.getBoundingClientRect();
			// Font size in the drawing's units times the drawing's scale on screen.
			const scale = document.querySelector<SVGSVGElement>('svg.diagram')!.getScreenCTM()!.a;
			const sizes = [...document.querySelectorAll<SVGTextElement>('svg.diagram text')]
				.filter((t) => {
					const r = t.getBoundingClientRect();
					return r.right > pane.left && r.left < pane.right && r.height > 0;
				})
				.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
			const input = document.querySelector('svg.diagram .kind-input')!.getBoundingClientRect();
			return {
				smallest: Math.min(...sizes),
				paneWidth: pane.width,
				pageWidth: document.documentElement.scrollWidth,
				inputVisible: input.left >= pane.left - 1 && input.right <= pane.right + 1
			};
		});
	for (const [width, height] of [
		[360, 780],
		[1280, 900],
		[3840, 2160]
	]) {
		await page.setViewportSize({ width, height });
		await page.goto('/networks/inception-v4/paper/inceptionC/');
		await ready(page);
		const m = await measure();
		// 11 px, give or take the float32 rounding of the screen transform.
		expect(m.smallest, `smallest text at ${width} px`).toBeGreaterThanOrEqual(11 - 1e-3);
		expect(m.inputVisible).toBe(true);
		// The pane stays inside the page's column: nothing scrolls the page sideways.
		expect(m.pageWidth).toBeLessThanOrEqual(width);
	}

	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/networks/inception-v4/paper/inceptionC/');
	await ready(page);
	const scale = page.getByRole('group', { name: 'Diagram size' }).locator('output');
	const before = await scale.textContent();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(scale).not.toHaveText(before!);
	await expect(page.getByRole('button', { name: 'Reset' })).toHaveAttribute('aria-pressed', 'false');
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(scale).toHaveText(before!);

	// Dragging the drawing sideways pans it (the view box moves), and a click after a drag selects nothing.
	const viewBox = () => page.locator('svg.diagram').getAttribute('viewBox');
	const start = await viewBox();
	const pane = (await page.locator('.frame').boundingBox())!;
	await page.mouse.move(pane.x + pane.width / 2, pane.y + 20);
	await page.mouse.down();
	await page.mouse.move(pane.x + pane.width / 2 - 200, pane.y + 20, { steps: 5 });
	await page.mouse.up();
	await expect.poll(viewBox).not.toBe(start);
});

test('keyboard only: Tab into the diagram, arrows move, Enter selects', async ({ page }) => {
	await page.goto('/networks/inception-v4/paper/reductionA/');
	await ready(page);
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.hasAttribute('data-box'))) break;
	}
	const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-box'));
	// The tab stop is the selected box: here the block itself, its Filter concat.
	expect(await focused()).toBe('reductionA');
	await page.keyboard.press('Home');
	expect(await focused()).toBe('reductionA/b1/pool1');
	await page.keyboard.press('ArrowRight');
	expect(await focused()).toBe('reductionA/b2/conv1');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowDown');
	expect(await focused()).toBe('reductionA/b3/conv2');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/path=reductionA\/b3\/conv2/);
	await expect(page.locator('#panel-title')).toHaveText('3x3 Conv (224)');
	expect(await focused()).toBe('reductionA/b3/conv2');
});

test('exports: the table as CSV and JSON, the diagram as SVG', async ({ page }) => {
	await page.goto('/networks/inception-v4/paper/inceptionC/');
	await ready(page);
	const a = analysed('inception-v4');
	for (const [button, ext] of [
		['CSV', 'csv'],
		['JSON', 'json'],
		['SVG', 'svg'],
		['PNG', 'png']
	] as const) {
		const wait = page.waitForEvent('download');
		await page.getByRole('button', { name: button, exact: true }).click();
		const download = await wait;
		expect(download.suggestedFilename()).toBe(`inception-v4-paper-inceptionC-299px.${ext}`);
		const text = await readFile((await download.path())!, ext === 'png' ? 'latin1' : 'utf8');
		if (ext === 'csv') {
			expect(text.split('\n')[0]).toBe(
				'path,label,kind,input,output,params,trainable,nonTrainable,macs,flops,activationBytes'
			);
			expect(text).toContain(`inceptionC/1/b4/split/b2/conv1,3x1 Conv (256),conv,8x8x512,8x8x256,`);
		}
		if (ext === 'json') {
			const json = JSON.parse(text);
			const conv = json.rows.find((r: { path: string }) => r.path === 'inceptionC/1/b2/conv1');
			expect(conv.macs).toBe(rowAt(a.trace, 'inceptionC/1/b2/conv1').macs);
		}
		if (ext === 'json') {
			const json = JSON.parse(text);
			expect([json.network, json.variant, json.part, json.input, json.classes]).toEqual([
				'inception-v4',
				'paper',
				'inceptionC',
				[299, 299, 3],
				1000
			]);
			expect(json.totals.params).toBe(totalsOf(a).params);
			expect(json.convention.flops).toContain('MACs');
		}
		if (ext === 'svg') {
			expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
			// Self-contained: its own background and title, every colour resolved, the whole drawing in view.
			expect(text).toMatch(/<title>3 x Inception-C of Inception-v4 \(paper\) at a 299x299x3 input<\/title>/);
			expect(text).toMatch(/<rect [^>]*data-background/);
			expect(text).not.toContain('var(');
			expect(text).not.toContain('class=');
		}
		if (ext === 'png') {
			expect(text.slice(1, 4)).toBe('PNG');
			const meta = pngText(new Uint8Array(Buffer.from(text, 'latin1')));
			expect(meta.Title).toBe('3 x Inception-C of Inception-v4 (paper) at a 299x299x3 input');
		}
	}
});

test.describe('errors', () => {
	test.use({ allowConsole: [/status of 404/] });

	test('an unknown network gets a 404 naming the networks that exist', async ({ page }) => {
		const body = await readFile('build/404.html', 'utf8');
		await page.route('**/networks/nope/', (route) =>
			route.fulfill({ status: 404, contentType: 'text/html', body })
		);
		await page.goto('/networks/nope/');
		await expect(page.locator('[data-error]')).toContainText('Unknown network "nope"');
		await expect(page.getByRole('main').getByRole('link', { name: 'Inception-ResNet-v2' })).toHaveAttribute(
			'href',
			'/networks/inception-resnet-v2/paper/'
		);
	});

	test('an unknown block gets a 404 listing the network’s parts', async ({ page }) => {
		const body = await readFile('build/404.html', 'utf8');
		await page.route('**/networks/inception-v4/paper/nope/', (route) =>
			route.fulfill({ status: 404, contentType: 'text/html', body })
		);
		await page.goto('/networks/inception-v4/paper/nope/');
		await expect(page.locator('[data-error]')).toContainText('has no part “nope”');
		await expect(page.getByRole('main').getByRole('link', { name: 'Reduction-B' })).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every block page reads: diagram, numbers and table are in the HTML', async ({ page }) => {
		await page.goto('/networks/inception-resnet-v2/paper/inceptionResnetA/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('5 x Inception-ResNet-A');
		await expect(page.locator('svg.diagram [data-box]')).toHaveCount(10);
		await expect(page.locator('svg.diagram .edge-identity')).toHaveCount(1);
		await expect(page.getByRole('table')).toContainText('1x1 Conv (384 Linear)');
		await expect(page.getByLabel('Input size (px)')).toBeHidden();
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme}`, () => {
		test.use({ colorScheme: scheme });

		test('networks index, overview and a block with the panel open', async ({ page }) => {
			await page.goto('/networks/');
			await expectNoAxeViolations(page, `/networks/ (${scheme})`);
			await page.goto('/networks/inception-resnet-v2/released/');
			await ready(page);
			await page.getByLabel('Input size (px)').fill('20');
			await expect(page.locator('[data-size-problem]')).not.toBeEmpty();
			await expectNoAxeViolations(page, `overview with a refused size (${scheme})`);
			await page.goto('/networks/inception-v4/paper/stem/?path=stem/mixed3/b1/conv1');
			await ready(page);
			await expect(page.locator('.panel [data-erratum="E1"]')).toBeVisible();
			await box(page, /^Stem mixed3 branch 1, 3x3 Conv \(192 stride 2 V\)/).hover();
			await expect(page.getByRole('tooltip')).toBeVisible();
			await expectNoAxeViolations(page, `stem with panel (${scheme})`);
		});
	});
}

test('a shared link shows no deltas until the reader changes something', async ({ page }) => {
	const path = 'inceptionResnetB/1/body/up';
	await page.goto(`/networks/inception-resnet-v2/paper/inceptionResnetB/?input=331&path=${path}`);
	await ready(page);
	await expect(page.getByLabel('Input size (px)')).toHaveValue('331');
	await expect(page.locator('#panel-title')).toHaveText('1x1 Conv (1152 Linear)');
	await expect(page.locator('.delta')).toHaveCount(0);
	await expect(page.locator('.panel .changes')).toHaveCount(0);

	// A size change on the same network names the size it compares with.
	await page.getByLabel('Input size (px)').fill('299');
	await expect(page.locator('[data-total="macs"] .delta')).toContainText('vs Inception-ResNet-v2 at 331px');
	await expect(page.locator('.panel .changes')).toContainText('since Inception-ResNet-v2 at 331px');

	// A toggle to another network names it, and its size where not the default.
	await page.locator('[data-network="inception-resnet-v1"]').click();
	await expect(page).toHaveURL(/\/inception-resnet-v1\/paper\/inceptionResnetB\//);
	await expect(page.locator('[data-total="params"] .delta')).toContainText(
		/vs Inception-ResNet-v2 \(paper\)$/
	);
});

test('the network and variant pills keep keyboard focus and the scroll position', async ({ page }) => {
	await page.goto('/networks/inception-resnet-v2/paper/inceptionResnetB/');
	await ready(page);
	const released = page.locator('[data-variant="released"]');
	await released.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/inception-resnet-v2\/released\/inceptionResnetB\//);
	await expect(page.locator('[data-variant="released"]')).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(page.locator('[data-variant="paper"]')).toBeFocused();

	await page.locator('[data-network="inception-resnet-v1"]').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/inception-resnet-v1\/paper\/inceptionResnetB\//);
	await expect(page.locator('[data-network="inception-resnet-v1"]')).toBeFocused();

	// From a network's own overview (another route) the pill is focused again on the new page.
	await page.goto('/networks/inception-v4/');
	await ready(page);
	await page.locator('[data-network="inception-v3"]').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/inception-v3\//);
	await expect(page.locator('[data-network="inception-v3"]')).toBeFocused();
});

test('a variant toggle drops a selection the other variant lacks', async ({ page }) => {
	await page.goto('/networks/inception-resnet-v2/released/stem/?path=stem/mixed5b');
	await ready(page);
	await expect(page.locator('[data-variant="paper"]')).toHaveAttribute(
		'href',
		'/networks/inception-resnet-v2/paper/stem/'
	);
	await page.locator('[data-variant="paper"]').click();
	await expect(page).toHaveURL(/\/inception-resnet-v2\/paper\/stem\/$/);
	await expect(page.locator('[data-problem="query"]')).toHaveCount(0);
});

test('a node of a later copy highlights its drawn twin and says which copy it is', async ({ page }) => {
	await page.goto('/networks/inception-resnet-v2/paper/inceptionResnetB/?path=inceptionResnetB/3/body/up');
	await ready(page);
	await expect(page.locator('#panel-title')).toHaveText('1x1 Conv (1152 Linear) (copy 3 of 10)');
	await expect(page.locator('.panel')).toHaveAttribute('data-path', 'inceptionResnetB/3/body/up');
	await expect(page.locator('svg.diagram [aria-current="true"]')).toHaveCount(1);
	await expect(page.locator('tr.current')).toHaveCount(1);
	await expect(page.locator('tr.current')).toHaveAttribute('id', 'row-inceptionResnetB/1/body/up');
});
