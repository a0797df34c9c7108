import { describe, expect, it } from 'vitest';
import { delocalize, localeOf, localize } from './locale';

describe('localeOf', () => {
	it('reads the language from the first segment below the base path', () => {
		expect(localeOf('/')).toBe('en');
		expect(localeOf('/read/overview/')).toBe('en');
		expect(localeOf('/ko/')).toBe('ko');
		expect(localeOf('/ko')).toBe('ko');
		expect(localeOf('/ko/networks/inception-v4/paper/')).toBe('ko');
		expect(localeOf('/x/ko/read/', '/x')).toBe('ko');
		expect(localeOf('/ko/read/', '/x')).toBe('en');
	});

	it('does not take a word that merely starts with the prefix', () => {
		expect(localeOf('/kosmos/')).toBe('en');
		expect(localeOf('/read/ko/')).toBe('en');
	});
});

describe('localize and delocalize', () => {
	it('move a page between languages and back', () => {
		expect(localize('/read/overview/', 'ko')).toBe('/ko/read/overview/');
		expect(localize('/', 'ko')).toBe('/ko/');
		expect(localize('/ko/read/', 'en')).toBe('/read/');
		expect(localize('/ko/', 'en')).toBe('/');
		expect(localize('/ko/read/', 'ko')).toBe('/ko/read/');
		expect(delocalize('/ko/compare/')).toBe('/compare/');
		expect(delocalize('/compare/')).toBe('/compare/');
	});

	it('keep the query and the hash', () => {
		expect(localize('/networks/inception-v4/paper/stem/?path=stem/conv1#detail', 'ko')).toBe(
			'/ko/networks/inception-v4/paper/stem/?path=stem/conv1#detail'
		);
		expect(localize('/ko/read/errata/#e5', 'en')).toBe('/read/errata/#e5');
	});

	it('keep the base path in front', () => {
		expect(localize('/x/read/', 'ko', '/x')).toBe('/x/ko/read/');
		expect(localize('/x', 'ko', '/x')).toBe('/x/ko/');
		expect(localize('/x/ko/read/', 'en', '/x')).toBe('/x/read/');
		expect(delocalize('/x/ko', '/x')).toBe('/x/');
	});
});
