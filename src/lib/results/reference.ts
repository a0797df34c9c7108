// The project's transcription of the paper (shared/reference/paper.md), which lives beside the checkout, not
// in it: tests read it as an independent record of what the paper prints. Node only (tests).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RELATIVE = 'reference/paper.md';

/** A local clone's origin (`git clone . /tmp/x` for a CI-like run): its shared/ is beside the original. */
function originDir(repo: string): string | undefined {
	try {
		const url = execFileSync('git', ['-C', repo, 'config', '--get', 'remote.origin.url'], {
			encoding: 'utf8'
		});
		return url.startsWith('/') ? url.trim() : undefined;
	} catch {
		return undefined;
	}
}

/**
 * `$SHARED_DIR/reference/paper.md`, else `../shared/` beside the repository, else beside a local clone's
 * origin; a clear error when none is there.
 */
export function readPaperReference(): string {
	const repo = fileURLToPath(new URL('../../../', import.meta.url));
	const origin = originDir(repo);
	const candidates = [process.env.SHARED_DIR, `${repo}../shared`, origin && `${origin}/../shared`].filter(
		(d): d is string => !!d
	);
	for (const dir of candidates) {
		const file = `${dir.replace(/\/$/, '')}/${RELATIVE}`;
		if (existsSync(file)) return readFileSync(file, 'utf8');
	}
	throw new Error(
		`shared/${RELATIVE} was not found (looked in ${candidates.join(', ')}): clone the project beside shared/, ` +
			'as CI does, or set SHARED_DIR to that folder.'
	);
}
