// Parses `summary <network> [-v paper|released] [-i N|HxW] [-c N] [--convention keras|pytorch] [-j] [-o file]`.
// Every value is checked here, so whatever is accepted is honoured exactly (no silent rounding or defaults).
import type { ParamConvention } from '../lib/analysis/counts';
import { MAX_INPUT } from '../lib/analysis/analyse';

export interface SummaryArgs {
	network: string;
	variant?: string;
	input?: [number, number];
	classes: number;
	convention: ParamConvention;
	json: boolean;
	/** Write the output to this file instead of stdout. */
	output?: string;
}

export type Parsed =
	{ ok: true; args: SummaryArgs } | { ok: true; help: true } | { ok: false; message: string };

/** The largest classifier this CLI builds: far above any real label set, and every count stays exact. */
export const MAX_CLASSES = 1_000_000;

type Flag = 'help' | 'json' | 'variant' | 'input' | 'classes' | 'convention' | 'output';

// Long names, and the short ones a terminal user reaches for first.
const LONG: Record<string, Flag> = {
	'--help': 'help',
	'--json': 'json',
	'--variant': 'variant',
	'--input': 'input',
	'--classes': 'classes',
	'--convention': 'convention',
	'--output': 'output'
};
const SHORT: Record<string, Flag> = {
	'-h': 'help',
	'-j': 'json',
	'-v': 'variant',
	'-i': 'input',
	'-c': 'classes',
	'-o': 'output'
};
export const FLAG_LIST =
	'-h/--help, -j/--json, -v/--variant, -i/--input, -c/--classes, --convention, -o/--output';

/** A whole number from `min` to `max`, digits only (no signs, exponents or fractions), or undefined. */
function boundedInteger(text: string, min: number, max: number): number | undefined {
	if (!/^\d{1,16}$/.test(text)) return undefined;
	const n = Number(text);
	return n >= min && n <= max ? n : undefined;
}

const commas = (n: number) => n.toLocaleString('en-US');

export function parseArgs(argv: readonly string[], networks: readonly string[]): Parsed {
	const rest = [...argv];
	const positional: string[] = [];
	const args: Omit<SummaryArgs, 'network'> = { classes: 1000, convention: 'keras', json: false };
	while (rest.length) {
		const token = rest.shift() ?? '';
		if (!token.startsWith('-') || token === '-') {
			positional.push(token);
			continue;
		}
		const [name, inline] = token.split(/=(.*)/s, 2);
		const flag = LONG[name] ?? SHORT[name];
		if (!flag) return { ok: false, message: `Unknown flag "${name}". Flags: ${FLAG_LIST}.` };
		if (flag === 'help' || flag === 'json') {
			// `--json=false` must not print JSON: a switch takes =true or =false, nothing else.
			if (inline !== undefined && inline !== 'true' && inline !== 'false') {
				return {
					ok: false,
					message: `${name} is a switch: give it alone, or as ${name}=true / ${name}=false.`
				};
			}
			const on = inline !== 'false';
			if (flag === 'help' && on) return { ok: true, help: true };
			if (flag === 'json') args.json = on;
			continue;
		}
		// A value is the inline `=value` or the next word, never the next flag.
		const next = rest[0];
		const value = inline ?? (next !== undefined && !next.startsWith('-') ? rest.shift() : undefined);
		if (value === undefined || value === '') return { ok: false, message: needsValue(name, flag) };
		switch (flag) {
			case 'variant':
				args.variant = value;
				break;
			case 'input': {
				const m = /^(\d+)(?:x(\d+))?$/.exec(value);
				const h = m && boundedInteger(m[1], 1, MAX_INPUT);
				const w = m && boundedInteger(m[2] ?? m[1], 1, MAX_INPUT);
				if (!h || !w) {
					return {
						ok: false,
						message: `${name} takes a size like 299 or 320x240, each side from 1 to ${MAX_INPUT} (got "${value}").`
					};
				}
				args.input = [h, w];
				break;
			}
			case 'classes': {
				const n = boundedInteger(value, 1, MAX_CLASSES);
				if (!n) {
					return {
						ok: false,
						message: `${name} takes a whole number from 1 to ${commas(MAX_CLASSES)} (got "${value}").`
					};
				}
				args.classes = n;
				break;
			}
			case 'convention':
				if (value !== 'keras' && value !== 'pytorch') {
					return { ok: false, message: `${name} is keras or pytorch (got "${value}").` };
				}
				args.convention = value;
				break;
			case 'output':
				args.output = value;
				break;
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

function needsValue(name: string, flag: Exclude<Flag, 'help' | 'json'>): string {
	const what: Record<typeof flag, string> = {
		variant: 'paper or released',
		input: 'a size like 299 or 320x240',
		classes: 'a whole number such as 1000',
		convention: 'keras or pytorch',
		output: 'a file name'
	};
	return `${name} needs a value: ${what[flag]}.`;
}
