// tfjs forward passes of a few compiled blocks in Node (cpu, and wasm with SIMD, no threads), each set beside the
// same backend's throughput on one 3x3 conv of (nearly) equal MACs. Target: a block reaches >= 70% of that
// throughput, i.e. a compiled block costs little more than its arithmetic. Printed, never asserted in tests.
// Alone: npx tsx scripts/bench-tfjs.ts [cpu|wasm ...]      From scripts/bench.ts: await benchTfjs()
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { benchBlocks, EFFICIENCY_TARGET, formatRow, type BenchRow } from './bench-blocks';

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

export async function benchTfjs(options: BenchTfjsOptions = {}): Promise<boolean> {
	const { backends = ['cpu', 'wasm'], fold = true, target = EFFICIENCY_TARGET } = options;
	console.log(
		`\n## tfjs in Node: blocks vs one 3x3 conv of equal MACs (medians of interleaved passes, BN ${fold ? 'folded' : 'kept'})`
	);
	const rows: BenchRow[] = [];
	for (const backend of backends) {
		if (!(await useNodeBackend(backend))) {
			console.log(`${backend}: could not start here, skipped`);
			continue;
		}
		const runs = options.runs ?? (backend === 'cpu' ? 3 : 7);
		for (const row of await benchBlocks(tf, runs, fold)) {
			rows.push(row);
			console.log(formatRow(row, target));
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
