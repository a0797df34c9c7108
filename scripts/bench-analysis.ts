// Analysis speed: every registered network analysed (median of many runs), against tfjs building the same
// network symbolically (layers API, weights allocated, no forward pass). Targets: < 5 ms per network,
// and >= 200x faster than tfjs' build of Inception-ResNet-v2.
import * as tf from '@tensorflow/tfjs';
import { analyse } from '../src/lib/analysis/analyse';
import { allNetworks, lookup } from '../src/lib/networks/registry';
import { compile } from '../src/lib/tfjs/compile';
import { median } from '../src/lib/tfjs/run';

export function time(fn: () => void, runs: number, warmup = 3): number {
	for (let i = 0; i < warmup; i++) fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		samples.push(performance.now() - t0);
	}
	return median(samples);
}

export async function benchAnalysis(): Promise<boolean> {
	await tf.setBackend('cpu');
	console.log('\n## Analysis (pure TypeScript) vs tfjs symbolic build');
	let ok = true;
	for (const network of allNetworks()) {
		const ms = time(() => {
			const r = analyse(network);
			if (!r.ok) throw new Error(r.error.message);
		}, 100);
		const pass = ms < 5;
		ok &&= pass;
		console.log(
			`analyse ${`${network.id} (${network.variant})`.padEnd(34)} ${ms.toFixed(3).padStart(8)} ms  target < 5 ms  ${pass ? 'ok' : 'MISSED'}`
		);
	}
	const found = lookup('inception-resnet-v2', 'released');
	if (!found.ok) throw new Error(found.message);
	const { network } = found;
	const analysisMs = time(() => analyse(network), 100);
	const tfjsMs = time(
		() => {
			const { model } = compile(tf, network.root, network.input, { init: 'zeros' });
			model.dispose();
		},
		3,
		1
	);
	const ratio = tfjsMs / analysisMs;
	const pass = ratio >= 200;
	ok &&= pass;
	console.log(`tfjs symbolic build, Inception-ResNet-v2 (released): ${tfjsMs.toFixed(1)} ms`);
	console.log(`analysis of the same network:                        ${analysisMs.toFixed(3)} ms`);
	console.log(`ratio (tfjs / analysis): ${ratio.toFixed(0)}x  target >= 200x  ${pass ? 'ok' : 'MISSED'}`);
	return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchAnalysis();
