// Run live: a block compiled by TensorFlow.js in headless Chromium agrees with the analysis, and a backend
// that cannot start falls back with a message instead of breaking the page.
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';
import { refuseWebGL } from './webgl';

// Strings only tfjs bundles carry (scripts/check-no-tfjs.mjs uses the same).
const TFJS = /Hi, looks like you are running TensorFlow\.js|tfjs-backend-wasm|\bregisterKernel\b/;

const firstBlock = (page: import('@playwright/test').Page) => page.locator('.run-live').first();

test('the lab page reads without JavaScript and says running needs it', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/lab/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lab: run a block live');
	await expect(page.getByText('Running a model needs JavaScript').first()).toBeVisible();
	// A repeat's copy is named as the explorer names it, not by its Filter concat.
	await expect(page.locator('.run-live .lead').first()).toContainText(
		'builds Inception-A (copy 1 of 4) at inceptionA/1 of Inception-v4'
	);
	await expect(page.getByRole('button', { name: /^Run/ }).first()).toBeHidden();
	await context.close();
});

test('the lab leads on: each block to the explorer, and onward to the networks and the chapters', async ({
	page
}) => {
	await page.goto('/lab/');
	const first = page.getByRole('listitem').filter({ hasText: 'Inception-A (Inception-v4)' }).first();
	await first.getByRole('link', { name: 'See it in the explorer' }).click();
	await expect(page).toHaveURL(/\/networks\/inception-v4\/paper\/inceptionA\/\?path=inceptionA\/1$/);
	await page.goBack();
	const onward = page.getByRole('navigation', { name: 'Where next' });
	await expect(onward.getByRole('link', { name: 'Explore the networks' })).toHaveAttribute(
		'href',
		'/networks/'
	);
	await expect(onward.getByRole('link', { name: 'Read the chapters' })).toHaveAttribute('href', '/read/');
	// Every explorer link on the lab is a page that exists.
	for (const href of await page
		.locator('main a[href^="/networks/"]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
		expect((await page.request.get(href)).status(), href).toBe(200);
	}
	await expectNoAxeViolations(page, '/lab/');
});

test('the first load ships no TensorFlow.js; pressing Run loads it and confirms shape and params', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await page.goto('/lab/');
	await page.waitForLoadState('networkidle');
	const before = scripts.length;
	for (const url of scripts) {
		const body = await (await page.request.get(url)).text();
		expect(body, `${url} is part of the first load`).not.toMatch(TFJS);
	}

	const block = firstBlock(page);
	await block.getByRole('button', { name: 'Run this block' }).click();
	await expect(block.getByRole('table')).toBeVisible({ timeout: 120_000 });
	expect(scripts.length, 'tfjs arrives as extra chunks after the click').toBeGreaterThan(before);

	const backend = await block.getByTestId('backend').textContent();
	expect(backend).toMatch(/WASM|WebGL|CPU|WebGPU/);
	for (const name of ['Output', 'Trainable', 'Non-trainable']) {
		await expect(
			block
				.getByRole('row', { name: new RegExp(`^${name} `) })
				.getByRole('cell')
				.last()
		).toHaveText('✓');
	}
	await expect(block.getByRole('row', { name: /^Output / })).toContainText('35x35x384');
	await expect(block.getByText(/GFLOP\/s/)).toBeVisible();
	await expect(block.locator('dd').filter({ hasText: /^0$/ })).toHaveCount(1); // no tensor left behind
	await expectNoAxeViolations(page, '/lab/ after a run');
});

test('a backend that cannot start falls back with a message', async ({ page }) => {
	await refuseWebGL(page);
	await page.goto('/lab/?backend=webgl');
	const block = page.locator('.run-live').nth(4); // the single conv: quick
	await block.getByRole('button', { name: 'Run this block' }).click();
	await expect(block.getByTestId('notice')).toContainText('Could not use WebGL', { timeout: 120_000 });
	await expect(block.getByTestId('backend')).not.toHaveText('WebGL');
	await expect(block.getByRole('table')).toBeVisible({ timeout: 120_000 });
	await expect(
		block
			.getByRole('row', { name: /^Trainable / })
			.getByRole('cell')
			.last()
	).toHaveText('✓');
});

test.describe('WebGPU without an adapter', () => {
	// Headless Chromium has navigator.gpu but no adapter; the browser itself warns when asked for one.
	test.use({ allowConsole: [/No available adapters/] });

	test('picking WebGPU falls back with a reason, and the block still runs', async ({ page }) => {
		await page.goto('/lab/?backend=webgpu');
		const block = page.locator('.run-live').nth(4);
		await block.getByRole('button', { name: 'Run this block' }).click();
		await expect(block.getByTestId('notice')).toContainText('Could not use WebGPU', { timeout: 120_000 });
		await expect(block.getByTestId('backend')).not.toHaveText('WebGPU');
		await expect(
			block
				.getByRole('row', { name: /^Output / })
				.getByRole('cell')
				.last()
		).toHaveText('✓', {
			timeout: 120_000
		});
	});
});

