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
	 * False where nothing is printed (E2, E8): only the definition's own choice fixes the shapes.
	 */
	costNeutral: boolean;
}

/** What a reader is told about an erratum, in one language (other languages: `explain.errata` of their catalogue). */
export type ErratumText = Pick<Erratum, 'where' | 'title' | 'why'>;

export const ERRATA: Record<ErratumId, Erratum> = {
	E1: {
		id: 'E1',
		where: 'Figure 3',
		title: 'Missing stride in the stem',
		why: 'Without stride 2, the 3x3 convolution keeps a 69x69 grid while its max-pool partner halves to 35x35, so the two cannot be concatenated; the released code uses stride 2.',
		costNeutral: false
	},
	E2: {
		id: 'E2',
		where: 'Figures 4, 5 and 6',
		title: 'Unprinted pooling windows',
		why: 'The "Avg Pooling" boxes print neither a window nor a stride; only stride 1 with same padding keeps the grid their Filter concat needs, and the released code uses a 3x3 window.',
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
	},
	E8: {
		id: 'E8',
		where: 'Figure 15',
		title: 'No tensor widths for Inception-ResNet-v2',
		why: "No figure prints Inception-ResNet-v2's tensor widths (Figure 15's are v1's); they follow from the blocks, and a write-up that carries Figure 17's 1154 forward stays too wide after Reduction-B.",
		costNeutral: false
	}
};
