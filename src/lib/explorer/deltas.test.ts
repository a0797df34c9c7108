import { describe, expect, it } from 'vitest';
import { change, nodeChanges, totalsOf } from './totals';
import { readSize } from './size';
import { analyse, MAX_INPUT, smallestInput } from '../analysis/analyse';
import { bytes, delta } from '../analysis/format';
import { lookup } from '../networks/registry';
import { rowAt } from '../analysis/testing';

function analysed(id: string, variant?: string, size?: number) {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	const result = analyse(found.network, size);
	if (!result.ok) throw new Error(result.error.message);
	return result.analysis;
}

describe('differences carry the unit of the number beside them', () => {
	it.each([
		[1_300_000, 'params', '+1.30 M params'],
		[-11_820_000_000, 'macs', '−11.82 G MACs'],
		[2_000, 'flops', '+2.00 k FLOPs'],
		[660_080, 'bytes', `+${bytes(660_080)}`],
		[-3 * 1024 ** 2, 'bytes', '−3.00 MiB'],
		[1_450, 'px', '+1,450 px'],
		[0, 'px', '±0 px']
	] as const)('%d %s -> %s', (n, unit, text) => {
		expect(delta(n, unit)).toBe(text);
	});

	it('totals of Inception-ResNet-v2 against -v1: peak memory in bytes, receptive field in px', () => {
		const v1 = totalsOf(analysed('inception-resnet-v1'));
		const v2 = totalsOf(analysed('inception-resnet-v2', 'paper'));
		expect(change(v2.peakBytes, v1.peakBytes, 'bytes')).toMatch(/^[+−][\d.]+ (KiB|MiB)$/);
		expect(change(v2.params, v1.params, 'params')).toMatch(/^\+[\d.]+ M params$/);
		expect(change(v1.rf, v1.rf, 'px')).toBeNull();
		expect(change(v1.rf, undefined, 'px')).toBeNull();
	});

	it('a node present in both networks shows what moved, in units', () => {
		const v1 = analysed('inception-resnet-v1');
		const v2 = analysed('inception-resnet-v2', 'paper');
		const path = 'inceptionResnetB/1/body/up';
		const facts = nodeChanges(rowAt(v2.trace, path), rowAt(v1.trace, path), 'macs');
		expect(facts.params).toMatch(/^\+[\d.]+ [kM] params$/);
		expect(facts.macs).toMatch(/ MACs$/);
		expect(facts.memory).toMatch(/ (KiB|MiB)$/);
		expect(facts.output).toMatch(/^was 17x17x\d+$/);
		expect(facts.rf ?? '+0 px').toMatch(/ px$/);
		const same = rowAt(v1.trace, path);
		expect(nodeChanges(same, same, 'flops')).toEqual({});
	});

	it('a receptive field of two sizes moves per axis, even when both moved alike', () => {
		const v1 = analysed('inception-resnet-v1');
		const v2 = analysed('inception-resnet-v2', 'paper');
		const path = 'inceptionResnetB/1/body/branches/b2/conv2';
		const [now, before] = [rowAt(v1.trace, path), rowAt(v2.trace, path)];
		expect(now.rf.h.size).not.toBe(now.rf.w.size);
		const dh = now.rf.h.size - before.rf.h.size;
		expect(now.rf.w.size - before.rf.w.size).toBe(dh);
		expect(nodeChanges(now, before, 'macs').rf).toBe(`${delta(dh, 'px')} high, ${delta(dh, 'px')} wide`);
	});
});

describe('the input-size box', () => {
	const found = lookup('inception-v4');
	if (!found.ok) throw new Error(found.message);
	const network = found.network;
	const smallest = smallestInput(network)!;

	it('applies every size the analysis accepts', () => {
		expect(readSize('331', network)).toEqual({ ok: true, size: 331 });
		expect(readSize(` ${smallest} `, network)).toEqual({ ok: true, size: smallest });
		expect(readSize(String(MAX_INPUT), network)).toEqual({ ok: true, size: MAX_INPUT });
	});

	it.each(['0', '20', String(smallest - 1), '99999'])(
		'explains %s, naming the smallest size that works',
		(t) => {
			const r = readSize(t, network);
			expect(r.ok).toBe(false);
			if (!r.ok) {
				expect(r.message).toContain(`${smallest}x${smallest}`);
				expect(r.message).toBe((analyse(network, Number(t)) as { error: { message: string } }).error.message);
			}
		}
	);

	it.each(['', 'abc', '-5', '2.5', '1e3'])('asks for a whole number for “%s”', (t) => {
		const r = readSize(t, network);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toContain('whole number');
	});
});
