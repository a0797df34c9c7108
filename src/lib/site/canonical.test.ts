import { describe, expect, it } from 'vitest';
import { SITE_ORIGIN, canonicalPath, canonicalUrl } from './canonical';

describe('canonicalPath', () => {
	it.each([
		['/read//', '/read/'],
		['//read/', '/read/'],
		['/networks/inception-v4/paper//', '/networks/inception-v4/paper/'],
		['/read///introduction/', '/read/introduction/'],
		['/read/index.html', '/read/'],
		['/index.html', '/']
	])('%s -> %s', (odd, canonical) => expect(canonicalPath(odd)).toBe(canonical));

	it('leaves canonical paths alone', () => {
		for (const path of ['/', '/read/', '/networks/inception-v4/paper/stem/', '/lab/']) {
			expect(canonicalPath(path)).toBe(path);
		}
	});
});

describe('canonicalUrl', () => {
	it('is absolute, on the configured origin', () => {
		expect(SITE_ORIGIN).toMatch(/^https?:\/\/[^/]+$/);
		expect(canonicalUrl('/read//')).toBe(`${SITE_ORIGIN}/read/`);
		expect(canonicalUrl('/base/read/', 'https://example.org')).toBe('https://example.org/base/read/');
	});

	it('cannot be pointed at another host by a path that looks like one', () => {
		expect(canonicalUrl('//evil.example/x/', 'https://example.org')).toBe(
			'https://example.org/evil.example/x/'
		);
	});
});
