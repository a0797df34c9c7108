import { describe, expect, it } from 'vitest';
import { lookup } from '../networks/registry';
import { copyOf, eyebrowOf, titleOf } from './names';

const found = lookup('inception-v4', 'paper');
if (!found.ok) throw new Error(found.message);
const { root, label } = found.network;

describe('titles and eyebrows', () => {
	it('names a repeat copy by its block and number, the same in every place', () => {
		expect(copyOf(root, 'inceptionA/2')?.index).toBe(2);
		expect(copyOf(root, 'inceptionA/5')).toBeUndefined();
		expect(copyOf(root, 'inceptionA/1/b3')).toBeUndefined();
		expect(titleOf(root, 'inceptionA/1', 'Filter concat')).toBe('Inception-A (copy 1 of 4)');
		expect(titleOf(root, 'inceptionC/3', 'Filter concat')).toBe('Inception-C (copy 3 of 3)');
		expect(titleOf(root, 'inceptionA', 'Inception-A')).toBe('4 x Inception-A');
		expect(titleOf(root, 'inceptionA/1/b3/conv2', '3x3 Conv (96)')).toBe('3x3 Conv (96)');
	});

	it('says what the selection is above its title', () => {
		expect(eyebrowOf(root, '', label)).toBe('Whole network');
		expect(eyebrowOf(root, 'inceptionA', label)).toBe('Block of Inception-v4, run 4 times');
		expect(eyebrowOf(root, 'reductionA', label)).toBe('Block of Inception-v4');
		expect(eyebrowOf(root, 'logits', label)).toBe('Layer of Inception-v4');
		expect(eyebrowOf(root, 'inceptionA/1', label)).toBe('One of 4 copies, each with its own weights');
		expect(eyebrowOf(root, 'inceptionA/1/b3/conv2', label)).toBe('Inception-A branch 3');
	});
});
