// Race targets, measured in headless Chromium against the built site, with the page's own training Workers
// (two at once, as the race runs them):
//  - steps per second per network, and a step's time against its forward + backward MACs (GFLOP/s)
//  - over three seeds, steps to 50% accuracy of the plain network over the residual one (prototype >= 2.4x)
// Run alone: npx tsx scripts/bench-race.ts [--no-build] [--seeds 1,2,3] [--steps 1000]
import { readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { buildSite, startPreview } from './preview';
import { MINI_DEFAULTS, miniPair, type MiniKind } from '../src/lib/networks/mini';
import { median } from '../src/lib/tfjs/run';
import { costOf, stepFlops } from '../src/lib/train/cost';
import type { StepReport, TrainConfig } from '../src/lib/train/protocol';
import { TARGET, WINDOW, reached, smooth } from '../src/lib/train/race';

export interface RaceBenchOptions {
	build?: boolean;
	port?: number;
	seeds?: number[];
	/** Most steps per network and seed. */
	steps?: number;
}

export const TARGETS = { ratio: 2.4 } as const;
const BATCH = 32;
const KINDS: readonly MiniKind[] = ['residual', 'plain'];

// Runs in the page: two Workers train until both averaged TARGET over WINDOW batches, or `steps` ran out.
const RACE_IN_PAGE = `({ url, configs, target, window }) => new Promise((resolve, reject) => {
	const out = {};
	let left = configs.length;
	for (const { key, config } of configs) {
		const worker = new Worker(url, { type: 'module' });
		const reports = (out[key] = { backend: '', reports: [] });
		let sum = 0;
		const end = () => {
			worker.postMessage({ type: 'stop' });
			setTimeout(() => worker.terminate(), 500);
			if (--left === 0) resolve(out);
		};
		worker.onmessage = (e) => {
			const m = e.data;
			if (m.type === 'ready') reports.backend = m.backend;
			if (m.type === 'error') reject(new Error(m.message));
			if (m.type === 'finished') end();
			if (m.type !== 'step') return;
			const r = reports.reports;
			r.push(m.report);
			sum += m.report.accuracy - (r.length > window ? r[r.length - 1 - window].accuracy : 0);
			if (r.length >= window && sum / window >= target) end();
		};
		worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
		worker.postMessage({ type: 'train', config });
	}
})`;

export async function benchRace(options: RaceBenchOptions = {}): Promise<boolean> {
	const { build = true, port = 4389, seeds = [1, 2, 3], steps = 1000 } = options;
	console.log('\n## Race (headless Chromium, built site, one Worker per network)');
	if (build) {
		buildSite('bench-race');
	}
	const dir = 'build/_app/immutable/workers';
	const script = readdirSync(dir).find((f) => /^worker-.*\.js$/.test(f));
	if (!script) throw new Error(`bench-race: no training Worker in ${dir}`);
	const found = await findChromium();
	if ('error' in found) throw new Error(found.error);
	const { origin, stop } = await startPreview(port, '/train/');
	const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox'] });
	const pair = miniPair(MINI_DEFAULTS);
	const costs = { plain: costOf(pair.plain), residual: costOf(pair.residual) };
	try {
		const page = await browser.newPage();
		await page.goto(`${origin}/train/`);
		const ratios: number[] = [];
		let lowerBound = false;
		for (const seed of seeds) {
			const configs = KINDS.map((key) => {
				const config: TrainConfig = {
					net: { ...MINI_DEFAULTS, kind: key },
					seed,
					learningRate: 3e-3,
					batchSize: BATCH,
					maxSteps: steps,
					watch: false
				};
				return { key, config };
			});
			const result = (await page.evaluate(
				`(${RACE_IN_PAGE})(${JSON.stringify({ url: `/_app/immutable/workers/${script}`, configs, target: TARGET, window: WINDOW })})`
			)) as Record<MiniKind, { backend: string; reports: StepReport[] }>;
			const line: string[] = [];
			const hit: Partial<Record<MiniKind, number>> = {};
			for (const kind of KINDS) {
				const { backend, reports } = result[kind];
				const ms = median(reports.slice(5).map((r) => r.ms));
				const gflops = stepFlops(costs[kind], BATCH) / (ms / 1000) / 1e9;
				const at = reached(smooth(reports));
				if (at) hit[kind] = at.step;
				line.push(
					`${kind} ${(1000 / ms).toFixed(1)} steps/s (median ${ms.toFixed(0)} ms, ${gflops.toFixed(2)} GFLOP/s on ${backend}), 50% ${at ? `at step ${at.step}` : `not within ${reports.length}`}`
				);
			}
			const r = hit.residual;
			const p = hit.plain ?? (r ? steps : undefined);
			if (r && p) {
				ratios.push(p / r);
				if (!hit.plain) lowerBound = true;
			}
			console.log(
				`seed ${seed}: ${line.join('; ')}; ratio ${r && p ? `${hit.plain ? '' : '>= '}${(p / r).toFixed(2)}x` : 'n/a'}`
			);
		}
		const worst = ratios.length === seeds.length ? Math.min(...ratios) : NaN;
		const ok = worst >= TARGETS.ratio;
		console.log(
			`steps to ${Math.round(TARGET * 100)}%, plain over residual: worst of ${seeds.length} seeds ${Number.isNaN(worst) ? 'n/a (residual never reached it)' : `${lowerBound ? '>= ' : ''}${worst.toFixed(2)}x`}  target >= ${TARGETS.ratio}x  ${ok ? 'ok' : 'MISSED'}`
		);
		console.log(
			`per step: ${(stepFlops(costs.residual, BATCH) / 1e9).toFixed(2)} GFLOP (3 x forward MACs x 2 x batch ${BATCH})`
		);
		return ok;
	} finally {
		await browser.close();
		stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (name: string) => {
		const i = process.argv.indexOf(name);
		return i >= 0 ? process.argv[i + 1] : undefined;
	};
	const ok = await benchRace({
		build: !process.argv.includes('--no-build'),
		seeds: arg('--seeds')?.split(',').map(Number),
		steps: arg('--steps') ? Number(arg('--steps')) : undefined
	});
	process.exit(ok ? 0 : 1);
}
