// npm run bench: speed and size targets, printed as values, ratios and verdicts (never timed tests).
//   npm run bench                 everything (builds the site for the explorer part)
//   npm run bench -- analysis     one part: analysis | tfjs | explorer | compare | reading | race | gpu
import { benchAnalysis } from './bench-analysis';
import { benchCompare } from './bench-compare';
import { benchExplorer } from './bench-explorer';
import { benchGpu, type GpuVerdict } from './bench-gpu';
import { benchLighthouse } from './bench-lighthouse';
import { benchRace } from './bench-race';
import { benchTfjs } from './bench-tfjs';

const PARTS: Record<string, () => Promise<GpuVerdict>> = {
	analysis: benchAnalysis,
	tfjs: () => benchTfjs(),
	explorer: () => benchExplorer(),
	compare: () => benchCompare(),
	// The explorer part has just built the site when both run.
	reading: () => benchLighthouse({ build: !explorerBuildsFirst() }),
	race: () => benchRace(),
	gpu: () => benchGpu()
};

const wanted = process.argv.slice(2);
function explorerBuildsFirst(): boolean {
	return wanted.length === 0 || wanted.includes('explorer');
}
const unknown = wanted.filter((p) => !(p in PARTS));
if (unknown.length) {
	console.error(`Unknown part ${unknown.join(', ')}. Parts: ${Object.keys(PARTS).join(', ')}.`);
	process.exit(2);
}

const results: [string, GpuVerdict][] = [];
for (const name of wanted.length ? wanted : Object.keys(PARTS)) results.push([name, await PARTS[name]()]);

console.log('\n## Verdicts');
for (const [name, ok] of results)
	console.log(
		`${name.padEnd(10)} ${ok === 'skipped' ? 'skipped (see above)' : ok ? 'all targets met' : 'some targets missed'}`
	);
