import type { Messages } from '../en';

const VARIANTS: Record<string, string> = { paper: '논문 그림', released: '공개 코드' };

export const landing: Messages['landing'] = {
	description:
		'Inception-v4, Inception-ResNet and the Impact of Residual Connections on Learning(Szegedy 외, 2016)을 주석과 함께 읽는 인터랙티브 해설입니다. 모든 그림을 그리고 모든 숫자를 각 네트워크의 정의 하나에서 계산합니다.',
	lede: { before: '', after: ' (Szegedy, Ioffe, Vanhoucke, Alemi, 2016)를 주석과 함께 읽습니다.' },
	intro:
		'이 논문은 ResNet을 유명하게 만든 잔차 연결(residual connection)이 Inception 네트워크에도 도움이 되는지 묻고, 이를 확인하려고 세 가지 네트워크를 만듭니다. 이 사이트에서는 논문의 각 절을 살아 있는 그림 옆에 놓고, 모든 출력 크기와 매개변수, 연산량을 네트워크마다 하나뿐인 정의에서 계산하므로 논문을 논문 자신과 대조해 볼 수 있습니다. 논문의 그림이 맞을 수 없는 곳에서는 그렇다고 밝히고 그 이유를 보여 줍니다.',
	start: '처음부터 읽기',
	explore: '네트워크 살펴보기',
	compare: '네트워크 비교',
	chapters: '장 목록',
	minutes: (n) => `${n}분`,
	caption:
		'입력에서 출력까지의 Inception-v4를 정의에서 그렸습니다. 각 부분의 너비는 매개변수에서 차지하는 비율입니다. 부분을 선택하면 그 숫자가 나옵니다.',
	networks: '네트워크를 세어 보면',
	networksNote:
		'매개변수는 Keras가 세는 방식으로, 곱셈-누산(MAC)은 네트워크 고유의 입력 크기에서 이미지 한 장을 기준으로 셉니다. Inception-v3는 논문이 새 네트워크들과 비교하는 기준선입니다.',
	baseline: '기준선',
	as: (variant) => `${VARIANTS[variant] ?? variant} 기준`,
	params: { before: '매개변수 ', after: '' },
	blurbs: {
		'inception-v4': '순수한 Inception 네트워크: 더 깊고 더 균일한 stem과 모듈, 잔차 연결은 없습니다.',
		'inception-resnet-v1': '가벼운 잔차 Inception 블록으로, 연산량이 Inception-v3와 비슷합니다.',
		'inception-resnet-v2': '더 넓은 잔차 Inception 블록입니다. 논문의 그림과 공개된 코드가 서로 다릅니다.',
		'inception-v3': '논문이 비교 기준으로 삼는 네트워크로, Keras에 공개된 그대로입니다.'
	},
	check: '논문을 직접 확인하기',
	onward: {
		compare: {
			link: '네트워크 비교',
			text: ': 모든 네트워크를 나란히 놓고, 연산량에 관한 논문의 주장을 계산한 숫자와 대조하며, 공개된 Inception-ResNet-v2를 논문이 그린 것과 비교합니다.'
		},
		train: {
			link: '두 네트워크 학습시키기',
			text: ': 평범한 미니 Inception과 잔차 미니 Inception이 브라우저에서 같은 과제를 학습합니다. 논문의 핵심 발견이 일어나는 모습과, 스케일링하지 않은 넓은 잔차 스택이 무너지는 모습을 볼 수 있습니다.'
		},
		lab: {
			link: '실험실에서 블록 실행',
			text: ': 이 네트워크들의 어떤 블록이든 TensorFlow.js로 실행하고, 측정한 출력 크기와 매개변수를 계산한 값 옆에 놓습니다.'
		}
	}
};
