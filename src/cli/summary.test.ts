import { describe, expect, it } from 'vitest';
import { main } from './summary';

function run(...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = main(
		argv,
		(s) => (stdout += s + '\n'),
		(s) => (stderr += s + '\n')
	);
	return { code, stdout, stderr };
}

describe('summary --json', () => {
	it.each([
		['inception-v4', undefined, 42_711_400],
		['inception-v4', 'released', 42_711_400],
		['inception-resnet-v2', 'released', 55_873_736],
		['inception-v3', undefined, 23_851_784]
	])('%s %s prints the document with the public total', (network, variant, params) => {
		const r = run(network, ...(variant ? ['--variant', variant] : []), '--json');
		expect(r.code).toBe(0);
		expect(r.stderr).toBe('');
		const doc = JSON.parse(r.stdout);
		expect(doc).toMatchObject({ network, input: [299, 299, 3], classes: 1000, output: [1000] });
		expect(doc.totals.params).toBe(params);
		expect(doc.totals.flops).toBe(2 * doc.totals.macs);
		expect(doc.totals.params).toBe(doc.totals.trainableParams + doc.totals.nonTrainableParams);
		for (const key of ['activationBytes', 'peakActivationBytes']) expect(doc.totals[key]).toBeGreaterThan(0);
		expect(doc.receptiveField.size).toHaveLength(2);
		expect(doc.receptiveField.stride).toEqual([32, 32]);
		// Blocks are the top-level parts with repeats expanded; they add up to the totals.
		expect(doc.blocks.reduce((s: number, b: { params: number }) => s + b.params, 0)).toBe(params);
		expect(doc.blocks.reduce((s: number, b: { macs: number }) => s + b.macs, 0)).toBe(doc.totals.macs);
		expect(doc.layers.reduce((s: number, b: { params: number }) => s + b.params, 0)).toBe(params);
		expect(doc.blocks.at(-1).path).toBe('logits');
	});

	it('expands repeats: Inception-v4 has 4 + 7 + 3 block rows, each its own copy', () => {
		const doc = JSON.parse(run('inception-v4', '--json').stdout);
		const paths: string[] = doc.blocks.map((b: { path: string }) => b.path);
		expect(paths.filter((p) => p.startsWith('inceptionA/'))).toEqual([
			'inceptionA/1',
			'inceptionA/2',
			'inceptionA/3',
			'inceptionA/4'
		]);
		expect(paths.filter((p) => p.startsWith('inceptionB/'))).toHaveLength(7);
		expect(paths.filter((p) => p.startsWith('inceptionC/'))).toHaveLength(3);
		expect(paths[0]).toBe('stem');
	});

	it('takes --input, --classes and the PyTorch convention', () => {
		const doc = JSON.parse(
			run(
				'inception-resnet-v2',
				'--variant',
				'released',
				'--input',
				'331',
				'--classes',
				'1001',
				'--convention',
				'pytorch',
				'--json'
			).stdout
		);
		expect(doc.input).toEqual([331, 331, 3]);
		expect(doc.output).toEqual([1001]);
		expect(doc.totals.nonTrainableParams).toBe(0);
		const stem = doc.blocks.find((b: { path: string }) => b.path === 'stem');
		expect(stem.output).toEqual([39, 39, 320]);
	});
});

describe('summary table', () => {
	it('shows a row per block and totals with units and conventions', () => {
		const r = run('inception-resnet-v1');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/Inception-ResNet-A 5\/5/);
		expect(r.stdout).toMatch(/Total params:\s+[\d,]+/);
		expect(r.stdout).toMatch(/FLOPs:.*2 x MACs/);
		expect(r.stdout).toMatch(/moving mean and variance/);
	});
});

describe('bad input: exit 2 and one line naming the choices', () => {
	it.each([
		[['inception-v5'], /inception-v4, inception-resnet-v1, inception-resnet-v2, inception-v3/],
		[['inception-resnet-v1', '--variant', 'released'], /paper/],
		[['inception-v4', '--frobnicate'], /--variant/],
		[['inception-v4', '--input', 'big'], /299/],
		[['inception-v4', '--input', '40'], /75x75/],
		[['inception-v4', '--classes', '0'], /whole number/],
		[[], /inception-v4/]
	])('%j', (argv, message) => {
		const r = run(...argv);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(message);
	});
});

