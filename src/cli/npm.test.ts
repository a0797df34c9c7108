// The CLI as a terminal user runs it, through npm: npm's errors are visible, and `npm run -s` leaves
// stdout to the summary alone.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const npm = (...args: string[]) =>
	spawnSync('npm', args, { encoding: 'utf8', env: { ...process.env, CI: '1' } });

describe('through npm', () => {
	it('a mistyped script name fails with npm’s message, not in silence', () => {
		const r = npm('run', 'tset');
		expect(r.status).not.toBe(0);
		expect(r.stderr).toMatch(/Missing script: "tset"/);
	});

	it('npm run -s summary -- <network> -j prints only the JSON document on stdout', () => {
		const r = npm('run', '-s', 'summary', '--', 'inception-v4', '-j');
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).totals.params).toBe(42_711_400);
	});
});
