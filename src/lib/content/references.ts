// The works chapters cite, by key. `<Cite key="...">` throws on a key missing here, so a typo fails the build.
export interface Reference {
	authors: string;
	title: string;
	/** Journal, conference or archive, as a reader would look it up. */
	venue: string;
	year: number;
	url: string;
}

export const REFERENCES = {
	szegedy2016inceptionv4: {
		authors: 'Christian Szegedy, Sergey Ioffe, Vincent Vanhoucke, Alex Alemi',
		title: 'Inception-v4, Inception-ResNet and the Impact of Residual Connections on Learning',
		venue: 'arXiv:1602.07261 (v2); AAAI 2017',
		year: 2016,
		url: 'https://arxiv.org/abs/1602.07261'
	},
	krizhevsky2012alexnet: {
		authors: 'Alex Krizhevsky, Ilya Sutskever, Geoffrey E. Hinton',
		title: 'ImageNet Classification with Deep Convolutional Neural Networks',
		venue: 'NeurIPS 2012',
		year: 2012,
		url: 'https://papers.nips.cc/paper/4824-imagenet-classification-with-deep-convolutional-neural-networks'
	},
	simonyan2015vgg: {
		authors: 'Karen Simonyan, Andrew Zisserman',
		title: 'Very Deep Convolutional Networks for Large-Scale Image Recognition',
		venue: 'ICLR 2015; arXiv:1409.1556',
		year: 2015,
		url: 'https://arxiv.org/abs/1409.1556'
	},
	szegedy2015googlenet: {
		authors: 'Christian Szegedy, Wei Liu, Yangqing Jia, et al.',
		title: 'Going Deeper with Convolutions',
		venue: 'CVPR 2015; arXiv:1409.4842',
		year: 2015,
		url: 'https://arxiv.org/abs/1409.4842'
	},
	ioffe2015batchnorm: {
		authors: 'Sergey Ioffe, Christian Szegedy',
		title: 'Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift',
		venue: 'ICML 2015; arXiv:1502.03167',
		year: 2015,
		url: 'https://arxiv.org/abs/1502.03167'
	},
	szegedy2016rethinking: {
		authors: 'Christian Szegedy, Vincent Vanhoucke, Sergey Ioffe, Jonathon Shlens, Zbigniew Wojna',
		title: 'Rethinking the Inception Architecture for Computer Vision',
		venue: 'CVPR 2016; arXiv:1512.00567',
		year: 2016,
		url: 'https://arxiv.org/abs/1512.00567'
	},
	he2016resnet: {
		authors: 'Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun',
		title: 'Deep Residual Learning for Image Recognition',
		venue: 'CVPR 2016; arXiv:1512.03385',
		year: 2016,
		url: 'https://arxiv.org/abs/1512.03385'
	},
	he2016identity: {
		authors: 'Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun',
		title: 'Identity Mappings in Deep Residual Networks',
		venue: 'ECCV 2016; arXiv:1603.05027',
		year: 2016,
		url: 'https://arxiv.org/abs/1603.05027'
	},
	lin2014nin: {
		authors: 'Min Lin, Qiang Chen, Shuicheng Yan',
		title: 'Network In Network',
		venue: 'ICLR 2014; arXiv:1312.4400',
		year: 2014,
		url: 'https://arxiv.org/abs/1312.4400'
	},
	abadi2016tensorflow: {
		authors: 'Martín Abadi, Ashish Agarwal, Paul Barham, et al.',
		title: 'TensorFlow: Large-Scale Machine Learning on Heterogeneous Distributed Systems',
		venue: 'arXiv:1603.04467',
		year: 2016,
		url: 'https://arxiv.org/abs/1603.04467'
	},
	pascanu2013difficulty: {
		authors: 'Razvan Pascanu, Tomas Mikolov, Yoshua Bengio',
		title: 'On the Difficulty of Training Recurrent Neural Networks',
		venue: 'ICML 2013; arXiv:1211.5063',
		year: 2013,
		url: 'https://arxiv.org/abs/1211.5063'
	},
	russakovsky2015imagenet: {
		authors: 'Olga Russakovsky, Jia Deng, Hao Su, et al.',
		title: 'ImageNet Large Scale Visual Recognition Challenge',
		venue: 'International Journal of Computer Vision 115(3); arXiv:1409.0575',
		year: 2015,
		url: 'https://arxiv.org/abs/1409.0575'
	},
	tieleman2012rmsprop: {
		authors: 'Tijmen Tieleman, Geoffrey Hinton',
		title: 'Lecture 6.5, RMSProp: Divide the Gradient by a Running Average of Its Recent Magnitude',
		venue: 'COURSERA: Neural Networks for Machine Learning',
		year: 2012,
		url: 'https://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf'
	},
	polyak1992averaging: {
		authors: 'Boris T. Polyak, Anatoli B. Juditsky',
		title: 'Acceleration of Stochastic Approximation by Averaging',
		venue: 'SIAM Journal on Control and Optimization 30(4)',
		year: 1992,
		url: 'https://doi.org/10.1137/0330046'
	},
	glorot2010understanding: {
		authors: 'Xavier Glorot, Yoshua Bengio',
		title: 'Understanding the Difficulty of Training Deep Feedforward Neural Networks',
		venue: 'AISTATS 2010',
		year: 2010,
		url: 'https://proceedings.mlr.press/v9/glorot10a.html'
	},
	srivastava2014dropout: {
		authors: 'Nitish Srivastava, Geoffrey Hinton, Alex Krizhevsky, Ilya Sutskever, Ruslan Salakhutdinov',
		title: 'Dropout: A Simple Way to Prevent Neural Networks from Overfitting',
		venue: 'Journal of Machine Learning Research 15',
		year: 2014,
		url: 'https://jmlr.org/papers/v15/srivastava14a.html'
	},
	chollet2017xception: {
		authors: 'François Chollet',
		title: 'Xception: Deep Learning with Depthwise Separable Convolutions',
		venue: 'CVPR 2017; arXiv:1610.02357',
		year: 2017,
		url: 'https://arxiv.org/abs/1610.02357'
	},
	howard2017mobilenets: {
		authors: 'Andrew G. Howard, Menglong Zhu, Bo Chen, et al.',
		title: 'MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications',
		venue: 'arXiv:1704.04861',
		year: 2017,
		url: 'https://arxiv.org/abs/1704.04861'
	},
	goyal2017accurate: {
		authors: 'Priya Goyal, Piotr Dollár, Ross Girshick, et al.',
		title: 'Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour',
		venue: 'arXiv:1706.02677',
		year: 2017,
		url: 'https://arxiv.org/abs/1706.02677'
	}
} as const satisfies Record<string, Reference>;

export type ReferenceKey = keyof typeof REFERENCES;

export function isReferenceKey(key: string): key is ReferenceKey {
	return Object.hasOwn(REFERENCES, key);
}

/** The reference for a key, or an error naming the key and the chapter's fix. */
export function reference(key: string): Reference {
	if (!isReferenceKey(key)) {
		throw new Error(`<Cite>: no reference "${key}" in src/lib/content/references.ts (add it there or fix the key).`);
	}
	return REFERENCES[key];
}

/** The anchor of a reference in its chapter's list. */
export const referenceId = (key: string): string => `ref-${key}`;
