import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const chromium = await findChromium();
if ('error' in chromium) {
	// A plain message, not a stack trace: this is a setup problem, not a test failure.
	console.error(chromium.error);
	process.exit(1);
}

const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests',
	timeout: 180_000,
	workers: 1,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	reporter: 'list',
	use: {
		baseURL: origin,
		browserName: 'chromium',
		headless: true,
		launchOptions: {
			executablePath: chromium.path,
			args: [
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--use-angle=swiftshader',
				'--enable-unsafe-swiftshader'
			]
		}
	},
	webServer: {
		// `node .../vite.js` rather than `npx vite` so that the server Playwright stops is vite itself.
		command: `npm run build && node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: origin,
		// A preview left running from an older build serves stale chunks: never reuse one in CI.
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
