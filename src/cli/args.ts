// Parses `summary <network> [--variant v] [--input N|HxW] [--classes N] [--convention keras|pytorch] [--json]`.
import type { ParamConvention } from '../lib/analysis/counts';

export interface SummaryArgs {
	network: string;
	variant?: string;
	input?: [number, number];
	classes: number;
	convention: ParamConvention;
	json: boolean;
}

export type Parsed =
	{ ok: true; args: SummaryArgs } | { ok: true; help: true } | { ok: false; message: string };

const FLAGS = ['--variant', '--input', '--classes', '--convention', '--json', '--help'];

function wholeNumber(text: string): number | undefined {
	return /^\d+$/.test(text) ? Number(text) : undefined;
}

export function parseArgs(argv: readonly string[], networks: readonly string[]): Parsed {
	const rest = [...argv];
	const positional: string[] = [];
	const args: Partial<SummaryArgs> & { classes: number; convention: ParamConvention; json: boolean } = {
		classes: 1000,
		convention: 'keras',
		json: false
	};
	while (rest.length) {
		const token = rest.shift()!;
		if (!token.startsWith('--')) {
			positional.push(token);
			continue;
		}
		const [flag, inline] = token.split(/=(.*)/s, 2);
		const value = () => inline ?? rest.shift();
		switch (flag) {
			case '--help':
				return { ok: true, help: true };
			case '--json':
				args.json = true;
				break;
			case '--variant': {
				const v = value();
				if (!v) return { ok: false, message: '--variant needs a value: paper or released.' };
				args.variant = v;
				break;
			}
			case '--input': {
				const v = value() ?? '';
				const m = /^(\d+)(?:x(\d+))?$/.exec(v);
				if (!m) return { ok: false, message: `--input takes a size like 299 or 320x240 (got "${v}").` };
				args.input = [Number(m[1]), Number(m[2] ?? m[1])];
				break;
			}
			case '--classes': {
				const v = value() ?? '';
				const n = wholeNumber(v);
				if (!n) return { ok: false, message: `--classes takes a whole number of at least 1 (got "${v}").` };
				args.classes = n;
				break;
			}
			case '--convention': {
				const v = value();
				if (v !== 'keras' && v !== 'pytorch') {
					return { ok: false, message: `--convention is keras or pytorch (got "${v ?? ''}").` };
				}
				args.convention = v;
				break;
			}
			default:
				return { ok: false, message: `Unknown flag "${flag}". Flags: ${FLAGS.join(', ')}.` };
		}
	}
	if (positional.length !== 1) {
		return {
			ok: false,
			message:
				positional.length === 0
					? `Name a network: ${networks.join(', ')}.`
					: `Name one network, not ${positional.length} (${positional.join(' ')}). Choose one of: ${networks.join(', ')}.`
		};
	}
	return { ok: true, args: { ...args, network: positional[0] } };
}
