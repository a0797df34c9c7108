import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { REGISTRY, allNetworks, VARIANT_WORDS } from '../networks/registry';
import { delta } from '../analysis/format';
import { failureText } from '../live/backends';
import { MAX_INPUT } from '../analysis/analyse';
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

describe('input sizes refused in Korean', () => {
	it('says in Korean which size fails and the smallest that works; English keeps the analysis’s words', async () => {
		const { readSize } = await import('./size');
		const { lookup } = await import('../networks/registry');
		const found = lookup('inception-v4');
		if (!found.ok) throw new Error(found.message);
		const english = readSize('10', found.network);
		const korean = readSize('10', found.network, ko.explorer.settings);
		expect(english.ok || korean.ok).toBe(false);
		if (english.ok || korean.ok) return;
		const smallest = english.message.match(/The smallest input that works is (\d+)x\1/)?.[1];
		expect(smallest).toBeDefined();
		expect(korean.message).toContain('Inception-v4은(는) 10x10 입력으로 실행할 수 없습니다');
		expect(korean.message).toContain(`가장 작은 입력은 ${smallest}x${smallest}입니다.`);
		expect(readSize('ten', found.network, ko.explorer.settings)).toEqual({
			ok: false,
			message: `1부터 ${MAX_INPUT}까지의 정수 픽셀 값을 입력하십시오.`
		});
	});
});
