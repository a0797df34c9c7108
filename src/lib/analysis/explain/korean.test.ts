// The detail panel in both languages: the same facts, values and arithmetic, only the words differ.
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { lookup } from '../../networks/registry';
import { en } from '../../i18n/en';
import { ko } from '../../i18n/ko';
import { erratumNote, explain } from './index';
import { eyebrowOf, titleOf } from '../naming';
import { rowAt } from '../testing';

function traced(id: string, variant?: string) {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	const result = analyse(found.network);
	if (!result.ok) throw new Error(result.error.message);
	return result.analysis;
}

const v4 = traced('inception-v4');
const irv2 = traced('inception-resnet-v2', 'paper');
const HANGUL = /[\uac00-\ud7a3]/;

describe('explain in Korean', () => {
	const conv = rowAt(v4.trace, 'inceptionA/1/b3/conv2');
	const english = explain(conv, v4, 'macs', en.explorer);
	const korean = explain(conv, v4, 'macs', ko.explorer);

	it('is the English explanation by default', () => {
		expect(explain(conv, v4)).toEqual(english);
	});

	it('has the same facts with the same numbers, labelled in Korean', () => {
		expect(korean.facts.map((f) => f.id)).toEqual(english.facts.map((f) => f.id));
		const byId = (id: string) => korean.facts.find((f) => f.id === id);
		expect(byId('params')?.label).toBe('매개변수');
		expect(byId('rf')?.label).toBe('수용 영역');
		for (const id of ['input', 'output', 'params', 'trainable', 'macs'])
			expect(byId(id)?.value).toBe(english.facts.find((f) => f.id === id)?.value);
	});

	it('keeps the arithmetic and words it in Korean', () => {
		const output = korean.facts.find((f) => f.id === 'output');
		// 3x3 conv, same padding, stride 1 on 35x35: the grid is kept.
		expect(output?.derivation).toEqual([
			'높이: same 패딩으로 35 유지',
			'너비: same 패딩으로 35 유지',
			'채널: 필터 96개'
		]);
		const macs = korean.facts.find((f) => f.id === 'macs');
		// 35 x 35 x 96 outputs, each reading a 3x3 window of 64 channels: 35 * 35 * 96 * 576 = 67,737,600.
		expect(macs?.derivation).toEqual(['출력 35 x 35 x 96 x (3 x 3 x 64) = 67,737,600']);
		expect(english.facts.find((f) => f.id === 'macs')?.derivation).toEqual([
			'35 x 35 x 96 outputs x (3 x 3 x 64) = 67,737,600'
		]);
		for (const fact of korean.facts)
			for (const line of fact.derivation)
				expect(line).not.toMatch(/\b(trainable|outputs|sum over|filters)\b/);
	});

	it('says an erratum in Korean, with the paper’s numbers', () => {
		const note = erratumNote(
			rowAt(irv2.trace, 'inceptionResnetB/1/body/up'),
			irv2.trace,
			ko.explorer.explain
		);
		expect(note?.title).toBe('Inception-ResNet-B(v2)의 필터 1154개');
		expect(note?.printed).toBe('필터 1154개');
		expect(note?.used).toBe('필터 1152개');
		expect(note?.proof.every((line) => HANGUL.test(line))).toBe(true);
	});

	it('says the unprinted values of E2 and E8 in Korean', () => {
		const pool = erratumNote(rowAt(v4.trace, 'inceptionA/1/b1/pool1'), v4.trace, ko.explorer.explain);
		expect(pool?.printed).toBe('창 크기·스트라이드 표기 없음');
		expect(pool?.used).toBe('3x3, 스트라이드 1, same 패딩');
		expect(pool?.proof.every((line) => HANGUL.test(line))).toBe(true);
		const widths = erratumNote(rowAt(irv2.trace, 'reductionB/b1/pool1'), irv2.trace, ko.explorer.explain);
		expect(widths?.title).toBe('인쇄되지 않은 Inception-ResNet-v2의 텐서 폭');
		expect(widths?.proof.every((line) => HANGUL.test(line))).toBe(true);
	});
});

describe('naming in Korean', () => {
	it('names copies and places in Korean, block names as printed', () => {
		const copy = rowAt(v4.trace, 'inceptionA/2');
		expect(titleOf(copy, undefined, ko.explorer.naming)).toBe('Inception-A (4개 중 2번째 사본)');
		expect(titleOf(copy)).toBe('Inception-A (copy 2 of 4)');
		expect(eyebrowOf(rowAt(v4.trace, 'inceptionA'), 'Inception-v4', ko.explorer.naming)).toBe(
			'Inception-v4의 블록, 4번 반복'
		);
		expect(eyebrowOf(rowAt(v4.trace, 'inceptionA/1/b3/conv2'), 'Inception-v4', ko.explorer.naming)).toBe(
			'Inception-A 가지 3'
		);
	});
});
