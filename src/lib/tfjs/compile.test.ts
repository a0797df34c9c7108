// Oracle: the compiled tfjs model must agree with the pure analysis, for every block of every registered network.
// Symbolic builds with zero-initialised weights: no forward pass, so the whole suite stays fast.
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { allNetworks } from '../networks/registry';
import type { Network } from '../schema/types';
import { join } from '../schema/path';
import { childrenOf } from '../schema/walk';
import { compile, countParams, layerName, layerOutputShape, type Compiled } from './compile';
import { targetOf, type Target } from '../live/target';

beforeAll(async () => {
	await tf.setBackend('cpu');
	await tf.ready();
});

function build(target: Target, init: 'zeros' | 'random' = 'zeros'): Compiled {
	return compile(tf, target.node, target.input, {
		basePath: target.path,
		matchInput: target.matchInput,
		init
	});
}

function expectAgrees(target: Target, compiled: Compiled) {
	expect(countParams(compiled.model)).toEqual({
		trainable: target.expected.trainable,
		nonTrainable: target.expected.nonTrainable
	});
	for (const [name, path] of compiled.layerPaths) {
		const row = target.trace.row(path);
		expect(row, `${name} comes from ${path}`).toBeDefined();
		expect(layerOutputShape(compiled.model, name), `${name} (${path})`).toEqual([...row!.output]);
	}
	expect(compiled.model.outputs[0].shape.slice(1)).toEqual([...target.expected.output]);
}

function get(network: Network, path: string): Target {
	const analysed = analyse(network);
	if (!analysed.ok) throw new Error(analysed.error.message);
	const r = targetOf(analysed.analysis, path);
	if (!r.ok) throw new Error(r.message);
	return r.target;
}

/** Every top-level part of a network; a repeat is compiled once, as its first copy and as the whole stage. */
function distinctBlocks(network: Network): string[] {
	return childrenOf(network.root).flatMap((part) =>
		part.kind === 'repeat' ? [join(join('', part.name), '1')] : [part.name]
	);
}

describe.each(allNetworks().map((n) => [`${n.id} (${n.variant})`, n] as const))('%s', (_, network) => {
	it.each(distinctBlocks(network))(
		'block %s: countParams and every layer shape equal the analysis',
		(path) => {
			const target = get(network, path);
			const compiled = build(target);
			try {
				expectAgrees(target, compiled);
			} finally {
				compiled.model.dispose();
			}
		}
	);

	it('the whole network compiles with the analysis totals and frees every tensor on dispose', () => {
		const before = tf.memory().numTensors;
		const target = get(network, '');
		const compiled = build(target);
		try {
			expectAgrees(target, compiled);
		} finally {
			compiled.model.dispose();
		}
		expect(tf.memory().numTensors).toBe(before);
	});
});

describe('known totals', () => {
	it('released Inception-ResNet-v2 has the public Keras counts', () => {
		const network = allNetworks().find((n) => n.id === 'inception-resnet-v2' && n.variant === 'released')!;
		const compiled = build(get(network, ''));
		try {
			expect(countParams(compiled.model)).toEqual({ trainable: 55_813_192, nonTrainable: 60_544 });
		} finally {
			compiled.model.dispose();
		}
	});
});

describe('any subtree compiles', () => {
	const byId = (id: string, variant: string) =>
		allNetworks().find((n) => n.id === id && n.variant === variant)!;
	it.each([
		['inception-v4', 'paper', 'inceptionA/2/b4/conv3'],
		['inception-v4', 'paper', 'inceptionA/2/b4'],
		['inception-v4', 'paper', 'inceptionB'],
		['inception-v4', 'paper', 'stem/mixed2'],
		['inception-resnet-v2', 'released', 'inceptionResnetB/3/body'],
		['inception-resnet-v2', 'released', 'inceptionResnetB/3/body/up'],
		['inception-resnet-v2', 'released', 'inceptionResnetB/3/body/branches/b2/conv1'],
		['inception-resnet-v1', 'paper', 'inceptionResnetC/1/body/up'],
		['inception-v3', 'released', 'avgPool']
	])('%s %s %s', (id, variant, path) => {
		const target = get(byId(id, variant), path);
		const compiled = build(target);
		try {
			expectAgrees(target, compiled);
		} finally {
			compiled.model.dispose();
		}
	});

	it('names layers after paths, deterministically and validly', () => {
		expect(layerName('inceptionA/2/b4/conv3')).toBe('inceptionA.2.b4.conv3');
		expect(layerName('inceptionA/2/b4/conv3', 'bn')).toBe('inceptionA.2.b4.conv3_bn');
		expect(layerName('')).toBe('root');
	});
});

afterAll(() => {
	tf.disposeVariables();
});
