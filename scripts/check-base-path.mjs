// `npm test`'s last step: the site builds under a sub-path (BASE_PATH), as a host like GitHub Pages needs.
// With a base path, kit's prerender crawl fails the build on any internal link that does not start with it
// (chapter links, the compare page's explorer links have both slipped before), so building is the check;
// then a few pages are read to see that their links and assets carry the base. Written to build-base/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';

const BASE = '/inception-explorer';
const OUT = 'build-base';

// kit's own output (what `vite preview` serves) is set aside and put back, so the site built before stays
// the one previewed.
const KIT = '.svelte-kit/output';
const kept =
	existsSync(KIT) &&
	(rmSync(`${KIT}-kept`, { recursive: true, force: true }), renameSync(KIT, `${KIT}-kept`), true);
const restore = () => {
	rmSync(OUT, { recursive: true, force: true });
	rmSync(KIT, { recursive: true, force: true });
	if (kept) renameSync(`${KIT}-kept`, KIT);
};

const started = Date.now();
const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
	stdio: ['ignore', 'ignore', 'inherit'],
	env: { ...process.env, BASE_PATH: BASE, BUILD_DIR: OUT }
});
if (built.status !== 0) {
	restore();
	console.error(`✗ the site does not build under BASE_PATH=${BASE} (the error above names the link)`);
	process.exit(1);
}

const problems = [];
for (const page of [
	'index.html',
	'read/overview/index.html',
	'compare/index.html',
	'ko/read/inception-v4/index.html'
]) {
	const html = readFileSync(`${OUT}/${page}`, 'utf8');
	const paths = [...html.matchAll(/\b(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
	const bare = paths.filter((p) => !p.startsWith(`${BASE}/`) && !p.startsWith('//'));
	if (!paths.length) problems.push(`${page}: no links at all`);
	if (bare.length) problems.push(`${page}: ${bare.slice(0, 3).join(', ')} lack ${BASE}`);
}
restore();
if (problems.length) {
	console.error(`✗ under BASE_PATH=${BASE}:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(
	`✓ the site builds under BASE_PATH=${BASE}, every link and asset below it (${((Date.now() - started) / 1000).toFixed(0)} s)`
);