describe('flags as a terminal user types them', () => {
	it.each([['-h'], ['--help'], ['inception-v4', '-h'], ['--help=true']])('%j prints the usage', (...argv) => {
		const r = run(...argv);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe('');
		expect(r.stdout).toMatch(/^Usage: npm run -s summary -- <network>/);
		for (const flag of ['-h, --help', '-j, --json', '-v, --variant', '-i, --input', '-c, --classes']) {
			expect(r.stdout).toContain(flag);
		}
	});

	it('short flags mean what the long ones do', () => {
		const long = run(
			'inception-resnet-v2',
			'--variant',
			'released',
			'--input',
			'331',
			'--classes',
			'1001',
			'--json'
		);
		const short = run('inception-resnet-v2', '-v', 'released', '-i', '331', '-c', '1001', '-j');
		const inline = run('-j', '-v=released', '-i=331', '-c=1001', 'inception-resnet-v2');
		expect(long.code).toBe(0);
		expect(short).toEqual(long);
		expect(inline).toEqual(long);
		expect(JSON.parse(short.stdout)).toMatchObject({
			variant: 'released',
			input: [331, 331, 3],
			output: [1001]
		});
	});

	it('--json=false prints the table, --json=true the document', () => {
		expect(run('inception-v4', '--json=false')).toEqual(run('inception-v4'));
		expect(run('inception-v4', '--json=true')).toEqual(run('inception-v4', '--json'));
		expect(run('inception-v4', '--json=false').stdout).toMatch(/Total params:/);
	});

	it('takes the largest classifier it allows, exactly', () => {
		const doc = JSON.parse(run('inception-v4', '-c', '1000000', '-j').stdout);
		expect(doc.output).toEqual([1_000_000]);
		const logits = doc.blocks.find((b: { path: string }) => b.path === 'logits');
		expect(logits.params).toBe(1536 * 1_000_000 + 1_000_000);
	});

	it('--output writes the document to a file and nothing to stdout', () => {
		const files = new Map<string, string>();
		let stdout = '';
		const code = main(
			['inception-v4', '-j', '-o', 'summary.json'],
			(s) => (stdout += s),
			() => {},
			(path, text) => files.set(path, text)
		);
		expect(code).toBe(0);
		expect(stdout).toBe('');
		expect(JSON.parse(files.get('summary.json') ?? '').totals.params).toBe(42_711_400);
	});

	it('an --output file that cannot be written is exit 1 with the reason', () => {
		const r = { err: '' };
		const code = main(
			['inception-v4', '--output', '/no/such/dir/x.json'],
			() => {},
			(s) => (r.err += s),
			() => {
				throw new Error('ENOENT: no such file or directory');
			}
		);
		expect(code).toBe(1);
		expect(r.err).toMatch(/Could not write \/no\/such\/dir\/x\.json: ENOENT/);
	});
});

describe('values that cannot be honoured exactly are refused: exit 2, one line', () => {
	it.each([
		[
			['inception-v4', '--classes', '99999999999999999999'],
			/--classes takes a whole number from 1 to 1,000,000/
		],
		[['inception-v4', '-c', '1000001'], /-c takes a whole number from 1 to 1,000,000 \(got "1000001"\)/],
		[['inception-v4', '-c', '1e3'], /whole number/],
		[['inception-v4', '-c', '-5'], /-c needs a value/],
		[['inception-v4', '--classes', '10.5'], /whole number/],
		[['inception-v4', '-i', '99999999999999999999'], /from 1 to 4096/],
		[['inception-v4', '-i', '5000x299'], /from 1 to 4096/],
		[['inception-v4', '--json=no'], /--json is a switch/],
		[['inception-v4', '-h=yes'], /-h is a switch/],
		[['inception-v4', '--variant', '--json'], /--variant needs a value: paper or released/],
		[['inception-v4', '-v'], /-v needs a value/],
		[['inception-v4', '-o'], /-o needs a value: a file name/],
		[['inception-v4', '-x'], /Unknown flag "-x"\. Flags: -h\/--help, -j\/--json/],
		[['inception-v4', 'inception-v3'], /Name one network, not 2/]
	])('%j', (argv, message) => {
		const r = run(...argv);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(message);
	});
});
