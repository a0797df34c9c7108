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
		readIn: (target) => `이 페이지를 ${{ en: '영어', ko: '한국어' }[target]}로 읽기`
	},
	theme: { dark: '어두운 테마' },
	footer: {
		label: '사이트',
		read: '장 읽기',
		networks: '네트워크 살펴보기',
		compare: '네트워크 비교',
		train: '두 네트워크 학습시키기',
		lab: '실험실에서 블록 실행',
		credit: {
			lead: 'Christian Szegedy, Sergey Ioffe, Vincent Vanhoucke, Alex Alemi의 논문',
			middle: '(2016,',
			end: ')을 직접 확인하며 읽는 인터랙티브 해설입니다.'
		},
		computed:
			'이 사이트에 나오는 네트워크의 숫자는 손으로 입력하지 않고, 네트워크마다 하나뿐인 정의에서 계산합니다.'
	},
	error: {
		notFound: '페이지를 찾을 수 없습니다',
		failed: '문제가 발생했습니다',
		deep: {
			before: (network) => `${network}의 층은 해당 블록의 페이지에 있습니다:`,
			open: '',
			in: (part) => `열기(${part} 페이지)`
		},
		noPage: {
			before: '',
			after: ' 주소에는 페이지가 없습니다. 페이지가 옮겨졌거나 주소에 오타가 있을 수 있습니다.'
		},
		failedWith: (status, message) =>
			`페이지를 표시할 수 없습니다(${status}${message ? `: ${message}` : ''}).`,
		versionsOf: (network) => `${network}의 버전`,
		sameAs: (variant) => ` (${variant}와 같음)`,
		partsOf: (network, variant) => `${network}${variant ? ` (${variant})` : ''}의 구성 요소`,
		variants: { paper: '논문 그림대로', released: '공개된 코드대로' },
		overview: '개요',
		networks: (n) => `네트워크 ${n}개`,
		elsewhere: '다른 곳',
		home: '홈',
		homeWhat: '이 사이트 소개',
		readWhat: '장 목록, 읽는 순서대로',
		networksWhat: '모든 네트워크를 나란히',
		labWhat: '브라우저에서 블록을 직접 실행',
		fallback: 'Inception Explorer에는 이 주소의 페이지가 없습니다. 아래 링크 중 하나로 이동해 보십시오.'
	}
};
