// The typed tables against the paper as transcribed in ../shared/reference/paper.md (an independent record).
import { readPaperReference } from './reference';
import { describe, expect, it } from 'vitest';
import { lookup } from '../networks/registry';
import { TABLES, modelCount, type Reported, type TableNumber } from './reported';

const paper = readPaperReference();

/** The rows of "Table N — ..." in paper.md: cells of each markdown row after the header. */
function transcribed(n: TableNumber): string[][] {
	const start = paper.indexOf(`Table ${n} —`);
	const lines = paper.slice(start).split('\n').slice(1);
	const rows = lines.slice(lines.findIndex((l) => l.startsWith('|')));
	const table = rows.slice(
		0,
		rows.findIndex((l) => !l.startsWith('|'))
	);
	return table.slice(2).map((l) =>
		l
			.split('|')
			.slice(1, -1)
			.map((c) => c.trim())
	);
}

const percent = (cell: string) => (cell === '–' ? null : Number(cell.replace('%', '')));
const name = (cell: string) => cell.replace(/\s*\[\d+\]/, '');

describe.each([2, 3, 4, 5] as const)('Table %i', (n) => {
	const rows: readonly Reported[] = TABLES[n];
	const printed = transcribed(n);

	it('has the transcribed rows, names and errors', () => {
		expect(rows.map((r) => r.printed)).toEqual(printed.map((c) => name(c[0])));
		for (const [i, row] of rows.entries()) {
			const cells = printed[i];
			expect([row.top1, row.top5]).toEqual([percent(cells.at(-2)!), percent(cells.at(-1)!)]);
			expect(row.provenance.table).toBe(n);
		}
	});

	it('has the transcribed crops (Tables 3, 4) and model counts (Table 5)', () => {
		for (const [i, row] of rows.entries()) {
			const cell = printed[i][1];
			if (n === 3 || n === 4) {
				expect(row.crops.kind === 'dense' ? 'dense' : String(row.crops.count)).toBe(cell);
			}
			if (n === 5) expect(String(modelCount(row))).toBe(cell);
		}
	});

	it('names only networks the registry defines', () => {
		for (const row of rows)
			for (const { subject } of row.members)
				if (subject.kind === 'defined') expect(lookup(subject.id, subject.variant).ok).toBe(true);
	});
});
