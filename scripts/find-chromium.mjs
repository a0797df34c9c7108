// Finds a Chromium for the end-to-end tests. Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium,
// then the browser Playwright downloads itself (`npx playwright install chromium`), if present.
import { existsSync } from 'node:fs';

export const NO_CHROMIUM_MESSAGE =
	'No Chromium found for the end-to-end tests.\n' +
	'Install one with `apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH=/path/to/chromium.';

/**
 * @returns {Promise<{ path: string; source: string } | { error: string }>}
 */
export async function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
		return { error: `CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.` };
	}
	if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: '/usr/bin/chromium' };
	try {
		const { chromium } = await import('@playwright/test');
		const own = chromium.executablePath();
		if (own && existsSync(own)) return { path: own, source: "Playwright's own browser" };
	} catch {
		// Playwright cannot tell us where its browser would be: fall through.
	}
	return { error: NO_CHROMIUM_MESSAGE };
}
