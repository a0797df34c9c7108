// What the input-size box does with what was typed: a size the analysis accepts is applied, anything else is
// explained where it was typed (the analysis's own message, naming the smallest size that works). Pure.
import { analyse, MAX_INPUT } from '../analysis/analyse';
import type { Network } from '../schema/types';

export type SizeReading = { ok: true; size: number } | { ok: false; message: string };

export function readSize(typed: string, network: Network): SizeReading {
	const text = typed.trim();
	if (!/^\d+$/.test(text)) {
		return { ok: false, message: `Type a whole number of pixels, 1 to ${MAX_INPUT}.` };
	}
	const size = Number(text);
	const result = analyse(network, size);
	return result.ok ? { ok: true, size } : { ok: false, message: result.error.message };
}
