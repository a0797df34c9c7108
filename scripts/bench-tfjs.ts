// tfjs forward passes of a few compiled blocks in Node (cpu, and wasm with SIMD, no threads), each set beside the
// same backend's throughput on one 3x3 conv of (nearly) equal MACs. Target: a block reaches >= 70% of that
// throughput, i.e. a compiled block costs little more than its arithmetic. Printed, never asserted in tests.
// Alone: npx tsx scripts/bench-tfjs.ts [cpu|wasm ...]      From scripts/bench.ts: await benchTfjs()
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { analyse } from '../src/lib/analysis/analyse';
import { lookup } from '../src/lib/networks/registry';
import { compile } from '../src/lib/tfjs/compile';
import { gflopsOf, median } from '../src/lib/tfjs/run';
import { targetOf, type Target } from '../src/lib/live/target';

export type NodeBackend = 'cpu' | 'wasm';

export interface BenchTfjsOptions {
	backends?: NodeBackend[];
	/** Timed passes per measurement (after one warm-up); default 3 on cpu (seconds a pass), 7 on wasm. */
	runs?: number;
	/** Fold BatchNorm into the convs, as the site's runs do by default. */
	fold?: boolean;
	/** Efficiency a block must reach, as a fraction of the single conv's throughput. */
	target?: number;
}

export interface BenchRow {
	backend: NodeBackend;
	block: string;
	macs: number;
	ms: number;
	gflops: number;
	convMacs: number;
	convMs: number;
	convGflops: number;
	efficiency: number;
}

const BLOCKS: [id: string, variant: string, path: string, name: string][] = [
	['inception-v4', 'paper', 'inceptionA/1', 'Inception-A (v4)'],
	['inception-resnet-v1', 'paper', 'inceptionResnetB/1', 'Inception-ResNet-B (v1)'],
	['inception-resnet-v2', 'released', 'inceptionResnetB/1', 'Inception-ResNet-B (v2)'],
	['inception-v4', 'paper', 'reductionA', 'Reduction-A (v4)']
];

async function useNodeBackend(name: NodeBackend): Promise<boolean> {
	if (name === 'wasm') {
		const wasm = await import('@tensorflow/tfjs-backend-wasm');
		const dir = dirname(
			createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')
		);
		wasm.setWasmPaths(join(dir, '/'));
		tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
	}
	try {
		return (await tf.setBackend(name)) && tf.getBackend() === name;
	} catch {
		return false;
	}
}

function get(id: string, variant: string, path: string): Target {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	const analysed = analyse(found.network);
	if (!analysed.ok) throw new Error(analysed.error.message);
	const r = targetOf(analysed.analysis, path);
	if (!r.ok) throw new Error(r.message);
	return r.target;
}

/** Median ms of `runs` passes of each model, interleaved (a, b, a, b…) so that load from other processes on
 * the machine falls on both alike; one warm-up pass each first. */
async function interleaved(
	models: tf.LayersModel[],
	shape: readonly number[],
	runs: number
): Promise<number[]> {
	const x = tf.randomNormal([1, ...shape]);
	const pass = async (m: tf.LayersModel) => {
		const t0 = performance.now();
		const y = tf.tidy(() => m.predict(x) as tf.Tensor);
		await y.data();
		y.dispose();
		return performance.now() - t0;
	};
	try {
		for (const m of models) await pass(m);
		const times = models.map(() => [] as number[]);
		for (let i = 0; i < runs; i++) for (const [j, m] of models.entries()) times[j].push(await pass(m));
		return times.map(median);
	} finally {
		x.dispose();
	}
}

/** One 3x3 same conv on the block's input whose MACs come nearest the block's. */
function equalConv(t: Target) {
	const [h, w, c] = t.input as readonly [number, number, number];
	const filters = Math.max(1, Math.round(t.expected.macs / (h * w * 9 * c)));
	const input = tf.input({ shape: [h, w, c] });
	const conv = tf.layers.conv2d({ filters, kernelSize: 3, padding: 'same', useBias: false }).apply(input);
	return {
		model: tf.model({ inputs: input, outputs: conv as tf.SymbolicTensor }),
		macs: h * w * 9 * c * filters
	};
}

export async function benchTfjs(options: BenchTfjsOptions = {}): Promise<boolean> {
	const { backends = ['cpu', 'wasm'], fold = true, target = 0.7 } = options;
	console.log(
		`\n## tfjs in Node: blocks vs one 3x3 conv of equal MACs (medians of interleaved passes, BN ${fold ? 'folded' : 'kept'})`
	);
	const rows: BenchRow[] = [];
	for (const backend of backends) {
		if (!(await useNodeBackend(backend))) {
			console.log(`${backend}: could not start here, skipped`);
			continue;
		}
		for (const [id, variant, path, name] of BLOCKS) {
			const t = get(id, variant, path);
			const block = compile(tf, t.node, t.input, {
				basePath: t.path,
				matchInput: t.matchInput,
				foldBatchNorm: fold
			});
			const conv = equalConv(t);
			const runs = options.runs ?? (backend === 'cpu' ? 3 : 7);
			const [ms, convMs] = await interleaved([block.model, conv.model], t.input, runs);
			block.model.dispose();
			conv.model.dispose();
			const row: BenchRow = {
				backend,
				block: name,
				macs: t.expected.macs,
				ms,
				gflops: gflopsOf(t.expected.macs, ms),
				convMacs: conv.macs,
				convMs,
				convGflops: gflopsOf(conv.macs, convMs),
				efficiency: gflopsOf(t.expected.macs, ms) / gflopsOf(conv.macs, convMs)
			};
			rows.push(row);
			console.log(
				`${backend.padEnd(5)} ${name.padEnd(26)} ${(row.macs / 1e6).toFixed(0).padStart(5)} MMAC ` +
					`${row.ms.toFixed(1).padStart(8)} ms ${row.gflops.toFixed(2).padStart(6)} GFLOP/s | conv ` +
					`${(row.convMacs / 1e6).toFixed(0).padStart(5)} MMAC ${row.convMs.toFixed(1).padStart(8)} ms ` +
					`${row.convGflops.toFixed(2).padStart(6)} GFLOP/s | efficiency ${(100 * row.efficiency).toFixed(0).padStart(3)}% ` +
					`${row.efficiency >= target ? 'ok' : `below ${100 * target}%`}`
			);
		}
	}
	const ok = rows.length > 0 && rows.every((r) => r.efficiency >= target);
	console.log(
		`tfjs efficiency target (>= ${100 * target}% of one conv's throughput): ${ok ? 'met' : 'missed'}`
	);
	return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const wanted = process.argv.slice(2).filter((a): a is NodeBackend => a === 'cpu' || a === 'wasm');
	await benchTfjs(wanted.length ? { backends: wanted } : {});
}
