import { describe, expect, it } from 'vitest';
import { paintFirst } from './paint-first';

// The shape kit 2 writes (adapter-static, prerendered): preloads in the head, the boot script in the body.
const PAGE = `<head>
		<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/B.js" rel="modulepreload">
		<link href="/_app/immutable/entry/app.C.js" rel="modulepreload">
		<link href="/_app/immutable/assets/0.D.css" rel="stylesheet">
	</head><body><p>Prose</p><script>
					Promise.all([
						import("/_app/immutable/entry/start.A.js"),
						import("/_app/immutable/entry/app.C.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2] });
					});
	</script></body>`;

describe('paintFirst', () => {
	const out = paintFirst(PAGE);

	it('takes every script preload out of the head, and leaves stylesheets', () => {
		expect(out).not.toContain('rel="modulepreload"');
		expect(out).toContain('<link href="/_app/immutable/assets/0.D.css" rel="stylesheet">');
	});

	it('has the boot script add them all after a frame, then start the app as kit would', async () => {
		const appended: { rel: string; href: string }[] = [];
		const started: string[] = [];
		const script = out.slice(out.indexOf('<script>') + 8, out.indexOf('</script>'));
		const env = {
			requestAnimationFrame: (f: () => void) => setTimeout(f),
			document: {
				head: { append: (...links: { rel: string; href: string }[]) => appended.push(...links) },
				createElement: () => ({})
			},
			element: 'target',
			import: (href: string) => Promise.resolve({ start: () => started.push(href), href })
		};
		// The boot script run against those globals (import() spelled as a call to a function of ours).
		const names = Object.keys(env).filter((k) => k !== 'import');
		const boot = new Function(...names, 'import_', script.replace(/\bimport\(/g, 'import_('));
		boot(...names.map((k) => env[k as keyof typeof env]), env.import);
		expect(appended, 'nothing before the frame').toHaveLength(0);
		await new Promise((r) => setTimeout(r, 150));
		expect(appended.map((l) => [l.rel, l.href])).toEqual([
			['modulepreload', '/_app/immutable/entry/start.A.js'],
			['modulepreload', '/_app/immutable/chunks/B.js'],
			['modulepreload', '/_app/immutable/entry/app.C.js']
		]);
		expect(started).toEqual(['/_app/immutable/entry/start.A.js']);
	});

	it('leaves a page without preloads or without kit’s boot script as it is', () => {
		expect(paintFirst('<p>no scripts</p>')).toBe('<p>no scripts</p>');
		const noBoot = '<link href="/x.js" rel="modulepreload"><p>shell</p>';
		expect(paintFirst(noBoot)).toBe(noBoot);
	});
});