test('the whole network shows the memory it needs before running', async ({ page }) => {
	await page.goto('/lab/');
	const whole = page.locator('.run-live').last();
	await expect(whole.getByText(/Needs about [\d.]+ MiB of tensor memory at its peak/)).toBeVisible();
	await expect(whole.getByRole('button', { name: 'Run the whole network' })).toBeVisible();
});

test('a whole network too big to run says, once, what it needs against which budget', async ({ page }) => {
	await page.goto('/networks/inception-v4/paper/?input=4096');
	await expect(page.getByLabel('Input size (px)')).toHaveValue('4096');
	const live = page.getByRole('complementary', { name: 'Details' }).locator('.run-live');
	const memory = live.locator('.memory');
	await expect(memory).toHaveAttribute('data-fits', 'false');
	const text = (await memory.textContent())!;
	expect(text.match(/Needs about/g)).toHaveLength(1);
	expect(text).not.toContain('would need');
	expect(text).toMatch(
		/Needs about [\d.]+ GiB of tensor memory at its peak \(weights .*\): too much for the [\d.]+ GiB budget \(/
	);
	// Each figure once: the need (headroom included), its two parts, the budget and where it comes from.
	const figures = text.match(/[\d.]+ (GiB|MiB)/g)!;
	expect(new Set(figures).size).toBe(figures.length);
	const heap = await page.evaluate(
		() => (performance as Performance & { memory?: { jsHeapSizeLimit?: number } }).memory?.jsHeapSizeLimit
	);
	if (heap) expect(text).toContain('JavaScript heap limit');
	await expect(live.getByRole('button', { name: 'Run the whole network' })).toBeDisabled();
	await expectNoAxeViolations(page, 'a refused whole-network run');
});

test('a block downloads as a tfjs model and as Keras-style topology JSON', async ({ page }) => {
	await page.goto('/lab/');
	const block = page.locator('.run-live').nth(4);
	const download = page.waitForEvent('download');
	await block.getByRole('button', { name: 'Download Keras topology (JSON)' }).click();
	const topology = await download;
	expect(topology.suggestedFilename()).toBe('inception-v4.stem.conv1.keras-topology.json');
	const read = async (d: import('@playwright/test').Download) =>
		Buffer.concat(await (await d.createReadStream()).toArray());
	const keras = JSON.parse((await read(topology)).toString());
	expect(keras.class_name).toBe('Model');
	// A Keras version Netron accepts, not tfjs' own ("tfjs-layers 4.22.0").
	expect(keras.keras_version).toMatch(/^\d+\.\d+\.\d+$/);

	const files = new Map<string, Buffer>();
	page.on('download', async (d) => files.set(d.suggestedFilename(), await read(d)));
	await block.getByRole('button', { name: 'Download tfjs model' }).click();
	await expect(block.getByTestId('notice')).toContainText('Downloaded inception-v4.stem.conv1.json');
	await expect
		.poll(() => [...files.keys()].sort())
		.toEqual(['inception-v4.stem.conv1.json', 'inception-v4.stem.conv1.weights.bin']);
	// model.json names its weights file exactly as it was saved, so a tool that matches names finds it.
	const model = JSON.parse(files.get('inception-v4.stem.conv1.json')!.toString());
	expect(model.weightsManifest[0].paths).toEqual(['inception-v4.stem.conv1.weights.bin']);
	const specs: { shape: number[] }[] = model.weightsManifest[0].weights;
	const floats = specs.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
	expect(files.get('inception-v4.stem.conv1.weights.bin')!.byteLength).toBe(4 * floats);
});

test('the explorer’s detail panel runs the selected block', async ({ page }) => {
	await page.goto('/networks/inception-resnet-v2/released/inceptionResnetA/?path=inceptionResnetA/1');
	const live = page.getByRole('complementary', { name: 'Details' }).locator('.run-live');
	await expect(live).toContainText('inceptionResnetA/1');
	await live.getByRole('button', { name: 'Run this block' }).click();
	await expect(live.getByRole('table')).toBeVisible({ timeout: 120_000 });
	for (const name of ['Output', 'Trainable', 'Non-trainable']) {
		await expect(
			live
				.getByRole('row', { name: new RegExp(`^${name} `) })
				.getByRole('cell')
				.last()
		).toHaveText('✓');
	}

	// On a 360 px phone the headers stay whole words on one line, and the table fits its box.
	await page.setViewportSize({ width: 360, height: 740 });
	const heights = await live
		.locator('thead th')
		.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height));
	expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(2);
	const wrap = live.locator('.table-wrap');
	const [scroll, client] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
	expect(scroll).toBeLessThanOrEqual(client);
});
