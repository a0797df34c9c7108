import type { Messages } from '../en';

const join = (xs: readonly (number | null)[]) => xs.map((x) => x ?? '–').join(' / ');
const shape = (s: readonly number[]) => s.join('x');
const conventionName = (c: string) => (c === 'keras' ? 'Keras' : 'PyTorch');
const errorName = (e: string) => (e === 'top1' ? 'top-1' : 'top-5');

export const compare: Messages['compare'] = {
	meta: {
		title: '비교 · Inception Explorer',
		description:
			'모든 Inception 네트워크를 나란히 놓고 봅니다: 매개변수, MACs, 메모리, 깊이, 연산량에 대한 논문의 주장 검증, 그리고 논문과 공개 구현의 Inception-ResNet-v2 비교.'
	},
	title: '네트워크 비교',
	lede: '이 사이트가 정의한 모든 네트워크를 하나의 입력 크기에서 비교합니다. 각 네트워크의 연산량, 그 연산량이 어디에 쓰이는지, 연산량에 대한 논문의 주장이 맞는지, 그리고 공개된 Inception-ResNet-v2가 논문의 그림과 어떻게 다른지 보여 줍니다.',
	conventionLead: '세는 방법.',
	convention: () =>
		'매개변수: Keras가 세는 모든 가중치(합성곱 커널, 편향, 배치 정규화의 beta(학습 가능)와 이동 평균·분산(학습 불가), BN gamma 제외) 또는 이동 통계 없이 배치 정규화의 gamma와 beta(PyTorch). MACs: 합성곱과 분류기의 곱셈-누산만 셉니다. 배치 정규화, 풀링, 덧셈, 스케일, ReLU는 원소 연산으로 따로 셉니다. FLOPs = 2 x MACs. 메모리: float32 활성화, 배치 1.',
	subject: (label, variant) => (variant ? `${label} (${variant === 'paper' ? '논문' : '공개 구현'})` : label),
	cannot: (size, smallest) =>
		`${size}x${size} 입력을 받을 수 없습니다${smallest ? `. 가능한 가장 작은 입력은 ${smallest}x${smallest}입니다` : ''}.`,
	cannotTake: (size, smallest) =>
		`${size}x${size} 입력을 받을 수 없습니다${smallest ? `. 가능한 가장 작은 입력은 ${smallest}x${smallest}입니다` : ''}.`,
	problem: (p) => {
		switch (p.kind) {
			case 'explorer':
				return p.text;
			case 'convention':
				return `“convention=${p.raw}” 값은 ${p.allowed} 중 하나가 아니므로 keras 방식으로 셉니다.`;
			case 'unknown':
				return `알 수 없는 네트워크(${p.keys.map((k) => `“${k}”`).join(', ')})는 뺐습니다. ${p.known} 중에서 고르십시오.`;
			case 'none':
				return '고른 네트워크가 없어 모두 보여 줍니다.';
			case 'error':
				return `“error=${p.raw}” 값은 ${p.allowed} 중 하나가 아니므로 top1을 보여 줍니다.`;
		}
	},
	settings: {
		label: '비교 설정',
		size: '입력 크기 (px)',
		sizeProblem: (max) => `1에서 ${max} 사이의 정수 픽셀 수를 입력하십시오.`,
		networks: '네트워크',
		cost: '연산량 단위',
		convention: '매개변수 세는 방식'
	},
	side: {
		heading: (size) => `${size}x${size}에서 나란히 보기`,
		region: '모든 네트워크 나란히 보기',
		caption: '고른 입력 크기에서 보이는 모든 네트워크를 나란히 놓은 표',
		network: '네트워크',
		at: (size) => `${size}x${size}에서`,
		works: '가능',
		cannotRun: '불가능',
		params: (c) => `매개변수 (${conventionName(c)})`,
		trainable: '학습 가능 / 학습 불가 (Keras)',
		macs: '이미지당 MACs',
		flops: '이미지당 FLOPs (2 x MACs)',
		activation: '활성화 메모리, 모든 텐서',
		peak: '최고 활성화 메모리',
		depth: '깊이: 가장 긴 경로의 층 수',
		weighted: '가장 긴 경로의 가중치 층 수',
		layers: '전체 층 수 (합성곱, 풀링, 완전 연결)',
		rf: '마지막 격자의 수용 영역 (px)',
		output: (stage) => `${stage}의 출력`,
		smallest: '가능한 가장 작은 입력 (px)',
		none: '없음',
		export: '표 내보내기'
	},
	cost: {
		heading: '연산량이 쓰이는 곳',
		stagesTitle: (unit) => `단계별 ${unit}`,
		stagesLabel: (unit) => `단계별 ${unit}, 네트워크마다 막대 하나`,
		stagesNote:
			'각 구간을 누르면 탐색기에서 그 블록이 열립니다. 단계는 구조로 찾습니다: 격자를 줄이는 블록이 리덕션입니다.',
		kindsTitle: (unit) => `층 종류별 ${unit}`,
		kindsLabel: (unit) => `층 종류별 ${unit}, 네트워크마다 막대 하나`,
		kindsNote: '풀링에는 곱셈-누산이 없습니다. 풀링의 작업은 원소 연산이며 표에 따로 적었습니다.',
		network: '네트워크',
		stage: '단계',
		parts: '부분',
		share: '비율',
		params: (c) => `매개변수 (${c})`,
		output: '출력',
		kind: '층 종류',
		layers: '층',
		poolOps: '풀링 연산',
		segment: (network, part, amount, unit, share) => `${network}, ${part}: ${amount} ${unit} (${share})`,
		opens: (title) => `${title}. 탐색기에서 열기`
	},
	stages: {
		stem: 'Stem',
		a: 'A',
		reductionA: 'Reduction-A',
		b: 'B',
		reductionB: 'Reduction-B',
		c: 'C',
		head: '헤드'
	},
	kinds: {
		pointwise: '1x1 합성곱',
		factorised: '1xn / nx1 합성곱',
		spatial: '3x3 이상 합성곱',
		pooling: '풀링',
		dense: '분류기'
	},
	chart: {
		export: (title) => `${title} 내보내기`,
		data: '데이터 표',
		dataRegion: (title) => `${title}: 데이터`,
		fileDescription: (title) => `${title}, Inception Explorer 비교 페이지에서.`
	},
	claims: {
		heading: '논문의 주장 검증',
		intro: (size) => `판정은 ${size}x${size}에서의 분석으로 계산하며, 주장마다 밝힌 허용 오차를 씁니다.`,
		speaker: {
			'irv1-v3': 'Inception-ResNet-v1',
			'irv2-paper-v4': 'Inception-ResNet-v2',
			'irv2-released-v4': 'Inception-ResNet-v2',
			'v4-step-time': 'Inception-v4 대 Inception-ResNet-v2'
		},
		gloss: {
			'irv1-v3': '연산량이 대략 Inception-v3와 같다',
			'irv2-paper-v4': '새로 도입한 Inception-v4 네트워크의 연산량과 맞먹는다',
			'irv2-released-v4': '새로 도입한 Inception-v4 네트워크의 연산량과 맞먹는다',
			'v4-step-time': 'Inception-v4의 스텝 시간은 실제로 상당히 느렸는데, 아마 층 수가 더 많기 때문일 것이다'
		},
		note: {
			'irv1-v3': '',
			'irv2-paper-v4': '논문의 그림대로 그린 네트워크입니다 (너비 384, 1152, 2144; 정오표 E15).',
			'irv2-released-v4':
				'TF-slim과 Keras가 배포하는 네트워크입니다 (정오표 E13): 블록이 두 배이고 스템이 더 좁습니다.',
			'v4-step-time':
				'스텝 시간은 하드웨어와 소프트웨어에 달려 있어 정적 분석으로는 볼 수 없습니다. 분석이 확인할 수 있는 것은 설명 가운데 층 수 부분입니다.'
		},
		costNumbers: (subject, subjectMacs, reference, referenceMacs, ratio, size, wording, tolerance) =>
			`${subject}: ${subjectMacs} MACs, ${reference}: ${referenceMacs} MACs, 비율 ${ratio} (${size}x${size}에서, “${wording}”: ${tolerance}% 이내로 읽음).`,
		depthNumbers: (slower, slowerLayers, slowerLongest, faster, fasterLayers, fasterLongest) =>
			`${slower}: 층 ${slowerLayers}개, 가장 긴 경로 ${slowerLongest}개, ${faster}: 층 ${fasterLayers}개, 가장 긴 경로 ${fasterLongest}개.`,
		tag: { holds: '성립', fails: '불성립', indirect: '간접' },
		cost: (within, off, tolerance, percent) => {
			const direction =
				off === 0 ? 'MACs가 정확히 같아' : `MACs가 ${percent(off)} ${off > 0 ? '많아' : '적어'}`;
			return within
				? `${direction} 허용 오차 ${percent(tolerance)} 이내입니다.`
				: `${direction} 허용 오차 ${percent(tolerance)}를 벗어납니다.`;
		},
		depth: (more, deeper, slower, faster) => {
			const counts = `전체 층 ${slower.layers}개 대 ${faster.layers}개, 가장 긴 경로 ${slower.longest}개 대 ${faster.longest}개`;
			if (more && deeper) return `부합하지만 증명은 아닙니다: 층이 더 많고 경로가 더 깁니다 (${counts}).`;
			if (more || deeper)
				return `일부만 부합합니다: ${more ? '전체 층은 더 많지만 경로는 더 길지 않습니다' : '경로는 더 길지만 층이 더 많지는 않습니다'} (${counts}).`;
			return `층 수로는 설명되지 않습니다: 층이 더 적고 경로도 더 길지 않습니다 (${counts}).`;
		}
	},
	errors: {
		heading: '보고된 오류율과 연산량',
		title: (e) => `이미지당 MACs에 대한 ${errorName(e)} 오류율`,
		note: '오류율은 표 2–5에 인쇄된 그대로이고, 연산량은 여기서 299x299로 계산합니다: 크롭 수 x 모델 수 x 이미지당 MACs. 거품의 넓이는 매개변수 수입니다 (앙상블은 모든 모델의 합). 표 2는 표 3–5보다 작은 이미지 집합으로 채점했고, ResNet-151과 BN-Inception은 여기서 정의하지 않으므로 연산량 없이 적었습니다.',
		shown: '보여 줄 오류율',
		kind: { top1: 'Top-1', top5: 'Top-5' },
		protocols: {
			crops1: '단일 크롭 (표 2)',
			crops12: '12 크롭 (표 3)',
			crops144: '144 크롭 (표 4)',
			ensemble: '앙상블, 144 크롭 (표 5)'
		},
		protocolsShort: {
			crops1: '단일 크롭',
			crops12: '12 크롭',
			crops144: '144 크롭',
			ensemble: '앙상블'
		},
		chartLabel: (e) => `평가한 이미지당 MACs에 대한 보고된 ${errorName(e)} 오류율`,
		xAxis: '평가한 이미지당 MACs (로그 눈금)',
		yAxis: (e) => `${errorName(e)} 오류율 (%)`,
		point: (row, protocol, value, e, macs, params) =>
			`${row}, ${protocol}: ${errorName(e)} 오류율 ${value}%, 이미지당 ${macs} MACs, 매개변수 ${params}`,
		head: {
			row: '행 (인쇄된 그대로)',
			protocol: '평가 방식',
			crops: '크롭',
			models: '모델',
			top1: 'Top-1 %',
			top5: 'Top-5 %',
			perCrop: '크롭당 MACs',
			perImage: '이미지당 MACs',
			params: '매개변수',
			source: '출처'
		},
		dense: '조밀 평가',
		undefinedHere: '여기서 정의하지 않음',
		source: (table, page) => `표 ${table}, ${page}쪽`
	},
	chain: {
		heading: '논문과 공개 구현의 Inception-ResNet-v2',
		intro: (macs, params) =>
			`공개된 코드(TF-slim, Keras)는 논문이 그린 네트워크가 아닙니다. 논문의 네트워크에서 시작해, 아래의 각 행은 공개 정의의 차이 하나를 지금까지의 네트워크에 옮겨 붙입니다. 중간의 모든 네트워크가 유효하고 분석되므로, 행을 모두 더하면 ${macs} MACs, 매개변수 ${params}의 차이와 정확히 같습니다.`,
		region: '논문과 공개 구현의 Inception-ResNet-v2',
		caption: (c) =>
			`각 행은 위의 행들이 남긴 네트워크에 적용됩니다. 매개변수는 ${conventionName(c)} 방식으로 셉니다.`,
		head: {
			difference: '차이',
			paper: '논문 (적용 전)',
			released: '공개 구현',
			params: '늘어난 매개변수',
			macs: '늘어난 MACs',
			ops: '늘어난 원소 연산'
		},
		paperNetwork: '논문의 네트워크 (그림 3, 16, 7, 17, 18, 19, 15)',
		sum: '행의 합 = 전체 차이',
		releasedNetwork: '공개 구현 네트워크 (TF-slim, Keras)',
		row: (f) => {
			switch (f.id) {
				case 'stem':
					return {
						title: 'Stem과 Mixed 5b',
						paper: `그림 3의 stem → ${shape(f.paper)}`,
						released: `Inception-v3 stem + Mixed 5b → ${shape(f.released)}`
					};
				case 'widths':
					return { title: 'stem 뒤의 너비 (A / B / C)', paper: join(f.paper), released: join(f.released) };
				case 'repeats':
					return { title: '블록 반복 수 (A / B / C)', paper: join(f.paper), released: join(f.released) };
				case 'scales':
					return {
						title: '잔차 스케일 (A / B / C)',
						paper: `0.1에서 0.3 (§3.3), 여기서는 ${join(f.paper)}`,
						released: join(f.released)
					};
				case 'lastBlock':
					return {
						title: 'ReLU 없는 마지막 C 블록',
						paper: '없음',
						released: `C 블록 1개 추가, 스케일 ${f.scale ?? '–'}, ${f.relu ? 'ReLU 있음' : 'ReLU 없음'}`
					};
				case 'conv1536':
					return {
						title: `마지막 블록 뒤의 1x1 합성곱 (${f.filters})`,
						paper: '없음',
						released: `${f.label} → ${shape(f.output)}`
					};
				case 'head':
					return {
						title: '헤드: 평균 풀링, 드롭아웃, 분류기',
						paper: `분류기가 특징 ${shape(f.paper)}개를 읽음`,
						released: `분류기가 특징 ${shape(f.released)}개를 읽음`
					};
			}
		}
	},
	results: {
		captions: {
			2: '단일 모델, 단일 크롭, 블랙리스트에 오른 약 1700개 개체를 뺀 검증 이미지.',
			3: '단일 모델, 10 또는 12 크롭, 검증 이미지 50,000장 전체.',
			4: '단일 모델, 144 크롭 (ResNet: 조밀 평가), 검증 이미지 50,000장 전체.',
			5: '앙상블, 144 크롭 (ResNet: 조밀 평가), 검증 이미지 50,000장 전체.'
		},
		caption: (table, text, page) =>
			`표 ${table}. ${text} 오류율은 퍼센트이며 arXiv:1602.07261v2 ${page}쪽에 인쇄된 그대로입니다.`,
		head: { network: '네트워크', crops: '크롭', models: '모델', top1: 'Top-1', top5: 'Top-5' },
		dense: '조밀 평가',
		aaai: 'AAAI-17판은 다른 값을 인쇄합니다'
	}
};
