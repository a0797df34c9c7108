// Reading targets, measured against the built site (`vite preview`):
//  - Lighthouse 12 (pinned) in headless Chromium on the landing page, the longest chapter and a network
//    page: accessibility and best practices 100, performance >= 98, SEO 100 (mobile preset, Lighthouse's
//    default throttling)
//  - JavaScript shipped on the first load of that chapter, gzip -9, tfjs excluded (target < 120 KB)
// Run alone: npx tsx scripts/bench-lighthouse.ts [--no-build]
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { buildSite, startPreview } from './preview';

export const TARGETS = {
	accessibility: 100,
	'best-practices': 100,
	performance: 98,
	seo: 100,
	chapterGzipKB: 120
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
// Strings only tfjs bundles carry (as scripts/check-no-tfjs.mjs).
const TFJS = [/Hi, looks like you are running TensorFlow\.js/, /tfjs-backend-wasm/, /\bregisterKernel\b/];

/** The chapter with the most words of prose: `/read/<slug>/`. */
export function longestChapter(dir = 'content'): string {
	const words = (file: string) => readFileSync(`${dir}/${file}`, 'utf8').split(/\s+/).length;
	const files = readdirSync(dir).filter((f) => /^\d+-.+\.md$/.test(f));
	const longest = files.sort((a, b) => words(b) - words(a))[0];
	if (!longest) throw new Error('bench-lighthouse: no chapters in content/');
	return `/read/${longest.replace(/^\d+-/, '').replace(/\.md$/, '')}/`;
}

async function firstLoadKB(
	executablePath: string,
	url: string
): Promise<{ kb: number; scripts: number; tfjs: number }> {
	const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
	try {
		const page = await browser.newPage();
		const scripts: { gzip: number; tfjs: boolean }[] = [];
		page.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			const body = await response.body().catch(() => null);
			if (!body) return;
			scripts.push({
				gzip: gzipSync(body, { level: 9 }).length,
				tfjs: TFJS.some((m) => m.test(body.toString('utf8')))
			});
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		const shipped = scripts.filter((s) => !s.tfjs);
		return {
			kb: shipped.reduce((sum, s) => sum + s.gzip, 0) / 1024,
			scripts: shipped.length,
			tfjs: scripts.length - shipped.length
		};
	} finally {
		await browser.close();
	}
}

export async function benchLighthouse(options: { build?: boolean; port?: number } = {}): Promise<boolean> {
	const { build = true, port = 4389 } = options;
	console.log('\n## Reading (Lighthouse 12, headless Chromium, built site)');
	if (build) {
		buildSite('bench-lighthouse');
	}
	const found = await findChromium();
	if ('error' in found) throw new Error(found.error);
	const { origin, stop } = await startPreview(port, '/');
	const chapter = longestChapter();
	const pages = ['/', chapter, '/networks/inception-v4/paper/'];
	let ok = true;
	try {
		const chrome = await chromeLauncher.launch({
			chromePath: process.env.CHROME_PATH ?? found.path,
			chromeFlags: FLAGS
		});
		try {
			for (const path of pages) {
				const result = await lighthouse(`${origin}${path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: [...CATEGORIES]
				});
				if (!result) throw new Error(`bench-lighthouse: no result for ${path}`);
				const scores = CATEGORIES.map((c) => {
					const score = Math.round((result.lhr.categories[c]?.score ?? 0) * 100);
					const met = score >= TARGETS[c];
					ok &&= met;
					return `${c} ${score}${met ? '' : ` (target ${TARGETS[c]}, MISSED)`}`;
				});
				console.log(`${path.padEnd(34)} ${scores.join('  ')}`);
				if (result.lhr.runtimeError) console.log(`  runtime error: ${result.lhr.runtimeError.message}`);
				const metric = (id: string) => result.lhr.audits[id]?.displayValue ?? '?';
				console.log(
					`  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`
				);
				const failing = Object.values(result.lhr.audits).filter(
					(a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary'
				);
				for (const a of failing.slice(0, 6)) console.log(`  - ${a.id}: ${a.title}`);
			}
		} finally {
			await chrome.kill();
		}
		const js = await firstLoadKB(found.path, `${origin}${chapter}`);
		const okJs = js.kb < TARGETS.chapterGzipKB && js.tfjs === 0;
		ok &&= okJs;
		console.log(
			`first-load JS of ${chapter} (gzip -9, ${js.scripts} scripts, tfjs excluded; tfjs chunks loaded: ${js.tfjs}): ${js.kb.toFixed(1)} KB  target < ${TARGETS.chapterGzipKB} KB  ${okJs ? 'ok' : 'MISSED'}`
		);
		return ok;
	} finally {
		stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const ok = await benchLighthouse({ build: !process.argv.includes('--no-build') });
	process.exit(ok ? 0 : 1);
}
