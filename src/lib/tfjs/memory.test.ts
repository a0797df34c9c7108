// The lab's memory estimate (live/memory.ts) against the peak tf.profile measures, over every distinct block
// and every whole network, on cpu and on wasm (tfjs-backend-wasm runs in Node).
// Run time: a full pass of every network at 299x299 takes minutes on the pure-JS cpu backend with 2 cores, so
// the sweep runs at 75x75 (the smallest input every network takes; the estimate's rules do not depend on size),
// and the three cases the issue measured at 299x299 (the first stem conv, Inception-A, the whole Inception-v4)
// run at full size on wasm, the fast backend, and the two small ones on cpu as well.
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { bytes } from '../analysis/format';
import { liveMemory } from '../live/memory';
import { targetOf } from '../live/target';
import { allNetworks, lookup } from '../networks/registry';
import type { Network } from '../schema/types';
import { join as joinPath } from '../schema/path';
import { childrenOf } from '../schema/walk';
import { compile } from './compile';
import { profiledPass } from './run';

/** The estimate may differ from the measured peak by this fraction of it. */
const TOLERANCE = 0.02;

const wasmDir = dirname(
	createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')
);
setWasmPaths(join(wasmDir, '/'));
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

async function use(backend: 'cpu' | 'wasm') {
	expect(await tf.setBackend(backend)).toBe(true);
	await tf.ready();
	expect(tf.getBackend()).toBe(backend);
}

/** Estimated and measured peak of a run of `path`, as the lab runs it (weights, the random input, one pass). */
async function peaks(network: Network, path: string, size: number, fold: boolean) {
	const analysed = analyse(network, size);
	if (!analysed.ok) throw new Error(analysed.error.message);
	const resolved = targetOf(analysed.analysis, path);
	if (!resolved.ok) throw new Error(resolved.message);
	const t = resolved.target;
	const estimate = liveMemory(t.row, fold).totalBytes;
	const baseline = tf.memory().numBytes;
	const { model } = compile(tf, t.node, t.input, {
		basePath: t.path,
		matchInput: t.matchInput,
		foldBatchNorm: fold,
		init: 'zeros'
	});
	const x = tf.randomNormal([1, ...t.input]);
	try {
		const { peakBytes } = await profiledPass(tf, model, x);
		return { estimate, measured: peakBytes - baseline };
	} finally {
		x.dispose();
		model.dispose();
	}
}

function expectClose({ estimate, measured }: { estimate: number; measured: number }, what: string) {
	expect(
		Math.abs(estimate - measured),
		`${what}: estimated ${bytes(estimate)}, measured ${bytes(measured)}`
	).toBeLessThanOrEqual(TOLERANCE * measured);
}

/** The whole network, then each top-level part once (a repeat by its first copy). */
function distinct(network: Network): string[] {
	return ['', ...childrenOf(network.root).map((p) => (p.kind === 'repeat' ? joinPath(p.name, '1') : p.name))];
}

function network(id: string, variant: string): Network {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	return found.network;
}

describe.each(['cpu', 'wasm'] as const)('on %s', (backend) => {
	it('every distinct block and every whole network at 75x75, BatchNorm folded', async () => {
		await use(backend);
		for (const n of allNetworks())
			for (const path of distinct(n))
				expectClose(await peaks(n, path, 75, true), `${n.id} (${n.variant}) ${path || 'whole'}`);
	});

	it('the first stem conv and Inception-A at 299x299, with and without folding', async () => {
		await use(backend);
		const v4 = network('inception-v4', 'paper');
		for (const path of ['stem/conv1', 'inceptionA/1'])
			for (const fold of [true, false]) expectClose(await peaks(v4, path, 299, fold), `${path} fold=${fold}`);
	});
});

describe('the whole of Inception-v4 at 299x299 on wasm', () => {
	it('is estimated within the tolerance', async () => {
		await use('wasm');
		expectClose(await peaks(network('inception-v4', 'paper'), '', 299, true), 'whole Inception-v4');
	});
});
