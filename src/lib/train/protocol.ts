// What the page and a training Worker say to each other. Plain data only: it crosses postMessage.
import type { MiniKind, MiniOptions } from '../networks/mini';
import type { Failure } from './failure';

export interface TrainConfig {
	net: MiniOptions;
	/** Seeds the data and the initial weights. */
	seed: number;
	learningRate: number;
	batchSize: number;
	/** Stop after this many steps. */
	maxSteps: number;
	/** Also report the last block's dead channels and activation statistics (the dying demo). */
	watch: boolean;
}

export interface InitConfig {
	depth: number;
	width: number;
	seed: number;
	batchSize: number;
	/** One stack per entry: 'plain', or a residual stack at this scale. */
	stacks: readonly InitStack[];
}
export type InitStack = { kind: 'plain' } | { kind: 'residual'; scale: number };

/** The last block's output over one batch. */
export interface Activity {
	/** Share of channels that are zero at every position of every image (ReLU never fires). */
	dead: number;
	mean: number;
	rms: number;
}

export interface StepReport {
	step: number;
	/** Before this step's update, on a batch the network has never seen. */
	loss: number;
	accuracy: number;
	/** This step's wall time in the Worker. */
	ms: number;
	/** Since the run started, pauses excluded. */
	elapsedMs: number;
	activity?: Activity;
}

export interface InitResult {
	stack: InitStack;
	/** Per block, 1 to depth. */
	rms: number[];
	gradNorm: number[];
}

export type ToWorker =
	| { type: 'train'; config: TrainConfig }
	| { type: 'pause' }
	| { type: 'resume' }
	| { type: 'init'; config: InitConfig }
	| { type: 'stop' };

export type FromWorker =
	| { type: 'ready'; backend: string; wasm: boolean; params: { trainable: number; nonTrainable: number } }
	| { type: 'step'; report: StepReport }
	| { type: 'finished'; steps: number }
	| { type: 'init'; results: InitResult[]; backend: string; wasm: boolean }
	| { type: 'stopped'; tensorsLeft: number }
	| { type: 'error'; failure: Failure };

export type { MiniKind };
