import type { Messages } from '../en';

export const site: Messages['site'] = {
	name: 'Inception Explorer',
	skip: '본문으로 건너뛰기',
	nav: {
		label: '주 메뉴',
		read: '읽기',
		networks: '네트워크',
		compare: '비교',
		lab: '실험실',
		train: '학습'
	},
	language: {
		label: '언어',
		readIn: (language) => `이 페이지를 ${language}로 읽기`
	}
};
