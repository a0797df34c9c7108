// The comparison as a table: one row per network, each column with its unit; CSV and JSON exports that say
// how everything was counted.
import { CONVENTION_TEXT } from '../analysis/summary';
import { STAGES, STAGE_LABELS, type Stage } from './stages';
import type { Column } from './compare';

export interface ColumnSpec {
	id: string;
	header: string;
	unit: string;
	value: (c: Column) => string | number;
}

const ok = <T>(c: Column, f: (x: Extract<Column, { ok: true }>['compared']) => T): T | '' =>
	c.ok ? f(c.compared) : '';

const stageOutput = (stage: Stage) => (c: Column) =>
	ok(c, (x) => x.stages.find((s) => s.stage === stage)?.output.join('x') ?? '');

export const COLUMNS: readonly ColumnSpec[] = [
	{ id: 'network', header: 'network', unit: 'id', value: (c) => c.subject.network.id },
	{ id: 'variant', header: 'variant', unit: 'paper | released', value: (c) => c.subject.network.variant },
	{ id: 'label', header: 'label', unit: 'text', value: (c) => c.subject.name },
	{ id: 'input', header: 'input', unit: 'px (square)', value: (c) => c.size },
	{
		id: 'status',
		header: 'status',
		unit: 'ok, or why the input cannot work',
		value: (c) => (c.ok ? 'ok' : c.message)
	},
	{
		id: 'paramsKeras',
		header: 'params_keras',
		unit: 'count (Keras convention)',
		value: (c) => ok(c, (x) => x.params.keras)
	},
	{
		id: 'paramsPytorch',
		header: 'params_pytorch',
		unit: 'count (PyTorch convention)',
		value: (c) => ok(c, (x) => x.params.pytorch)
	},
	{
		id: 'trainable',
		header: 'trainable_keras',
		unit: 'count (Keras convention)',
		value: (c) => ok(c, (x) => x.params.trainable)
	},
	{
		id: 'nonTrainable',
		header: 'non_trainable_keras',
		unit: 'count (Keras convention)',
		value: (c) => ok(c, (x) => x.params.nonTrainable)
	},
	{ id: 'macs', header: 'macs', unit: 'multiply-accumulates per image', value: (c) => ok(c, (x) => x.macs) },
	{ id: 'flops', header: 'flops', unit: 'FLOPs per image (2 x MACs)', value: (c) => ok(c, (x) => x.flops) },
	{
		id: 'activationBytes',
		header: 'activation_bytes',
		unit: 'bytes, float32, batch 1, every tensor',
		value: (c) => ok(c, (x) => x.activationBytes)
	},
	{
		id: 'peakBytes',
		header: 'peak_activation_bytes',
		unit: 'bytes, float32, batch 1, alive at once',
		value: (c) => ok(c, (x) => x.peakActivationBytes)
	},
	{
		id: 'depth',
		header: 'depth_longest_path',
		unit: 'conv, pool and dense layers',
		value: (c) => ok(c, (x) => x.depth.longest)
	},
	{
		id: 'weighted',
		header: 'depth_weighted',
		unit: 'conv and dense layers on the longest path',
		value: (c) => ok(c, (x) => x.depth.weighted)
	},
	{
		id: 'layers',
		header: 'layers',
		unit: 'conv, pool and dense layers in all',
		value: (c) => ok(c, (x) => x.depth.layers)
	},
	{
		id: 'rf',
		header: 'receptive_field',
		unit: 'px (height x width) at the last grid',
		value: (c) => ok(c, (x) => `${x.receptiveField.h}x${x.receptiveField.w}`)
	},
	{ id: 'smallest', header: 'smallest_input', unit: 'px (square)', value: (c) => c.subject.smallest ?? '' },
	...STAGES.map((stage) => ({
		id: `output-${stage}`,
		header: `output_${stage}`,
		unit: `shape after ${STAGE_LABELS[stage]}`,
		value: stageOutput(stage)
	}))
];

function cell(value: string | number): string {
	const text = String(value);
	return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function compareCsv(columns: readonly Column[]): string {
	const lines = [COLUMNS.map((c) => c.header), ...columns.map((col) => COLUMNS.map((c) => c.value(col)))];
	return lines.map((l) => l.map(cell).join(',')).join('\n') + '\n';
}

export function compareJson(columns: readonly Column[]): string {
	return (
		JSON.stringify(
			{
				convention: { ...CONVENTION_TEXT, pytorchParams: 'BatchNorm gamma and beta, no moving statistics' },
				units: Object.fromEntries(COLUMNS.map((c) => [c.header, c.unit])),
				networks: columns.map((col) => ({
					...Object.fromEntries(COLUMNS.map((c) => [c.header, c.value(col)])),
					stages: col.ok
						? col.compared.stages.map((s) => ({
								stage: s.stage,
								parts: s.parts,
								output: s.output,
								macs: s.macs
							}))
						: []
				}))
			},
			null,
			2
		) + '\n'
	);
}
