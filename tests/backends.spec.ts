// One block on every backend headless Chromium has: WebGL (SwiftShader: software, slow but real), WASM and CPU
// get the same weights and the same input and must agree. Inception-A at a 75x75 network input (a 7x7 grid)
// keeps SwiftShader to seconds. The tolerance is the panel's own (live/compare.ts): a thousandth of the
// largest output magnitude, at least 1e-3.
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './console';

test('Inception-A gives the same output on WebGL, WASM and CPU', async ({ page }) => {
	await page.goto('/networks/inception-v4/paper/inceptionA/?input=75&path=inceptionA/1');
	const live = page.getByRole('complementary', { name: 'Details' }).locator('.run-live');
	await expect(live).toContainText('inceptionA/1');
	await live.getByRole('button', { name: 'Run on every backend' }).click();
	const table = live.getByTestId('backend-comparison');
	await expect(table).toBeVisible({ timeout: 120_000 });

	for (const backend of ['WebGL', 'WASM (SIMD)', 'CPU (plain JavaScript)']) {
		const row = table.getByRole('row', { name: new RegExp(`^${backend.replace(/[()]/g, '\\$&')} `) });
		await expect(row, `${backend} ran`).toHaveCount(1);
		await expect(row.getByRole('cell').last()).toHaveText('✓');
		const difference = Number(await row.getAttribute('data-difference'));
		const tolerance = Number(await table.getAttribute('data-tolerance'));
		expect(difference, `${backend}'s largest difference`).toBeLessThanOrEqual(tolerance);
		expect(tolerance).toBeGreaterThanOrEqual(1e-3);
		expect(tolerance).toBeLessThan(1); // outputs of this block are of order 1: the check is not vacuous
	}
	// WebGPU needs an adapter headless Chromium lacks: said, not run.
	await expect(live).toContainText('Not run: WebGPU');
	// The panel's own backend is back in use afterwards.
	await expect(live.getByTestId('backend')).toHaveText(/WASM|WebGL|CPU/);
	await expectNoAxeViolations(page, 'the backend comparison');
});
