// Per-axis rules of one sliding window (conv or pool), TF conventions. Every other count builds on these.
import type { Padding } from '../schema/types';

/** Output length along one axis; 0 or less means the layer cannot work at this input. */
export function outputLength(input: number, kernel: number, stride: number, padding: Padding): number {
	return padding === 'same' ? Math.ceil(input / stride) : Math.floor((input - kernel) / stride) + 1;
}

/** Cells TF pads before the input along one axis (`same` pads the extra cell after). */
export function padBefore(input: number, kernel: number, stride: number, padding: Padding): number {
	if (padding === 'valid') return 0;
	const output = Math.ceil(input / stride);
	return Math.floor(Math.max((output - 1) * stride + kernel - input, 0) / 2);
}

/** Receptive field along one axis: `size` input pixels seen, `stride` between neighbours, `offset` of the first centre. */
export interface ReceptiveAxis {
	size: number;
	stride: number;
	offset: number;
}

export const PIXEL: ReceptiveAxis = { size: 1, stride: 1, offset: 0.5 };

/** Classic recurrence: size += (k - 1) * stride_in; stride *= s; offset moves by (centre - pad) input steps. */
export function growAxis(rf: ReceptiveAxis, kernel: number, stride: number, pad: number): ReceptiveAxis {
	return {
		size: rf.size + (kernel - 1) * rf.stride,
		stride: rf.stride * stride,
		offset: rf.offset + ((kernel - 1) / 2 - pad) * rf.stride
	};
}

/** The wider of two fields meeting at a concat or a residual add. */
export function widerAxis(a: ReceptiveAxis, b: ReceptiveAxis): ReceptiveAxis {
	return b.size > a.size ? b : a;
}
