// Runs axe-core in the page and fails on any WCAG 2.1 A or AA violation.
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeNode {
	target: unknown[];
	failureSummary?: string;
}
interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: AxeNode[];
}

export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
	const hasAxe = await page.evaluate(() => 'axe' in window);
	if (!hasAxe) await page.addScriptTag({ path: axePath });
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } })
			.axe;
		const result = (await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			resultTypes: ['violations']
		})) as { violations: unknown[] };
		return result.violations;
	});
	const readable = (violations as AxeViolation[]).map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n` +
			v.nodes
				.slice(0, 5)
				.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
				.join('\n')
	);
	expect(readable, `axe found WCAG 2.1 A/AA violations on ${label}`).toEqual([]);
}
