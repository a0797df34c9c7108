// `npm run test:e2e`: runs the Playwright journeys in tests/ against a fresh build.
// Extra arguments are passed on: `npm run test:e2e -- tests/home.spec.ts --headed`.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findChromium } from './find-chromium.mjs';

const chromium = await findChromium();
if ('error' in chromium) {
	console.error(chromium.error);
	process.exit(1);
}
console.log(`e2e: Chromium from ${chromium.source}: ${chromium.path}`);

const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const env = {
	...process.env,
	CHROMIUM_PATH: chromium.path,
	// CI=1 builds afresh and refuses to reuse a (possibly stale) preview server on the port.
	// Set E2E_REUSE_SERVER=1 to reuse one you started yourself.
	CI: process.env.E2E_REUSE_SERVER === '1' ? '' : process.env.CI || '1'
};
const child = spawn(process.execPath, [cli, 'test', '--reporter=list', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
	if (signal) {
		console.error(`e2e: Playwright stopped by ${signal}`);
		process.exit(1);
	}
	if (code !== 0 || process.env.E2E_REUSE_SERVER === '1') process.exit(code ?? 1);
	// The build the journeys just ran against: its first loads must carry no tfjs.
	const check = spawnSync(process.execPath, ['scripts/check-no-tfjs.mjs', 'build'], { stdio: 'inherit' });
	process.exit(check.status ?? 1);
});
