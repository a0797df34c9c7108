// The terminal table: one row per top-level block, then totals with units and conventions spelled out.
import { CONVENTION_TEXT, type Summary } from '../lib/analysis/summary';
import { bytes, compact, count, shape } from '../lib/analysis/format';
import { sumOps, type ElementOps } from '../lib/analysis/counts';

function pad(text: string, width: number, right = false): string {
	return right ? text.padStart(width) : text.padEnd(width);
}

export function renderTable(s: Summary, ops: ElementOps, source: string): string {
	const cols = [
		{ title: 'Block', width: Math.max(5, ...s.blocks.map((b) => b.label.length)) },
		{ title: 'Path', width: Math.max(4, ...s.blocks.map((b) => b.path.length)) },
		{ title: 'Output shape', width: 14 },
		{ title: 'Params', width: 12, right: true },
		{ title: 'MACs', width: 15, right: true }
	];
	const line = (cells: string[]) => cells.map((c, i) => pad(c, cols[i].width, cols[i].right)).join('  ');
	const width = cols.reduce((w, c) => w + c.width, 0) + 2 * (cols.length - 1);
	const rule = (ch: string) => ch.repeat(width);
	const t = s.totals;
	const out = [
		`${s.label} (${s.variant}) — input ${shape(s.input)}, ${count(s.classes)} classes`,
		source,
		rule('─'),
		line(cols.map((c) => c.title)),
		rule('─'),
		...s.blocks.map((b) => line([b.label, b.path, shape(b.output), count(b.params), count(b.macs)])),
		rule('═'),
		`Total params:          ${pad(count(t.params), 16, true)}  (${compact(t.params)})`,
		`  Trainable:           ${pad(count(t.trainableParams), 16, true)}`,
		`  Non-trainable:       ${pad(count(t.nonTrainableParams), 16, true)}  ${s.convention.params === 'keras' ? '(BatchNorm moving mean and variance)' : ''}`.trimEnd(),
		`MACs:                  ${pad(count(t.macs), 16, true)}  (${compact(t.macs)}MAC)`,
		`FLOPs:                 ${pad(count(t.flops), 16, true)}  (${compact(t.flops)}FLOP = ${CONVENTION_TEXT.flops})`,
		`Element ops:           ${pad(count(sumOps(ops)), 16, true)}  (BN ${compact(ops.batchNorm)}, ReLU ${compact(ops.activation)}, pool ${compact(ops.pool)}, add ${compact(ops.add)}, scale ${compact(ops.scale)}, bias ${compact(ops.bias)}, softmax ${compact(ops.softmax)})`,
		`Activations:           ${pad(bytes(t.activationBytes), 16, true)}  every tensor produced; peak live at once ${bytes(t.peakActivationBytes)}`,
		`Receptive field:       ${pad(`${s.receptiveField.size[0]}x${s.receptiveField.size[1]} px`, 16, true)}  stride ${s.receptiveField.stride[0]}x${s.receptiveField.stride[1]}, at the last grid`,
		rule('─'),
		`Params: ${s.convention.params === 'keras' ? CONVENTION_TEXT.params : 'PyTorch convention: BatchNorm gamma + beta trainable, moving statistics not counted'}.`,
		`MACs: ${CONVENTION_TEXT.macs}.`,
		`Memory: ${CONVENTION_TEXT.bytes}.`
	];
	return out.join('\n');
}
