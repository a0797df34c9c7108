// The estimate's own rules, without tfjs (src/lib/tfjs/memory.test.ts checks it against measured peaks).
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { BYTES_PER_FLOAT32, nonTrainable, trainable } from '../analysis/counts';
import { peakActivationBytes } from '../analysis/memory';
import { elements } from '../analysis/trace';
import { lookup } from '../networks/registry';
import { liveMemory } from './memory';

function at(id: string, variant: string, path: string, size = 299) {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	const analysed = analyse(found.network, size);
	if (!analysed.ok) throw new Error(analysed.error.message);
	const row = analysed.analysis.trace.row(path);
	if (!row) throw new Error(`no ${path}`);
	return { row };
}

describe('the memory a live run needs', () => {
	it('a conv with BatchNorm and ReLU: input fed and kept, then the ReLU beside the conv output', () => {
		const { row } = at('inception-v4', 'paper', 'stem/conv1');
		const input = elements(row.input) * BYTES_PER_FLOAT32;
		const output = elements(row.output) * BYTES_PER_FLOAT32;
		const folded = liveMemory(row, true);
		expect(folded.inputBytes).toBe(input);
		// The fed batch slice stays alive while the conv's output and its ReLU both exist.
		expect(folded.peakActivationBytes).toBe(input + 2 * output);
		// Unfolded, the BatchNorm layer holds the conv output, a temporary and its own output at once.
		expect(liveMemory(row, false).peakActivationBytes).toBe(input + 3 * output);
	});

	it('folding drops the moving statistics, two per filter of each conv with BatchNorm', () => {
		const { row } = at('inception-v4', 'paper', 'inceptionA/1');
		const training = liveMemory(row, false).weightBytes;
		const folded = liveMemory(row, true).weightBytes;
		expect(training).toBe((trainable(row.params) + nonTrainable(row.params)) * BYTES_PER_FLOAT32);
		expect(training - folded).toBe(nonTrainable(row.params) * BYTES_PER_FLOAT32);
	});

	it('never below the dataflow alone, and the whole is weights, input and activations', () => {
		for (const path of ['', 'stem', 'inceptionA/1', 'reductionA', 'inceptionC/1']) {
			const { row } = at('inception-v4', 'paper', path, 149);
			const m = liveMemory(row, true);
			expect(m.peakActivationBytes).toBeGreaterThanOrEqual(peakActivationBytes(row));
			expect(m.totalBytes).toBe(m.weightBytes + m.inputBytes + m.peakActivationBytes);
		}
	});
});
