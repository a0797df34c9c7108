import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { failureOf } from './failure';

describe('failures', () => {
	it('tell running out of memory from other errors', () => {
		expect(failureOf(new RangeError('WebAssembly.Memory(): could not allocate memory')).kind).toBe('memory');
		expect(failureOf(new Error('Aborted(OOM)')).kind).toBe('memory');
		expect(failureOf(new Error('The wasm kernel Conv2D is missing.'))).toEqual({
			kind: 'failed',
			detail: 'The wasm kernel Conv2D is missing.'
		});
		expect(failureOf('plain string').detail).toBe('plain string');
	});

	it('are said in English and in Korean, with the browser’s detail', () => {
		const memory = failureOf(new RangeError('could not allocate memory'));
		expect(en.train.status.failed(memory)).toMatch(/^Training stopped: .*memory.*could not allocate memory/);
		expect(ko.train.status.failed(memory)).toMatch(/^학습이 멈췄습니다: .*메모리.*could not allocate memory/);
		const worker = { kind: 'worker', detail: 'SecurityError' } as const;
		expect(ko.train.status.failed(worker)).toMatch(/Web Worker.*SecurityError/);
		expect(en.train.status.failed(worker)).toBe(
			'Training stopped: the browser would not start a Web Worker (SecurityError).'
		);
	});
});
