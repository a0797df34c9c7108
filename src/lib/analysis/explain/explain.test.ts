import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { lookup } from '../../networks/registry';
import {
	erratumNote,
	explain,
	flopDerivation,
	lengthDerivation,
	macDerivation,
	memoryDerivation,
	paramDerivation,
	rfAxisDerivation,
	shapeDerivation,
	weightDerivation
} from './index';
import { totalParams } from '../counts';
import { count, percent } from '../format';
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
const row = (a: typeof v4, path: string) => rowAt(a.trace, path);

describe('lengthDerivation', () => {
	it.each([
		[35, 3, 2, 'valid', 'floor((35 - 3) / 2) + 1 = 17'],
		[299, 3, 2, 'valid', 'floor((299 - 3) / 2) + 1 = 149'],
		[35, 3, 2, 'same', 'ceil(35 / 2) = 18'],
		[35, 3, 1, 'same', 'same padding keeps 35']
	] as const)('%i, k %i, s %i, %s', (input, k, s, padding, text) => {
		expect(lengthDerivation(input, k, s, padding)).toBe(text);
	});
});

describe('derivations of one layer', () => {
	it('Inception-B branch 3, second conv (the 7x1 the paper prints as 1x7)', () => {
		const r = row(v4, 'inceptionB/1/b3/conv3');
		expect(weightDerivation(r)).toBe('7 x 1 x 224 x 256 = 401,408');
		expect(macDerivation(r)).toBe('17 x 17 x 256 outputs x (7 x 1 x 224) = 116,006,912');
		expect(paramDerivation(r)).toEqual({
			trainable: ['weights: 7 x 1 x 224 x 256 = 401,408', 'BatchNorm beta: 256', '401,408 + 256 = 401,664'],
			nonTrainable: ['BatchNorm moving mean + variance: 2 x 256 = 512']
		});
		expect(memoryDerivation(r)).toBe('17 x 17 x 256 x 4 B = 295,936 B (289.00 KiB)');
	});

	it('Reduction-A, the stride-2 3x3 conv', () => {
		const r = row(v4, 'reductionA/b2/conv1');
		expect(shapeDerivation(r)).toEqual([
			'height: floor((35 - 3) / 2) + 1 = 17',
			'width: floor((35 - 3) / 2) + 1 = 17',
			'channels: 384 filters'
		]);
	});

	it('the classifier', () => {
		const r = row(v4, 'logits');
		expect(weightDerivation(r)).toBe('1536 x 1000 = 1,536,000');
		expect(macDerivation(r)).toBe('1536 inputs x 1000 outputs = 1,536,000');
	});

	it('a concat adds its branches up', () => {
		expect(shapeDerivation(row(v4, 'inceptionA/1'))).toEqual(['channels: 96 + 96 + 96 + 96 = 384']);
		expect(shapeDerivation(row(irv2, 'reductionA'))).toEqual(['channels: 384 + 384 + 384 = 1152']);
	});

	it('FLOPs are twice the MACs', () => {
		expect(flopDerivation(1234)).toBe('2 x 1,234 MACs = 2,468');
	});

	it('receptive field per axis', () => {
		expect(rfAxisDerivation({ size: 7, stride: 2, offset: 0 }, 3, 2)).toBe(
			'5 + (3 - 1) x 1 = 7, step 1 x 2 = 2'
		);
		expect(rfAxisDerivation({ size: 7, stride: 2, offset: 0 }, 1, 1)).toBe(
			'7 (a 1-wide window adds nothing)'
		);
	});

	it('percent', () => {
		expect([percent(0), percent(0.0004), percent(0.3124), percent(1)]).toEqual([
			'0%',
			'<0.1%',
			'31.2%',
			'100.0%'
		]);
	});
});

describe('explain', () => {
	it('gives every fact of a layer, numbers agreeing with the trace', () => {
		const r = row(v4, 'inceptionA/1/b3/conv2');
		const e = explain(r, v4, 'macs');
		const fact = (id: string) => e.facts.find((f) => f.id === id)!;
		expect(fact('output').value).toBe('35x35x96');
		expect(fact('params').value).toBe(count(totalParams(r.params)));
		expect(fact('macs').value).toBe(count(r.macs));
		expect(explain(r, v4, 'flops').facts.find((f) => f.id === 'flops')!.value).toBe(count(2 * r.macs));
	});

	it('sums a block over its layers', () => {
		const r = row(v4, 'inceptionA/1');
		const e = explain(r, v4);
		expect(e.facts.find((f) => f.id === 'trainable')!.derivation[0]).toMatch(/^sum over 8 layers = /);
	});
});

