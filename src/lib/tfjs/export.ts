// Getting a compiled model out: a tfjs model (model.json + one weights file) that tf.loadLayersModel and the
// TensorFlow.js converter read, and the Keras-style JSON of its topology alone.
import type * as TF from '@tensorflow/tfjs';

/** A file name from a model's path: `inception-v4.inceptionA.1`. */
export function fileStem(networkId: string, path: string): string {
	const tail = path.replaceAll('/', '.');
	return (tail ? `${networkId}.${tail}` : networkId).replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Browser: downloads `<stem>.json` and `<stem>.weights.bin` (tfjs' own browserDownloads handler). */
export async function downloadTfjsModel(model: TF.LayersModel, stem: string): Promise<void> {
	await model.save(`downloads://${stem}`);
}

/** The Keras-style topology (`class_name`, `config`, `keras_version`, `backend`), as pretty JSON text. */
export function topologyJson(model: TF.LayersModel): string {
	const topology = model.toJSON(null, false) as object;
	return JSON.stringify(topology, null, 1);
}

/** Browser: saves `text` as a file through a temporary link. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The artifacts `model.save` writes, captured in memory (tests, and anything that uploads them). */
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

export async function loadFromMemory(
	tf: typeof TF,
	artifacts: TF.io.ModelArtifacts
): Promise<TF.LayersModel> {
	return tf.loadLayersModel(tf.io.fromMemory(artifacts));
}
