import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { ko } from '$lib/i18n/ko';
import { REGISTRY } from '../networks/registry';
import { blurbOf, networkCards } from './landing';

describe('the landing page’s network cards', () => {
	it('have a blurb in every language for every registered network, and no others', () => {
		const ids = REGISTRY.map((e) => e.id).sort();
		expect(Object.keys(en.landing.blurbs).sort()).toEqual(ids);
		expect(Object.keys(ko.landing.blurbs).sort()).toEqual(ids);
	});

	it('say in English what the registry says, and in Korean something else, in Hangul', () => {
		for (const entry of REGISTRY) {
			expect(blurbOf(en.landing.blurbs, entry.id)).toBe(entry.blurb);
			expect(blurbOf(ko.landing.blurbs, entry.id)).toMatch(/[가-힣]/);
		}
		expect(blurbOf(ko.landing.blurbs, 'inception-v5')).toBeUndefined();
		expect(blurbOf(ko.landing.blurbs, 'toString')).toBeUndefined();
	});

	it('link each card to a network page and carry computed totals', () => {
		const cards = networkCards();
		expect(cards.map((c) => c.id)).toEqual(REGISTRY.map((e) => e.id));
		for (const card of cards) {
			expect(card.href).toMatch(/^\/networks\/[a-z0-9-]+\/(paper|released)\/$/);
			for (const v of card.variants) expect(v.macs).toMatch(/^\d+\.\d\d [MG]MAC$/);
		}
	});
});
