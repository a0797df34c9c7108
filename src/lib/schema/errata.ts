// The paper's errata that touch a network definition: what it prints, what works, and why.
// Their arithmetic is computed from the trace where they are shown; these texts only name them.
import type { ErratumId } from './types';

export interface Erratum {
	id: ErratumId;
	/** Where the paper prints it. */
	where: string;
	title: string;
	/** Why the printed value cannot be used, in one sentence (numbers come from the trace). */
	why: string;
	/**
	 * Whether the printed value, put in place of the one used, leaves every output shape, parameter and MAC
	 * count as it is: true where it only turns a kernel's orientation (E3, E4), though what the layer sees changes.
	 */
	costNeutral: boolean;
}

/** What a reader is told about an erratum, in one language (the Korean ones are in src/lib/i18n/ko/read.ts). */
export type ErratumText = Pick<Erratum, 'where' | 'title' | 'why'>;

export const ERRATA: Record<ErratumId, Erratum> = {
	E1: {
		id: 'E1',
		where: 'Figure 3',
		title: 'Missing stride in the stem',
		why: 'Without stride 2, the 3x3 convolution keeps a 69x69 grid while its max-pool partner halves to 35x35, so the two cannot be concatenated; the released code uses stride 2.',
		costNeutral: false
	},
	E3: {
		id: 'E3',
		where: 'Figure 5',
		title: '1x7 printed twice in Inception-B',
		why: 'Two 1x7 convolutions in a row never widen the view vertically; the released code factorises a 7x7 as 1x7 then 7x1.',
		costNeutral: true
	},
	E4: {
		id: 'E4',
		where: 'Figures 3, 5 and 6',
		title: 'Factorised convolutions in the opposite order',
		why: 'The figures draw some 1xn / nx1 pairs in the reverse order of the released code; parameters and MACs are the same either way.',
		costNeutral: true
	},
	E5: {
		id: 'E5',
		where: 'Figure 17',
		title: '1154 filters in Inception-ResNet-B (v2)',
		why: 'The up-projection is added to the block input, so it must be exactly as wide as that input.',
		costNeutral: false
	},
	E6: {
		id: 'E6',
		where: 'Figure 19',
		title: '2048 filters in Inception-ResNet-C (v2)',
		why: 'The up-projection is added to the block input, so it must be exactly as wide as that input.',
		costNeutral: false
	}
};
