// Getting a compiled model out, in files other tools open: a tfjs model (`<stem>.json` + `<stem>.weights.bin`,
// read by tf.loadLayersModel, Netron and the TensorFlow.js converter) and the Keras-style JSON of its topology.
import type * as TF from '@tensorflow/tfjs';

/** A file name from a model's path: `inception-v4.inceptionA.1`. */
export function fileStem(networkId: string, path: string): string {
	const tail = path.replaceAll('/', '.');
	return (tail ? `${networkId}.${tail}` : networkId).replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Netron reads a topology as Keras only when `keras_version` looks like Keras' own; tfjs writes its own
 * version there ("tfjs-layers 4.22.0"). The layers used here all exist in Keras 2.15 (Rescaling since 2.6). */
export const KERAS_VERSION = '2.15.0';

export interface ModelFiles {
	json: { name: string; text: string };
	weights: { name: string; data: ArrayBuffer };
}

/** The artifacts `model.save` writes, captured in memory. */
export async function saveToMemory(tf: typeof TF, model: TF.LayersModel): Promise<TF.io.ModelArtifacts> {
	let saved: TF.io.ModelArtifacts | undefined;
	await model.save(
		tf.io.withSaveHandler(async (artifacts) => {
			saved = artifacts;
			return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
		})
	);
	if (!saved) throw new Error('The model saved nothing.');
	return saved;
}

/**
 * model.json and its weights as files whose names agree: the manifest names the weights file exactly as it is
 * saved (tfjs' own download writer writes `./<stem>.weights.bin`, which tools that match the selected files by
 * name, like Netron, then fail to find).
 */
export async function tfjsModelFiles(
	tf: typeof TF,
	model: TF.LayersModel,
	stem: string
): Promise<ModelFiles> {
	const artifacts = await saveToMemory(tf, model);
	const weightsName = `${stem}.weights.bin`;
	const json: TF.io.ModelJSON = {
		modelTopology: artifacts.modelTopology as object,
		format: artifacts.format ?? 'layers-model',
		generatedBy: artifacts.generatedBy ?? `TensorFlow.js tfjs-layers v${tf.version_layers}`,
		convertedBy: artifacts.convertedBy ?? null,
		weightsManifest: [{ paths: [weightsName], weights: artifacts.weightSpecs ?? [] }]
	};
	const data = artifacts.weightData
		? tf.io.CompositeArrayBuffer.join(artifacts.weightData)
		: new ArrayBuffer(0);
	return { json: { name: `${stem}.json`, text: JSON.stringify(json) }, weights: { name: weightsName, data } };
}

/** Loads what tfjsModelFiles wrote, finding each weights file by the exact name the manifest gives. */
export function filesHandler(tf: typeof TF, files: ModelFiles): TF.io.IOHandler {
	const byName = new Map([[files.weights.name, files.weights.data]]);
	return {
		load: () =>
			tf.io.getModelArtifactsForJSON(JSON.parse(files.json.text), async (manifest) => {
				const specs = manifest.flatMap((group) => group.weights);
				const buffers = manifest.flatMap((group) =>
					group.paths.map((path) => {
						const data = byName.get(path);
						if (!data) throw new Error(`model.json names ${path}, which is not among the files.`);
						return data;
					})
				);
				return [specs, tf.io.CompositeArrayBuffer.join(buffers)];
			})
	};
}

/** The Keras-style topology (`class_name`, `config`, `keras_version`, `backend`), as pretty JSON text. */
export function topologyJson(model: TF.LayersModel): string {
	const topology = model.toJSON(null, false) as object;
	return JSON.stringify({ ...topology, keras_version: KERAS_VERSION, backend: 'tensorflow' }, null, 1);
}

/** Browser: saves a file through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Browser: downloads both files of a tfjs model. */
export async function downloadTfjsModel(
	tf: typeof TF,
	model: TF.LayersModel,
	stem: string
): Promise<ModelFiles> {
	const files = await tfjsModelFiles(tf, model, stem);
	downloadBlob(new Blob([files.json.text], { type: 'application/json' }), files.json.name);
	downloadBlob(new Blob([files.weights.data], { type: 'application/octet-stream' }), files.weights.name);
	return files;
}

export function downloadTopology(model: TF.LayersModel, stem: string): string {
	const name = `${stem}.keras-topology.json`;
	downloadBlob(new Blob([topologyJson(model)], { type: 'application/json' }), name);
	return name;
}
