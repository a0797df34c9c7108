// One error rate the paper reports, for prose: read from the typed results (src/lib/results/reported.ts).
import { ENSEMBLE_TEST_TOP5, TABLES, type TableNumber } from '../results/reported';

export interface ReportedQuery {
	/** A table row by its printed name, or `test` for the ensemble's score on the ILSVRC test set. */
	table?: TableNumber;
	row?: string;
	metric?: 'top1' | 'top5';
	test?: boolean;
}

const percent = (n: number) => `${n.toFixed(n < 10 && !Number.isInteger(n * 10) ? 2 : 1)}%`;

/** The value as text (`5.0%`); throws on a row or cell the table does not have. */
export function reported({ table, row, metric = 'top5', test = false }: ReportedQuery): string {
	if (test) return percent(ENSEMBLE_TEST_TOP5);
	if (table === undefined || row === undefined) throw new Error('<Reported>: give table={2..5} and row="..." (or test).');
	const rows = TABLES[table];
	if (!rows) throw new Error(`<Reported>: there is no Table ${table}; the results are Tables 2 to 5.`);
	const found = rows.find((r) => r.printed === row);
	if (!found) {
		throw new Error(`<Reported>: Table ${table} has no row "${row}" (rows: ${rows.map((r) => r.printed).join(', ')}).`);
	}
	const value = found[metric];
	if (value === null) throw new Error(`<Reported>: Table ${table} prints a dash for ${row}'s ${metric}.`);
	return percent(value);
}
