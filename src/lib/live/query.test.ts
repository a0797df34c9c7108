// The live run reads `?backend=` through the explorer's query module; a bad value is said, not ignored.
import { describe, expect, it } from 'vitest';
import { parseBackend } from '../explorer/query';

describe('?backend=', () => {
	it.each([
		['', null],
		['?backend=wasm', 'wasm'],
		['?input=75&backend=webgl', 'webgl'],
		['?backend=', null]
	] as const)('%s asks for %s', (search, backend) => {
		expect(parseBackend(search)).toEqual({ backend, problem: null });
	});

	it('an unknown backend chooses automatically and says so', () => {
		const q = parseBackend(new URLSearchParams('backend=tpu'));
		expect(q.backend).toBeNull();
		expect(q.problem).toBe('“backend=tpu” is not one of webgpu, webgl, wasm, cpu; choosing automatically.');
	});
});
