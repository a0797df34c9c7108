// The exported files, as Netron and tfjs read them: model.json names its weights file exactly as it is saved,
// the weights file holds every weight the manifest lists, and the Keras topology carries a Keras version.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lookup } from '../networks/registry';
import { find } from '../schema/walk';
import { compile, countParams } from './compile';
import { fileStem, filesHandler, KERAS_VERSION, tfjsModelFiles, topologyJson } from './export';

beforeAll(async () => {
	await tf.setBackend('cpu');
	await tf.ready();
});

function model(id: string, variant: string, path: string, input: [number, number, number]) {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	const node = find(found.network.root, path);
	if (!node) throw new Error(`no ${path}`);
	return compile(tf, node, input, { basePath: path }).model;
}

const DTYPE_BYTES = { float32: 4, int32: 4, bool: 1 } as Record<string, number>;

describe('the tfjs model files', () => {
	it('name each other exactly, and the weights file is as long as its manifest says', async () => {
		const m = model('inception-v4', 'paper', 'stem/conv1', [9, 9, 3]);
		try {
			const stem = fileStem('inception-v4', 'stem/conv1');
			const files = await tfjsModelFiles(tf, m, stem);
			expect(files.json.name).toBe('inception-v4.stem.conv1.json');
			expect(files.weights.name).toBe('inception-v4.stem.conv1.weights.bin');
			const json = JSON.parse(files.json.text);
			expect(json.format).toBe('layers-model');
			expect(json.modelTopology.class_name).toBe('Model');
			expect(json.weightsManifest).toHaveLength(1);
			// Exactly the saved file's name: no "./", no directory, so a name match finds it.
			expect(json.weightsManifest[0].paths).toEqual([files.weights.name]);
			const specs: { name: string; shape: number[]; dtype: string }[] = json.weightsManifest[0].weights;
			const expected = specs.reduce(
				(sum, w) => sum + w.shape.reduce((a, b) => a * b, 1) * DTYPE_BYTES[w.dtype],
				0
			);
			expect(files.weights.data.byteLength).toBe(expected);
			const { trainable, nonTrainable } = countParams(m);
			expect(expected).toBe((trainable + nonTrainable) * 4);
			expect(specs.map((w) => w.name)).toContain('stem.conv1/kernel');
		} finally {
			m.dispose();
		}
	});

	it('load back with tf.loadLayersModel and compute the same', async () => {
		const input: [number, number, number] = [5, 5, 384];
		const m = model('inception-v4', 'paper', 'inceptionA/1', input);
		const files = await tfjsModelFiles(tf, m, 'a');
		const loaded = await tf.loadLayersModel(filesHandler(tf, files));
		const x = tf.randomNormal([1, ...input]);
		try {
			const [a, b] = [m.predict(x) as tf.Tensor, loaded.predict(x) as tf.Tensor];
			expect(Array.from(await b.data())).toEqual(Array.from(await a.data()));
			tf.dispose([a, b]);
		} finally {
			tf.dispose(x);
			m.dispose();
			loaded.dispose();
		}
	});

	it('a renamed weights file is not found, and the loader says which name it wanted', async () => {
		const m = model('inception-v4', 'paper', 'stem/conv1', [9, 9, 3]);
		const files = await tfjsModelFiles(tf, m, 'b');
		m.dispose();
		const renamed = { ...files, weights: { ...files.weights, name: 'other.bin' } };
		await expect(tf.loadLayersModel(filesHandler(tf, renamed))).rejects.toThrow('b.weights.bin');
	});
});

describe('the Keras topology JSON', () => {
	it('says it is Keras (a version Netron accepts) and rebuilds with tf.models.modelFromJSON', async () => {
		const m = model('inception-resnet-v1', 'paper', 'inceptionResnetA/1', [5, 5, 256]);
		try {
			const topology = JSON.parse(topologyJson(m));
			expect(topology.class_name).toBe('Model');
			expect(topology.keras_version).toBe(KERAS_VERSION);
			expect(topology.keras_version).toMatch(/^\d+\.\d+\.\d+$/);
			expect(topology.backend).toBe('tensorflow');
			const rebuilt = await tf.models.modelFromJSON(topology);
			try {
				expect(countParams(rebuilt)).toEqual(countParams(m));
				expect(rebuilt.layers.map((l) => l.name)).toEqual(m.layers.map((l) => l.name));
				expect(rebuilt.outputs[0].shape).toEqual(m.outputs[0].shape);
			} finally {
				rebuilt.dispose();
			}
		} finally {
			m.dispose();
		}
	});
});
