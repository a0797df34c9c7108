// npm run -s summary -- <network> [-v paper|released] [-i 299] [-c 1000] [-j] [-o file]
import { writeFileSync } from 'node:fs';
import { analyse } from '../lib/analysis/analyse';
import { summarise } from '../lib/analysis/summary';
import { NETWORK_IDS, lookup } from '../lib/networks/registry';
import { MAX_CLASSES, parseArgs } from './args';
import { MAX_INPUT } from '../lib/analysis/analyse';
import { renderTable } from './table';

const USAGE = `Usage: npm run -s summary -- <network> [options]
  -v, --variant paper|released   the network as drawn in the paper, or as released in code
  -i, --input N|HxW              input size, 1 to ${MAX_INPUT} per side (default 299)
  -c, --classes N                classifier size, 1 to ${MAX_CLASSES.toLocaleString('en-US')} (default 1000)
      --convention keras|pytorch what counts as a parameter (default keras)
  -j, --json                     the JSON document instead of the table
  -o, --output FILE              write to FILE instead of stdout
  -h, --help                     this text
Networks: ${NETWORK_IDS.join(', ')}
npm's -s keeps its own header lines off stdout, so the output there is the summary alone.`;

export type WriteFile = (path: string, text: string) => void;

/** Returns the exit code; all output goes through the writers (stdout, stderr, and the --output file). */
export function main(
	argv: readonly string[],
	out: (s: string) => void,
	err: (s: string) => void,
	writeFile: WriteFile = (path, text) => writeFileSync(path, text)
): number {
	const parsed = parseArgs(argv, NETWORK_IDS);
	if (!parsed.ok) {
		err(parsed.message);
		return 2;
	}
	if ('help' in parsed) {
		out(USAGE);
		return 0;
	}
	const { args } = parsed;
	const found = lookup(args.network, args.variant, args.classes);
	if (!found.ok) {
		err(found.message);
		return 2;
	}
	const result = analyse(found.network, args.input);
	if (!result.ok) {
		err(result.error.message);
		return 2;
	}
	const summary = summarise(result.analysis, found.variant, args.convention);
	const source = found.network.source;
	const cite =
		source.kind === 'paper'
			? `Paper, Figs ${source.figures.join(', ')}. ${source.note}`
			: `${source.code}. ${source.note}`;
	const text = args.json
		? JSON.stringify(summary, null, 2)
		: renderTable(summary, result.analysis.trace.root.ops, cite);
	if (args.output === undefined) {
		out(text);
		return 0;
	}
	try {
		writeFile(args.output, text + '\n');
	} catch (e) {
		err(`Could not write ${args.output}: ${e instanceof Error ? e.message : String(e)}`);
		return 1;
	}
	return 0;
}

if (process.argv[1] && /summary\.ts$/.test(process.argv[1])) {
	try {
		process.exitCode = main(
			process.argv.slice(2),
			(s) => process.stdout.write(s + '\n'),
			(s) => process.stderr.write(s + '\n')
		);
	} catch (e) {
		process.stderr.write(`summary failed: ${e instanceof Error ? e.message : String(e)}\n`);
		process.exitCode = 1;
	}
}
