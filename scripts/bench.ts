// npm run bench: speed and size targets, printed as values, ratios and verdicts (never timed tests).
import { benchAnalysis } from './bench-analysis';

const results: [string, boolean][] = [];
results.push(['analysis', await benchAnalysis()]);

console.log('\n## Verdicts');
for (const [name, ok] of results)
	console.log(`${name.padEnd(12)} ${ok ? 'all targets met' : 'some targets missed'}`);
