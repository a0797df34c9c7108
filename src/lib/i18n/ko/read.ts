import type { Metric } from '../../analysis/stat';
import type { Messages } from '../en';

const METRIC: Record<Metric, string> = {
	params: '매개변수',
	trainableParams: '학습되는 매개변수',
	nonTrainableParams: '학습되지 않는 매개변수',
	macs: 'MAC',
	flops: 'FLOP',
	peakActivationBytes: '최고 메모리',
	activationBytes: '활성화 메모리',
	filters: '필터 수',
	output: '출력 크기'
};

export const read: Messages['read'] = {
	list: {
		title: '읽기',
		description: 'Inception Explorer의 장 목록입니다. 읽는 순서대로 놓았습니다.',
		lede: '논문을 짧은 장들로 다시 풀어 썼습니다. 맨 위에서 시작하십시오. 각 장은 다음 장으로 이어집니다.'
	},
	chapter: {
		kicker: (n, of) => `${of}장 중 ${n}장`,
		minutes: (n) => `${n}분 분량`,
		nav: '장 이동',
		previous: '이전',
		next: '다음',
		all: '모든 장',
		untranslated: '이 장은 아직 한국어로 번역되지 않아 영어 원문으로 보여 드립니다.'
	},
	contents: '이 페이지의 내용',
	references: '참고 문헌',
	stat: (network) => `${network} 정의에서 계산한 값`,
	ratio: (a, aMetric, b, bMetric) => `${a} ${METRIC[aMetric]} ÷ ${b} ${METRIC[bMetric]} (계산한 값)`,
	reported: (table) => `논문에 보고된 값: ${table === undefined ? '표 5 캡션' : `표 ${table}`}`,
	figure: {
		blockOf: (block, network) => `${network}의 ${block}`,
		parts: (network) => `${network}의 구성`,
		explore: '탐색기에서 보기',
		open: '탐색기에서 열기',
		numbers: (io, params, macs) => `: ${io}, 매개변수 ${params}, ${macs}MAC.`,
		tooltip: (params, macs) => `매개변수 ${params} · ${macs}MAC`
	},
	erratum: {
		prints: { before: '논문에 인쇄된 값:', middle: '. 실제로 맞는 값:', after: '.' },
		caption: (figure) => `위치: ${figure}, 문제의 상자를 강조했습니다`
	},
	results: {
		table: (n) => `표 ${n}.`,
		captions: {
			2: '단일 모델, 단일 크롭. 블랙리스트에 오른 약 1700개 항목을 뺀 검증 이미지에서 측정했습니다.',
			3: '단일 모델, 크롭 10개 또는 12개. 검증 이미지 50,000장 전체에서 측정했습니다.',
			4: '단일 모델, 크롭 144개(ResNet은 조밀한 평가). 검증 이미지 50,000장 전체에서 측정했습니다.',
			5: '앙상블, 크롭 144개(ResNet은 조밀한 평가). 검증 이미지 50,000장 전체에서 측정했습니다.'
		},
		source: (page) => `오류율(%)은 arXiv:1602.07261v2 ${page}쪽에 인쇄된 그대로입니다.`,
		network: '네트워크',
		crops: '크롭',
		models: '모델',
		top1: 'Top-1',
		top5: 'Top-5',
		dense: '조밀',
		aaai: 'AAAI-17판은 다른 값을 인쇄합니다',
		aaaiPrints: (row, cells) => `${row}: AAAI-17판 본문에 인쇄된 값은 ${cells}입니다.`
	},
	factorised: {
		kernel: '커널 크기',
		caption: (channels, grid) =>
			`입력과 출력 채널 ${channels}개, ${grid} × ${grid} 격자, 가중치만 셉니다(배치 정규화는 어느 쪽이든 층마다 같은 소수의 매개변수를 더합니다)`,
		layers: '층',
		weights: '가중치',
		macs: 'MAC',
		sees: '수용 영역',
		one: (n) => `${n}×${n} 하나`,
		pair: (n) => `1×${n} 다음 ${n}×1`,
		saving: (rf, percent, n) =>
			`이 쌍은 같은 ${rf} 영역을 보면서도 가중치와 MAC이 ${percent}% 적고(비용의 2/${n}), 두 절반 사이에 비선형 함수를 하나 더 넣습니다.`
	},
	discussed: '이 내용을 다루는 장'
};
