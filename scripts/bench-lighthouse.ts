// Reading targets, measured against the built site (`vite preview`):
//  - Lighthouse 12 (pinned) in headless Chromium on the landing page, the longest chapter and a network
//    page: accessibility and best practices 100, performance >= 98, SEO 100 (mobile preset, Lighthouse's
//    default throttling; the median of three runs, since simulated timings vary on a shared machine)
//  - JavaScript shipped on the first load of that chapter, gzip -9, tfjs excluded (target < 120 KB)
//  - that chapter's Korean twin against it: JS, CSS, HTML, and the Korean web font a reader without Korean
//    fonts would fetch for its text (the site's one generated file, src/lib/site/korean-font)
// Run alone: npx tsx scripts/bench-lighthouse.ts [--no-build]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { buildSite, startPreview } from './preview';
import { koreanCodePoints } from '../src/lib/site/korean-font/charset.ts';

export const TARGETS = {
	accessibility: 100,
	'best-practices': 100,
	performance: 98,
	seo: 100,
	chapterGzipKB: 120
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Lighthouse runs per page; the median (by performance) is reported. */
const RUNS = 3;
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

interface FirstLoad {
	/** gzip -9 KB of the JavaScript (tfjs excluded), the CSS (linked and inline) and the HTML (inline CSS included). */
	kb: number;
	cssKB: number;
	htmlKB: number;
	scripts: number;
	tfjs: number;
	/** Every character of the page's text, for the font estimate. */
	text: string;
}

async function firstLoad(executablePath: string, url: string): Promise<FirstLoad> {
	const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
	try {
		const page = await browser.newPage();
		const scripts: { gzip: number; tfjs: boolean }[] = [];
		let css = 0;
		let html = 0;
		page.on('response', async (response) => {
			const type = response.request().resourceType();
			const body = await response.body().catch(() => null);
			if (!body) return;
			const gzip = gzipSync(body, { level: 9 }).length;
			if (type === 'stylesheet') css += gzip;
			if (type === 'document') {
				html += gzip;
				const inline = body.toString('utf8').match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? [];
				css += gzipSync(inline.join(''), { level: 9 }).length;
			}
			if (type === 'script') scripts.push({ gzip, tfjs: TFJS.some((m) => m.test(body.toString('utf8'))) });
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		const text = await page.evaluate(() => document.body.innerText);
		const shipped = scripts.filter((s) => !s.tfjs);
		return {
			kb: shipped.reduce((sum, s) => sum + s.gzip, 0) / 1024,
			cssKB: css / 1024,
			htmlKB: html / 1024,
			scripts: shipped.length,
			tfjs: scripts.length - shipped.length,
			text
		};
	} finally {
		await browser.close();
	}
}

const ASSETS = 'build/_app/immutable/assets';
const FONT_STAMP = 'src/lib/site/korean-font/generated/stamp.json';

/**
 * KB of the site's Korean web font that `text` needs: what a reader with no Korean font installed fetches.
 * One file (src/lib/site/korean-font), or none for a text without Korean; `missing`: Korean characters of
 * `text` that the font lacks (0 unless the build is stale).
 */
export function koreanFontKB(text: string): { kb: number; files: number; missing: number } {
	const needed = koreanCodePoints(text);
	if (!needed.length) return { kb: 0, files: 0, missing: 0 };
	const file = readdirSync(ASSETS).find((f) => /^noto-sans-kr\.[\w-]+\.woff2$/.test(f));
	if (!file) throw new Error(`bench-lighthouse: no Korean font in ${ASSETS}`);
	const stamp = JSON.parse(readFileSync(FONT_STAMP, 'utf8')) as { characters: string };
	const has = new Set(koreanCodePoints(stamp.characters));
	return {
		kb: statSync(`${ASSETS}/${file}`).size / 1024,
		files: 1,
		missing: needed.filter((p) => !has.has(p)).length
	};
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
	const pages = ['/', chapter, `/ko${chapter}`, '/networks/inception-v4/paper/'];
	let ok = true;
	try {
		const chrome = await chromeLauncher.launch({
			chromePath: process.env.CHROME_PATH ?? found.path,
			chromeFlags: FLAGS
		});
		try {
			for (const path of pages) {
				// Lighthouse's simulated timings vary run to run on a shared machine: report the median of RUNS.
				const runs = [];
				for (let i = 0; i < RUNS; i++) {
					const run = await lighthouse(`${origin}${path}`, {
						port: chrome.port,
						output: 'json',
						logLevel: 'error',
						onlyCategories: [...CATEGORIES]
					});
					if (!run) throw new Error(`bench-lighthouse: no result for ${path}`);
					runs.push(run);
				}
				const perf = (r: (typeof runs)[number]) => r.lhr.categories.performance?.score ?? 0;
				const result = runs.sort((a, b) => perf(a) - perf(b))[Math.floor(runs.length / 2)];
				const scores = CATEGORIES.map((c) => {
					const score = Math.round((result.lhr.categories[c]?.score ?? 0) * 100);
					const met = score >= TARGETS[c];
					ok &&= met;
					return `${c} ${score}${met ? '' : ` (target ${TARGETS[c]}, MISSED)`}`;
				});
				const spread = runs.map((r) => Math.round(perf(r) * 100)).join(', ');
				console.log(`${path.padEnd(34)} ${scores.join('  ')}  (performance runs: ${spread})`);
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
		const js = await firstLoad(found.path, `${origin}${chapter}`);
		const okJs = js.kb < TARGETS.chapterGzipKB && js.tfjs === 0;
		ok &&= okJs;
		console.log(
			`first-load JS of ${chapter} (gzip -9, ${js.scripts} scripts, tfjs excluded; tfjs chunks loaded: ${js.tfjs}): ${js.kb.toFixed(1)} KB  target < ${TARGETS.chapterGzipKB} KB  ${okJs ? 'ok' : 'MISSED'}`
		);
		const ko = await firstLoad(found.path, `${origin}/ko${chapter}`);
		const okKo = ko.kb < TARGETS.chapterGzipKB && ko.tfjs === 0;
		ok &&= okKo;
		const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
		console.log(`Korean twin /ko${chapter} against it (gzip -9):`);
		console.log(
			`  JS   ${ko.kb.toFixed(1)} KB vs ${js.kb.toFixed(1)} KB  ${ratio(ko.kb, js.kb)}  target < ${TARGETS.chapterGzipKB} KB  ${okKo ? 'ok' : 'MISSED'}`
		);
		console.log(
			`  CSS  ${ko.cssKB.toFixed(1)} KB vs ${js.cssKB.toFixed(1)} KB  ${ratio(ko.cssKB, js.cssKB)} (the Korean font's faces are in the site's CSS)`
		);
		console.log(
			`  HTML ${ko.htmlKB.toFixed(1)} KB vs ${js.htmlKB.toFixed(1)} KB  ${ratio(ko.htmlKB, js.htmlKB)}`
		);
		const font = koreanFontKB(ko.text);
		console.log(
			`  web font for a reader with no Korean font installed: ${font.kb.toFixed(0)} KB in ${font.files} file` +
				` (none where a system Korean font exists)${font.missing ? `, ${font.missing} characters missing` : ''}`
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
