import { describe, expect, it } from 'vitest';
import { afterHydration } from './deferred';

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('afterHydration', () => {
	it('builds nothing at once, then each part in order, in a task of its own', async () => {
		const log: string[] = [];
		afterHydration(() => {
			log.push('table');
			// A microtask of the first build runs before the second build: they are separate tasks.
			queueMicrotask(() => log.push('table flushed'));
		});
		afterHydration(() => log.push('run controls'));
		expect(log).toEqual([]);
		await tick();
		expect(log).toEqual(['table', 'table flushed', 'run controls']);
	});

	it('takes parts queued after the queue has emptied', async () => {
		const log: string[] = [];
		afterHydration(() => log.push('first'));
		await tick();
		afterHydration(() => log.push('later'));
		expect(log).toEqual(['first']);
		await tick();
		expect(log).toEqual(['first', 'later']);
	});
});
