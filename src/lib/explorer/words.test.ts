import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { REGISTRY, allNetworks, VARIANT_WORDS } from '../networks/registry';
import { delta } from '../analysis/format';
import { failureText } from '../live/backends';
import { blurbOf, sourceOf } from './words';

describe('network words by language', () => {
	it('gives every network a Korean blurb, and the registry’s own in English', () => {
		for (const entry of REGISTRY) {
			expect(blurbOf(en.explorer, entry)).toBe(entry.blurb);
			const korean = blurbOf(ko.explorer, entry);
			expect(korean).not.toBe(entry.blurb);
			expect(korean).toMatch(/[\uac00-\ud7a3]/);
		}
	});

	it('says where every definition comes from in Korean, its figures and code as printed', () => {
		for (const network of allNetworks()) {
			const english = sourceOf(en.explorer, network);
			expect(english).toContain(network.source.note);
			const korean = sourceOf(ko.explorer, network);
			expect(korean).not.toContain(network.source.note);
			if (network.source.kind === 'paper')
				expect(korean).toContain(`그림 ${network.source.figures.join(', ')}`);
			else expect(korean).toContain(network.source.code);
		}
	});

	it('keeps the registry’s variant words the English catalogue’s', () => {
		expect(VARIANT_WORDS).toBe(en.explorer.variants);
		expect(ko.explorer.variants.paper.label).toBe('논문 (그림)');
	});
});

describe('words after numbers', () => {
	it('names counted things in the page’s language, units as printed', () => {
		expect(delta(1_300_000, 'params')).toBe('+1.30 M params');
		expect(delta(1_300_000, 'params', 'ko')).toBe('+1.30 M 매개변수');
		expect(delta(-96, 'px', 'ko')).toBe('−96 px');
		expect(delta(0, 'macs', 'ko')).toBe('±0 MACs');
	});

	it('says why a backend could not run, in either language', () => {
		expect(failureText({ backend: 'webgl', reason: 'no-webgl' }, en.live)).toBe(
			'WebGL: WebGL is unavailable here.'
		);
		expect(failureText({ backend: 'webgl', reason: 'no-webgl' }, ko.live)).toBe(
			'WebGL: 여기서는 WebGL을 쓸 수 없습니다.'
		);
		expect(failureText({ backend: 'wasm', error: 'boom' }, ko.live)).toBe('WASM (SIMD): boom.');
	});
});
