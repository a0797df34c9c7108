import { describe, expect, it } from 'vitest';
import { locate, locateUrl, nodeHref } from './locate';
import { NETWORK_IDS } from '../networks/registry';

describe('what an explorer address names', () => {
	it('says which part of the address is unknown, and keeps the network when it is known', () => {
		const cases: [string, string, string | undefined][] = [
			['/networks/foo/', 'Unknown network "foo"', undefined],
			['/networks/inception-v4/zzz/', 'Inception-v4 has no variant "zzz"', 'inception-v4'],
			['/networks/inception-v3/paper/', 'Inception-v3 has no variant "paper"', 'inception-v3'],
			['/networks/inception-resnet-v1/released/', 'has no variant "released"', 'inception-resnet-v1'],
			['/networks/inception-v4/paper/nope/', 'Inception-v4 has no part “nope”', 'inception-v4'],
			['/networks/inception-v4/paper/inceptionB/9/b3/', 'has no node “inceptionB/9/b3”', 'inception-v4']
		];
		for (const [url, message, id] of cases) {
			const found = locateUrl(url);
			expect(found?.ok, url).toBe(false);
			if (found && !found.ok) {
				expect(found.message, url).toContain(message);
				expect(found.entry?.id, url).toBe(id);
			}
		}
		// An unknown variant offers the default variant's parts.
		const v3 = locateUrl('/networks/inception-v3/paper/');
		expect(v3 && !v3.ok && v3.variant).toBe('released');
		// Every network the message offers is registered.
		const unknown = locate('foo');
		expect(!unknown.ok && NETWORK_IDS.every((id) => unknown.message.includes(id))).toBe(true);
	});

	it('resolves path-style layer addresses to their part page with ?path=', () => {
		const found = locateUrl('/networks/inception-v4/paper/inceptionB/1/b3/conv2/');
		expect(found?.ok).toBe(true);
		if (found?.ok) {
			expect(found.node).toBe('inceptionB/1/b3/conv2');
			expect(nodeHref(found)).toBe('/networks/inception-v4/paper/inceptionB/?path=inceptionB/1/b3/conv2');
		}
		const short = locateUrl('/networks/inception-v4/released/inceptionA/b3/conv2/');
		expect(short?.ok && nodeHref(short)).toBe(
			'/networks/inception-v4/released/inceptionA/?path=inceptionA/1/b3/conv2'
		);
		const part = locateUrl('/networks/inception-v4/paper/stem/');
		expect(part?.ok && nodeHref(part)).toBe('/networks/inception-v4/paper/stem/');
	});

	it('leaves addresses outside /networks/<id>/ alone', () => {
		expect(locateUrl('/read/nope/')).toBeNull();
		expect(locateUrl('/networks/')).toBeNull();
		expect(locateUrl('/%E0%A4%A/')).toBeNull();
	});
});
