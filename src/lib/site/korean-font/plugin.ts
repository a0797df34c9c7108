// Vite plugin: generates the Korean web font (generate.ts) before anything is built or served, so a fresh
// clone needs no extra step, and, in dev, again when a source's Korean characters change.
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { ensureKoreanFont, outputDir } from './generate.ts';

export function koreanFont(): Plugin {
	let root = process.cwd();
	let running: Promise<unknown> = Promise.resolve();
	const generate = async (log: (message: string) => void) => {
		const started = Date.now();
		const font = await ensureKoreanFont(root);
		if (font.generated)
			log(
				`korean-font: ${font.codePoints.length} characters, ${(font.bytes.font / 1024).toFixed(1)} KB ` +
					`(+ ${(font.bytes.switch / 1024).toFixed(1)} KB for the language switch) in ${Date.now() - started} ms`
			);
		return font;
	};
	return {
		name: 'korean-font',
		async configResolved(config) {
			root = config.root;
			await generate((m) => config.logger.info(m));
		},
		configureServer(server) {
			const generated = outputDir(root);
			let timer: ReturnType<typeof setTimeout> | undefined;
			server.watcher.on('change', (file) => {
				const path = relative(root, file);
				if (file.startsWith(generated) || !/^(content|src)$/.test(path.split(sep)[0])) return;
				clearTimeout(timer);
				timer = setTimeout(() => {
					running = running
						.then(() => generate((m) => server.config.logger.info(m)))
						.then((font) => font.generated && server.ws.send({ type: 'full-reload' }))
						.catch((error: unknown) => server.config.logger.error(`korean-font: ${String(error)}`));
				}, 300);
			});
		}
	};
}
