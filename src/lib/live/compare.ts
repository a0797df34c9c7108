// The same block on several backends: how far each one's output lies from the others'. Pure; tfjs/live.ts
// gathers the outputs (same weights, same input on each backend).
import type { BackendName } from './backends';

/** Outputs may differ by float rounding (another summation order, GPU arithmetic): this much of the largest
 * magnitude in any output. Half-float GPUs (some phones) exceed it, and the panel says so. */
export const RELATIVE_TOLERANCE = 1e-3;

export interface BackendOutput {
	backend: BackendName;
	/** Median ms of the timed passes. */
	ms: number;
	values: Float32Array;
}

export interface BackendRow {
	backend: BackendName;
	ms: number;
	/** Largest |a - b| between this backend's output and any other's. */
	largestDifference: number;
	/** The other backend at that difference (none when only one ran). */
	against: BackendName | null;
	agrees: boolean;
}

export interface Agreement {
	rows: BackendRow[];
	/** Largest |value| over all outputs: the differences' scale. */
	scale: number;
	tolerance: number;
}

function largestDifference(a: Float32Array, b: Float32Array): number {
	if (a.length !== b.length) return Infinity;
	let most = 0;
	for (let i = 0; i < a.length; i++) {
		const d = Math.abs(a[i] - b[i]);
		// NaN anywhere is a disagreement, not a zero.
		if (!(d <= most)) most = Number.isNaN(d) ? Infinity : d;
	}
	return most;
}

export function compareOutputs(outputs: readonly BackendOutput[]): Agreement {
	let scale = 0;
	for (const o of outputs) for (const v of o.values) scale = Math.max(scale, Math.abs(v));
	const tolerance = RELATIVE_TOLERANCE * Math.max(1, scale);
	const rows = outputs.map((o): BackendRow => {
		let worst = 0;
		let against: BackendName | null = null;
		for (const other of outputs) {
			if (other === o) continue;
			const d = largestDifference(o.values, other.values);
			if (against === null || d > worst) [worst, against] = [d, other.backend];
		}
		return { backend: o.backend, ms: o.ms, largestDifference: worst, against, agrees: worst <= tolerance };
	});
	return { rows, scale, tolerance };
}
