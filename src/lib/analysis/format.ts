// Numbers as people read them. One place, so the CLI, the tables and the prose agree.
import type { Locale } from '../i18n/locale';
import type { Shape } from '../schema/types';

const grouped = new Intl.NumberFormat('en-US');

/** 42711400 → "42,711,400". */
export function count(n: number): string {
	return grouped.format(n);
}

/** 42711400 → "42.71 M"; 12254000000 → "12.25 G". */
export function compact(n: number, digits = 2): string {
	const abs = Math.abs(n);
	for (const [size, unit] of [
		[1e12, 'T'],
		[1e9, 'G'],
		[1e6, 'M'],
		[1e3, 'k']
	] as const) {
		if (abs >= size) return `${(n / size).toFixed(digits)} ${unit}`;
	}
	return String(n);
}

/** Binary units for memory: 8941568 → "8.53 MiB". */
export function bytes(n: number): string {
	const abs = Math.abs(n);
	for (const [size, unit] of [
		[2 ** 30, 'GiB'],
		[2 ** 20, 'MiB'],
		[2 ** 10, 'KiB']
	] as const) {
		if (abs >= size) return `${(n / size).toFixed(2)} ${unit}`;
	}
	return `${n} B`;
}

/** 0.3124 → "31.2%"; tiny but not zero → "<0.1%". */
export function percent(fraction: number): string {
	if (fraction === 0) return '0%';
	if (fraction < 0.001) return '<0.1%';
	return `${(fraction * 100).toFixed(1)}%`;
}

/** [35, 35, 384] → "35x35x384". */
export function shape(s: Shape): string {
	return s.join('x');
}

/** The units a difference is written in: the unit of the number it sits beside. */
export type DeltaUnit = 'params' | 'macs' | 'flops' | 'ops' | 'bytes' | 'px';

/** The words after a difference, by language: units stay as printed, counted things are named. */
const UNIT_WORDS: Record<Locale, Record<'params' | 'ops', string>> = {
	en: { params: 'params', ops: 'ops' },
	ko: { params: '매개변수', ops: '연산' }
};

const magnitude = (unit: DeltaUnit, n: number, locale: Locale): string => {
	switch (unit) {
		case 'params':
		case 'ops':
			return `${compact(n)} ${UNIT_WORDS[locale][unit]}`;
		case 'macs':
			return `${compact(n)} MACs`;
		case 'flops':
			return `${compact(n)} FLOPs`;
		case 'bytes':
			return bytes(n);
		case 'px':
			return `${count(n)} px`;
	}
};

/** A signed difference in its unit: "+1.30 M params", "−629.50 KiB", "+96 px", "±0 px". */
export function delta(n: number, unit: DeltaUnit, locale: Locale = 'en'): string {
	if (n === 0) return `±${magnitude(unit, 0, locale)}`;
	return `${n > 0 ? '+' : '−'}${magnitude(unit, Math.abs(n), locale)}`;
}
