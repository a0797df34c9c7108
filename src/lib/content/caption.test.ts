import { describe, expect, it } from 'vitest';
import { endSentence } from './caption';

describe('endSentence (a caption before its "Explore it" link)', () => {
	it('adds one full stop, never a second', () => {
		expect(endSentence('Stem of Inception-v4')).toBe('Stem of Inception-v4.');
		expect(endSentence('The stem, drawn from its definition.')).toBe('The stem, drawn from its definition.');
		expect(endSentence('부분을 선택하면 그 숫자가 나옵니다. ')).toBe('부분을 선택하면 그 숫자가 나옵니다.');
		expect(endSentence('Why?')).toBe('Why?');
	});
});
