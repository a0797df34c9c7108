// npm run summary -- <network> [--variant paper|released] [--input 299] [--classes 1000] [--json]
import { analyse } from '../lib/analysis/analyse';
import { summarise } from '../lib/analysis/summary';
import { NETWORK_IDS, lookup } from '../lib/networks/registry';
import { parseArgs } from './args';
import { renderTable } from './table';

const USAGE = `Usage: npm run summary -- <network> [--variant paper|released] [--input 299|HxW] [--classes 1000] [--convention keras|pytorch] [--json]
Networks: ${NETWORK_IDS.join(', ')}`;

/** Returns the exit code; all output goes through the two writers. */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
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
	if (args.json) {
		out(JSON.stringify(summary, null, 2));
	} else {
		const source = found.network.source;
		const cite =
			source.kind === 'paper'
				? `Paper, Figs ${source.figures.join(', ')}. ${source.note}`
				: `${source.code}. ${source.note}`;
		out(renderTable(summary, result.analysis.trace.root.ops, cite));
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
