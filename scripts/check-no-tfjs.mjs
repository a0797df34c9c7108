// Checks the built site: no page's first load contains TensorFlow.js code.
// A page's first load is every script its HTML names (modulepreload links, and the inline boot script's preloads and
// imports), followed through their static imports; dynamic import() targets are lazy and not followed.
// Usage: node scripts/check-no-tfjs.mjs [build-dir]     (after `npm run build`)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
// Strings only tfjs bundles carry (checked below to occur in the build at all, so the test cannot pass vacuously).
const MARKERS = [/Hi, looks like you are running TensorFlow\.js/, /tfjs-backend-wasm/, /\bregisterKernel\b/];

function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const files = walk(root);
const html = files.filter((f) => f.endsWith('.html'));
const js = files.filter((f) => f.endsWith('.js'));
const tfjsChunks = new Set(js.filter((f) => MARKERS.some((m) => m.test(readFileSync(f, 'utf8')))));
if (tfjsChunks.size === 0) {
	console.error(
		`check-no-tfjs: no chunk in ${root} contains tfjs at all; the markers are stale or the build is.`
	);
	process.exit(1);
}

/** Static imports of a chunk: `import ... from "./x.js"`, `import "./x.js"`, `export ... from "./x.js"`. */
function staticImports(file) {
	const text = readFileSync(file, 'utf8');
	const specs = [
		...text.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']/g)
	];
	return specs.map((m) => resolve(dirname(file), m[1]));
}

/** An absolute asset URL as a path in the build: `/<BASE_PATH>/_app/x.js` is `build/_app/x.js`. */
function fromBase(href) {
	const at = href.indexOf('/_app/');
	return at >= 0 ? href.slice(at) : href;
}

function firstLoad(page) {
	const text = readFileSync(page, 'utf8');
	const named = [
		...[...text.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]*>/g)].map((m) => m[1]),
		...[...text.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]),
		...[...text.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]),
		// The boot script's own list of preloads (src/lib/site/paint-first.ts).
		...[...text.matchAll(/"([^"\s]*\/_app\/[^"\s]+\.js)"/g)].map((m) => m[1])
	].map((href) => (href.startsWith('/') ? join(root, fromBase(href)) : resolve(dirname(page), href)));
	const seen = new Set();
	const queue = [...named];
	while (queue.length) {
		const file = queue.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		queue.push(...staticImports(file));
	}
	return seen;
}

let failed = 0;
for (const page of html) {
	const loaded = firstLoad(page);
	const bad = [...loaded].filter((f) => tfjsChunks.has(f));
	if (bad.length) {
		failed++;
		console.error(
			`✗ ${relative(root, page)} loads tfjs up front: ${bad.map((f) => relative(root, f)).join(', ')}`
		);
	}
}
const lazy = [...tfjsChunks].map((f) => relative(root, f)).join(', ');
if (failed) process.exit(1);
console.log(`✓ ${html.length} pages load no tfjs up front; tfjs lives only in lazy chunks: ${lazy}`);
