// Failure handling of a live run: out of memory and a lost WebGL context become sentences for the reader,
// the next backend is offered, and a run that dies leaves no tensor behind.
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyse } from '../analysis/analyse';
import { lookup } from '../networks/registry';
import { explain, nextBackend, runLive, type Session } from './live';
import { targetOf } from '../live/target';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

afterEach(() => vi.restoreAllMocks());

describe('explain', () => {
	it.each([
		[new RangeError('Array buffer allocation failed'), 'wasm', /WASM \(SIMD\) ran out of memory/],
		[new Error('Failed to allocate texture: out of memory'), 'webgl', /WebGL ran out of memory/],
		[new Error('WebGL context lost'), 'webgl', /GPU context may have been lost/],
		[new Error('kernel Conv2D not registered'), 'cpu', /CPU \(plain JavaScript\) failed: kernel Conv2D/]
	] as const)('%s on %s', (error, backend, message) => {
		expect(explain(error, backend)).toMatch(message);
	});
});

describe('falling back', () => {
	const session = (probes: Session['probes']): Session => ({ tf, probes, backend: 'webgl', failures: [] });
	const probe = (name: Session['probes'][number]['name'], available = true, software = false) => ({
		name,
		available,
		note: '',
		software
	});

	it('after a hardware WebGL failure, WASM is next, then CPU', () => {
		const s = session([probe('webgpu', false), probe('webgl'), probe('wasm'), probe('cpu')]);
		expect(nextBackend(s, 'webgl')).toBe('wasm');
		expect(nextBackend(s, 'wasm')).toBe('cpu');
		expect(nextBackend(s, 'cpu')).toBeUndefined();
	});
});

describe('a run that runs out of memory', () => {
	it('rejects with the error, which reads as out of memory, and leaves no tensors', async () => {
		const found = lookup('inception-v4');
		if (!found.ok) throw new Error(found.message);
		const analysed = analyse(found.network);
		if (!analysed.ok) throw new Error(analysed.error.message);
		const resolved = targetOf(analysed.analysis, 'stem/conv1');
		if (!resolved.ok) throw new Error(resolved.message);
		const session: Session = { tf, probes: [], backend: 'cpu', failures: [] };
		const before = tf.memory().numTensors;
		vi.spyOn(tf.LayersModel.prototype, 'predict').mockImplementation(() => {
			throw new RangeError('Array buffer allocation failed');
		});
		const run = runLive(session, resolved.target, { runs: 2, warmup: 1, fold: true });
		await expect(run).rejects.toThrow(RangeError);
		const error = await run.catch((e: unknown) => e);
		expect(explain(error, 'cpu')).toMatch(/ran out of memory/);
		expect(tf.memory().numTensors).toBe(before);
	});
});