describe('errata proofs come from the trace', () => {
	it('E1: the stem stride', () => {
		const note = erratumNote(row(v4, 'stem/mixed3/b1/conv1'), v4.trace)!;
		expect(note.id).toBe('E1');
		expect(note.proof).toEqual([
			'printed: floor((71 - 3) / 1) + 1 = 69, a 69x69 grid',
			'used: floor((71 - 3) / 2) + 1 = 35',
			'Filter concat needs equal grids: 69x69 cannot stack with 35x35'
		]);
	});

	it('E5: the 1154-wide up-projection', () => {
		const note = erratumNote(row(irv2, 'inceptionResnetB/1/body/up'), irv2.trace)!;
		expect(note.printed).toBe('1154 filters');
		expect(note.used).toBe('1152 filters');
		expect(note.proof[0]).toBe(
			'the block input x is 17x17x1152: 1152 = 384 + 384 + 384 (the output of Reduction-A)'
		);
		expect(note.proof[1]).toBe('x + 0.1 x up(x) needs up(x) to have 1152 channels, not 1154');
	});

	it('E3: the doubled 1x7', () => {
		const note = erratumNote(row(v4, 'inceptionB/1/b3/conv3'), v4.trace)!;
		expect(note.printed).toBe('1x7');
		expect(note.used).toBe('7x1');
		expect(note.proof.some((l) => l.startsWith('vertical receptive field with 7x1'))).toBe(true);
	});

	it('E2: the unprinted pooling window, for each Inception-v4 module', () => {
		for (const block of ['inceptionA', 'inceptionB', 'inceptionC']) {
			const pool = row(v4, `${block}/1/b1/pool1`);
			const note = erratumNote(pool, v4.trace)!;
			const [h, w] = pool.input;
			expect(note.id).toBe('E2');
			expect(note.printed).toBe('no window or stride');
			expect(note.used).toBe('3x3, stride 1, same');
			// Independent arithmetic: the other three branches end on the block's grid; stride 2 halves it, rounded up.
			const grid = `${h}x${w}`;
			expect(note.proof).toEqual([
				`the other branches of its Filter concat end at ${[grid, grid, grid].join(', ')}`,
				`with stride 1: same padding keeps ${h}, whatever the window`,
				`with stride 2: ceil(${h} / 2) = ${Math.ceil(h / 2)}, so the branch would end at ${Math.ceil(h / 2)}x${Math.ceil(h / 2)}`,
				`Filter concat needs equal grids: ${Math.ceil(h / 2)}x${Math.ceil(h / 2)} cannot stack with ${[grid, grid, grid].join(', ')}`,
				"the window, 3x3, is the released code's choice"
			]);
		}
		// Fig 4's module works on 35x35 (the stem's output, reference §5): stride 2 would give 18.
		expect(row(v4, 'inceptionA/1/b1/pool1').input).toEqual([35, 35, 384]);
		expect(erratumNote(row(v4, 'inceptionA/1/b1/pool1'), v4.trace)!.proof[2]).toContain(
			`ceil(35 / 2) = ${Math.ceil(35 / 2)}`
		);
	});

	it('E8: the unprinted Inception-ResNet-v2 widths, and 1154 carried through Reduction-B', () => {
		const note = erratumNote(row(irv2, 'reductionB/b1/pool1'), irv2.trace)!;
		expect(note.id).toBe('E8');
		expect(note.printed).toBe('no widths');
		// The reference's self-consistent widths: 384 (stem), 1152 = 384 + 384 + 384, 2144 = 1152 + 384 + 288 + 320.
		expect(note.used).toBe('widths 384 / 1152 / 2144');
		expect(note.proof).toEqual([
			'after Stem: 35x35x384 (192 + 192 = 384)',
			`after Reduction-A: 17x17x1152 (384 + 384 + 384 = ${384 * 3})`,
			`after Reduction-B: 8x8x2144 (1152 + 384 + 288 + 320 = ${1152 + 384 + 288 + 320})`,
			`carrying the printed 1154 forward instead: 1154 + 384 + 288 + 320 = ${1154 + 384 + 288 + 320}`
		]);
		expect(note.proof[3]).toMatch(/= 2146$/);
		// Only the paper variant carries it: the released network's widths are its code's.
		const released = traced('inception-resnet-v2', 'released');
		expect(erratumNote(row(released, 'reductionB/b1/pool1'), released.trace)).toBeUndefined();
	});

	it('no note where nothing is printed differently', () => {
		expect(erratumNote(row(v4, 'inceptionA/1/b3/conv2'), v4.trace)).toBeUndefined();
	});
});

describe('the parameters fact', () => {
	it('adds trainable and non-trainable up to the total', () => {
		const facts = explain(row(v4, 'reductionA/b2/conv1'), v4, 'macs').facts;
		const params = facts.find((f) => f.id === 'params')!;
		// 3 x 3 x 384 x 384 weights + 384 beta trainable; 2 x 384 moving statistics.
		expect(params.derivation).toEqual([
			'1,327,488 trainable + 768 non-trainable = 1,328,256 (as Keras counts them)'
		]);
		expect(
			explain(row(v4, 'reductionA/b1/pool1'), v4, 'macs').facts.find((f) => f.id === 'params')!.derivation
		).toEqual([]);
	});
});

describe('receptive field in the panel', () => {
	it('after global pooling, and for the whole network, it is the last grid’s, as on the totals card', () => {
		for (const path of ['', 'avgPool', 'dropout', 'logits']) {
			const fact = explain(row(v4, path), v4, 'macs').facts.find((f) => f.id === 'rf')!;
			const { h, w } = v4.receptiveField;
			expect(fact.value).toBe(`${h.size}x${w.size} px at the last grid`);
		}
		expect(explain(row(v4, 'stem/conv1'), v4, 'macs').facts.find((f) => f.id === 'rf')!.value).toBe('3x3 px');
	});
});
