// Shared state of one <Steps>: its steps in document order, the one being read, and a Term's preview.
import { getContext, setContext } from 'svelte';
import type { FigureSpec } from './figure';

export interface Preview {
	network: string;
	variant?: string;
	path: string;
}

export class StepsState {
	/** Filled while the steps are created, before anything reads it: plain, not reactive. */
	readonly specs: FigureSpec[] = [];
	active = $state(0);
	/** A <Term> under the pointer or focus: its box is lit in the sticky figure too. */
	preview = $state<Preview | null>(null);

	/** Called by each <Step> as it is created (document order); returns its index. */
	register(spec: FigureSpec): number {
		this.specs.push(spec);
		return this.specs.length - 1;
	}
}

const KEY = Symbol('steps');

export const provideSteps = (state: StepsState) => setContext(KEY, state);
export const stepsContext = () => getContext<StepsState | undefined>(KEY);
