import { describe, expect, it } from 'vitest';
import { lookup } from '../networks/registry';
import { analyse } from './analyse';
import {
	copyWords,
	eyebrowOf,
	partTitle,
	placeOf,
	placeWords,
	repeated,
	shortTitleOf,
	spokenName,
	titleOf,
	withCopies
} from './naming';
import { rowAt } from './testing';

function traced(id: string, variant?: string) {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	const result = analyse(found.network);
	if (!result.ok) throw new Error(result.error.message);
	return { network: found.network, trace: result.analysis.trace };
}

const v4 = traced('inception-v4', 'paper');
const at = (path: string) => rowAt(v4.trace, path);
const label = v4.network.label;

describe('the repeat and copy rules', () => {
	it('write a repeat as "N x Label" and a copy as "copy i of n"', () => {
		expect(repeated('Inception-A', 4)).toBe('4 x Inception-A');
		expect(copyWords(2, 4)).toBe('copy 2 of 4');
		expect(withCopies('3x3 Conv (96)', [{ index: 3, times: 4 }])).toBe('3x3 Conv (96) (copy 3 of 4)');
		expect(withCopies('3x3 Conv (96)', [])).toBe('3x3 Conv (96)');
	});

	it('name a part from its node alone as from its row', () => {
		for (const part of v4.trace.root.children) expect(partTitle(part.node)).toBe(titleOf(part));
		expect(partTitle(v4.network.root.children[1])).toBe('4 x Inception-A');
	});
});

describe('titles', () => {
	it('name a repeat copy by its block and number, the same in every place', () => {
		expect(titleOf(at('inceptionA/1'))).toBe('Inception-A (copy 1 of 4)');
		expect(titleOf(at('inceptionC/3'))).toBe('Inception-C (copy 3 of 3)');
		expect(titleOf(at('inceptionA'))).toBe('4 x Inception-A');
		expect(titleOf(at('inceptionA/1/b3/conv2'))).toBe('3x3 Conv (96)');
	});

	it('shorten a copy for a terminal column', () => {
		expect(shortTitleOf(at('inceptionA/2'))).toBe('Inception-A 2/4');
		expect(shortTitleOf(at('reductionA'))).toBe(titleOf(at('reductionA')));
	});

	it('call the root by the network and a branch by its number', () => {
		expect(titleOf(v4.trace.root, label)).toBe('Inception-v4');
		expect(titleOf(at('inceptionA/1/b3'))).toBe('Branch 3');
		expect(titleOf(at('stem'))).toBe('Stem');
	});
});

describe('eyebrows and places', () => {
	it('say what the selection is above its title', () => {
		expect(eyebrowOf(v4.trace.root, label)).toBe('Whole network');
		expect(eyebrowOf(at('inceptionA'), label)).toBe('Block of Inception-v4, run 4 times');
		expect(eyebrowOf(at('reductionA'), label)).toBe('Block of Inception-v4');
		expect(eyebrowOf(at('logits'), label)).toBe('Layer of Inception-v4');
		expect(eyebrowOf(at('inceptionA/1'), label)).toBe('One of 4 copies, each with its own weights');
		expect(eyebrowOf(at('inceptionA/1/b3/conv2'), label)).toBe('Inception-A branch 3');
	});

	it('name nested branches by their numbers, not their names', () => {
		expect(placeWords(at('inceptionC/1/b4/split/b2/conv1'))).toEqual([
			'Inception-C',
			'branch 4',
			'split',
			'branch 2'
		]);
		expect(placeOf(at('stem/mixed3/b1/conv1'))).toBe('Stem mixed3 branch 1');
	});

	it('leave out the bookkeeping of a residual: its body and its branch concat', () => {
		const v2 = traced('inception-resnet-v2', 'paper');
		const conv = rowAt(v2.trace, 'inceptionResnetA/1/body/branches/b2/conv1');
		expect(placeOf(conv)).toBe('Inception-ResNet-A branch 2');
		const up = rowAt(v2.trace, 'inceptionResnetA/1/body/up');
		expect(placeOf(up)).toBe('Inception-ResNet-A');
		expect(spokenName(up, '1x1 Conv (384 Linear)', 'Linear = no activation')).toBe(
			'Inception-ResNet-A, 1x1 Conv (384 Linear), Linear = no activation'
		);
	});
});
