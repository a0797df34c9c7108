import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { totalParams } from '../analysis/counts';
import { lookup } from '../networks/registry';
import { comparedWith, nodeDelta, NO_HISTORY, record, shown, type History } from './history';
import { delta } from '../analysis/format';

function analysed(id: string, variant?: string, size?: number) {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	const result = analyse(found.network, size);
	if (!result.ok) throw new Error(result.error.message);
	return result.analysis;
}

const fold = (steps: [ReturnType<typeof analysed>, boolean][]): History =>
	steps.reduce((h, [a, applied]) => record(h, shown(a, applied)), NO_HISTORY);

describe('history of what was shown', () => {
	const v4 = analysed('inception-v4');
	const v4at331 = analysed('inception-v4', undefined, 331);
	const r1 = analysed('inception-resnet-v1');
	const r2 = analysed('inception-resnet-v2', 'paper');
	const r2released = analysed('inception-resnet-v2', 'released');

	it('nothing is "before" until the reader changes something', () => {
		// The prerendered default, then the URL's own size once the page runs: no previous.
		expect(
			fold([
				[v4, false],
				[v4at331, true]
			]).previous
		).toBeNull();
		// The same thing shown again (a metric toggle, the page mounting) is no change either.
		expect(
			fold([
				[v4, false],
				[v4, true],
				[v4, true]
			]).previous
		).toBeNull();
	});

	it('a change of network, variant or size remembers what was on screen', () => {
		const h = fold([
			[v4, true],
			[v4at331, true],
			[r1, true]
		]);
		expect(h.previous?.key).toBe('inception-v4/paper/331x331');
		expect(h.last?.key).toBe('inception-resnet-v1/paper/299x299');
	});

	it('names what the numbers compare with, never the page itself', () => {
		expect(comparedWith(shown(v4at331, true), v4.network)).toBe('Inception-v4 at 331px');
		expect(comparedWith(shown(r1, true), r2.network)).toBe('Inception-ResNet-v1');
		expect(comparedWith(shown(r2, true), r2released.network)).toBe('Inception-ResNet-v2 (paper)');
		expect(comparedWith(shown(analysed('inception-resnet-v2', 'paper', 331), true), r1.network)).toBe(
			'Inception-ResNet-v2 (paper) at 331px'
		);
	});

	it('the selected node changes against the same path before, where it existed', () => {
		const path = 'inceptionResnetB/1/body/up';
		const facts = nodeDelta(shown(r1, true), r2, path, 'macs');
		const [a, b] = [r1.trace.row(path), r2.trace.row(path)];
		if (!a || !b) throw new Error('no row');
		expect(facts?.params).toBe(delta(totalParams(b.params) - totalParams(a.params), 'params'));
		expect(nodeDelta(shown(r1, true), r2, 'stem/mixed5b', 'macs')).toBeNull();
		expect(nodeDelta(null, r2, path, 'macs')).toBeNull();
		// Nothing moved: no changes at all rather than an empty list.
		expect(nodeDelta(shown(r2, true), r2, path, 'macs')).toBeNull();
	});
});
