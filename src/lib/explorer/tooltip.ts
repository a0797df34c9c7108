// The compact lines shown over a diagram box: its name, shapes and cost in the metric on screen. Pure.
import type { Analysis } from '../analysis/analyse';
import { flopsOf, totalParams } from '../analysis/counts';
import type { CostMetric } from '../analysis/explain';
import { compact, count, shape } from '../analysis/format';
import type { Box } from '../diagram/types';
import { explorer as en } from '../i18n/en/explorer';

export function tooltipLines(
	box: Box,
	analysis: Analysis,
	metric: CostMetric,
	words: Pick<typeof en, 'tooltip'> = en
): string[] {
	const row = box.path === null ? undefined : analysis.trace.row(box.path);
	if (!row) return [box.label];
	const cost = metric === 'macs' ? `${compact(row.macs)} MACs` : `${compact(flopsOf(row.macs))} FLOPs`;
	return [
		box.role === 'part' ? box.label : row.label,
		`${shape(row.input)} → ${shape(row.output)}`,
		words.tooltip.params(count(totalParams(row.params)), cost)
	];
}
