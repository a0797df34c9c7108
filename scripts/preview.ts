// The built site under `vite preview`, for the benches that measure it in headless Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** `npm run build`, or a clear error naming the bench that needed it. */
export function buildSite(bench: string): void {
	const built = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
	if (built.status !== 0) throw new Error(`${bench}: npm run build failed`);
}

/** A port nothing listens on now (other previews may share this machine). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

async function waitFor(url: string, ms: number) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`preview: ${url} did not answer within ${ms} ms`);
}

export interface Preview {
	origin: string;
	stop(): void;
}

/**
 * Serves build/ on `port` and resolves once `path` answers. `node .../vite.js` rather than `npx vite`, so
 * that the process stopped is vite itself.
 */
export async function startPreview(port: number, path = '/', ms = 30_000): Promise<Preview> {
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'preview',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--strictPort'
		],
		{ stdio: 'ignore' }
	);
	const stop = () => void server.kill();
	try {
		await waitFor(`${origin}${path}`, ms);
	} catch (e) {
		stop();
		throw e;
	}
	return { origin, stop };
}
