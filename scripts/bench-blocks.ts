// What the tfjs benches time, shared by Node (bench-tfjs.ts) and the browser (bench-gpu-page.ts): a few
// compiled blocks, each beside one 3x3 conv of (nearly) equal MACs on the same backend. `tf` is passed in.
import type * as TF from '@tensorflow/tfjs';
import { analyse } from '../src/lib/analysis/analyse';
import { lookup } from '../src/lib/networks/registry';
import { compile } from '../src/lib/tfjs/compile';
import { gflopsOf, median } from '../src/lib/tfjs/run';
import { targetOf, type Target } from '../src/lib/live/target';

/** A block reaches at least this fraction of one conv's throughput: it costs little more than its arithmetic. */
export const EFFICIENCY_TARGET = 0.7;

export const BLOCKS: [id: string, variant: string, path: string, name: string][] = [
	['inception-v4', 'paper', 'inceptionA/1', 'Inception-A (v4)'],
	['inception-resnet-v1', 'paper', 'inceptionResnetB/1', 'Inception-ResNet-B (v1)'],
	['inception-resnet-v2', 'released', 'inceptionResnetB/1', 'Inception-ResNet-B (v2)'],
	['inception-v4', 'paper', 'reductionA', 'Reduction-A (v4)']
];

export interface BenchRow {
	backend: string;
	block: string;
	macs: number;
	ms: number;
	gflops: number;
	convMacs: number;
	convMs: number;
	convGflops: number;
	efficiency: number;
}

export function targetFor(id: string, variant: string, path: string): Target {
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
export async function interleaved(
	tf: typeof TF,
	models: TF.LayersModel[],
	shape: readonly number[],
	runs: number
): Promise<number[]> {
	const x = tf.randomNormal([1, ...shape]);
	const pass = async (m: TF.LayersModel) => {
		const t0 = performance.now();
		const y = tf.tidy(() => m.predict(x) as TF.Tensor);
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
export function equalConv(tf: typeof TF, t: Target) {
	const [h, w, c] = t.input as readonly [number, number, number];
	const filters = Math.max(1, Math.round(t.expected.macs / (h * w * 9 * c)));
	const input = tf.input({ shape: [h, w, c] });
	const conv = tf.layers.conv2d({ filters, kernelSize: 3, padding: 'same', useBias: false }).apply(input);
	return {
		model: tf.model({ inputs: input, outputs: conv as TF.SymbolicTensor }),
		macs: h * w * 9 * c * filters
	};
}

/** Times every block of BLOCKS and its equal conv on the backend `tf` runs now. */
export async function benchBlocks(tf: typeof TF, runs: number, fold: boolean): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	for (const [id, variant, path, name] of BLOCKS) {
		const t = targetFor(id, variant, path);
		const block = compile(tf, t.node, t.input, {
			basePath: t.path,
			matchInput: t.matchInput,
			foldBatchNorm: fold
		});
		const conv = equalConv(tf, t);
		const [ms, convMs] = await interleaved(tf, [block.model, conv.model], t.input, runs);
		block.model.dispose();
		conv.model.dispose();
		const gflops = gflopsOf(t.expected.macs, ms);
		const convGflops = gflopsOf(conv.macs, convMs);
		rows.push({
			backend: tf.getBackend(),
			block: name,
			macs: t.expected.macs,
			ms,
			gflops,
			convMacs: conv.macs,
			convMs,
			convGflops,
			efficiency: gflops / convGflops
		});
	}
	return rows;
}

export function formatRow(row: BenchRow, target: number): string {
	return (
		`${row.backend.padEnd(6)} ${row.block.padEnd(26)} ${(row.macs / 1e6).toFixed(0).padStart(5)} MMAC ` +
		`${row.ms.toFixed(1).padStart(8)} ms ${row.gflops.toFixed(2).padStart(6)} GFLOP/s | conv ` +
		`${(row.convMacs / 1e6).toFixed(0).padStart(5)} MMAC ${row.convMs.toFixed(1).padStart(8)} ms ` +
		`${row.convGflops.toFixed(2).padStart(6)} GFLOP/s | efficiency ${(100 * row.efficiency).toFixed(0).padStart(3)}% ` +
		`${row.efficiency >= target ? 'ok' : `below ${100 * target}%`}`
	);
}
