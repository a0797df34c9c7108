// A `test` that fails on any console error or warning, or any uncaught page error.
// Import `test` and `expect` from here instead of '@playwright/test'.
// A test that expects a particular message (a 404 response, say) lists it:
//   test.use({ allowConsole: [/status of 404/] });
import { test as base, expect, type ConsoleMessage } from '@playwright/test';

type Options = { allowConsole: RegExp[] };
type Fixtures = { consoleGuard: void };

export const test = base.extend<Fixtures & Options>({
	allowConsole: [[], { option: true }],
	consoleGuard: [
		async ({ page, allowConsole }, use) => {
			const problems: string[] = [];
			const allowed = (text: string) => allowConsole.some((re) => re.test(text));
			const onConsole = (msg: ConsoleMessage) => {
				const type = msg.type();
				if (type !== 'error' && type !== 'warning') return;
				const text = msg.text();
				if (allowed(text)) return;
				const where = msg.location();
				problems.push(`console.${type}: ${text}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
			};
			const onPageError = (error: Error) => {
				if (!allowed(error.message)) problems.push(`uncaught: ${error.stack ?? error.message}`);
			};
			page.on('console', onConsole);
			page.on('pageerror', onPageError);
			await use();
			page.off('console', onConsole);
			page.off('pageerror', onPageError);
			expect(problems, 'the page logged errors or warnings').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
