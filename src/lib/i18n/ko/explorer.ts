import type { Messages } from '../en';

export const explorer: Messages['explorer'] = {
	blurbs: {
		'inception-v4':
			'잔차 연결 없는 순수한 Inception 네트워크입니다. 더 깊고 균일한 stem과 모듈로 이루어져 있습니다.',
		'inception-resnet-v1': '가벼운 잔차 Inception 블록으로, 연산량은 Inception-v3와 비슷합니다.',
		'inception-resnet-v2': '더 넓은 잔차 Inception 블록입니다. 논문의 그림과 공개된 코드가 서로 다릅니다.',
		'inception-v3': '논문이 비교 기준으로 삼는 네트워크로, Keras에 공개된 그대로입니다.'
	},
	variants: {
		paper: { label: '논문 (그림)', phrase: '논문에 그려진 대로' },
		released: { label: '공개 코드', phrase: '공개된 코드 그대로' }
	},
	sourceNotes: {
		'inception-v4/paper':
			'그림이 옳을 수 없는 곳(E1, E3, E4)은 TF-slim 코드를 따르므로, 이 정의는 공개된 본체이기도 합니다.',
		'inception-resnet-v1/paper':
			'공식 코드도 체크포인트도 없어 그림대로 만들었고, 잔차 배율은 공개된 코드의 값을 따릅니다.',
		'inception-resnet-v2/paper':
			'위로 투영하는 층은 입력의 폭을 따릅니다. 그림 17과 19는 1154와 2048을 인쇄했지만, 그 값으로는 더할 수 없습니다(E5, E6).',
		'inception-resnet-v2/released':
			'Inception-v3 stem + Mixed 5b, 블록 10 / 20 / 10개, ReLU 없는 마지막 블록, 그리고 1536으로 가는 1x1 합성곱입니다.',
		'inception-v3/released':
			'논문이 비교 기준으로 삼는 네트워크입니다(Szegedy 외 2015). 논문에는 그림이 없습니다.'
	},

	index: {
		title: '네트워크 · Inception Explorer',
		description: 'Inception-v4, Inception-ResNet-v1과 -v2, 그리고 Inception-v3를 블록 단위로 살펴봅니다.',
		heading: '네트워크',
		lede: '논문의 세 네트워크와 논문이 비교 대상으로 삼는 Inception-v3를 각각 하나의 정의에서 그렸습니다. 하나를 열어 구성 부분을 보고, 어느 블록이든 층 단위로, 모든 숫자 뒤의 계산과 함께 살펴보십시오.',
		compare: '나란히 비교하기',
		compareAfter: ': 연산량, 그것이 어디에 쓰이는지, 논문의 주장 검증.',
		caption: (network) => `${network}: 299x299에서의 크기와 연산량`,
		variant: '변형',
		params: '매개변수',
		macs: 'MACs'
	},

	heading: {
		title: (part, network) => `${part ? `${part} · ` : ''}${network} · Inception Explorer`,
		description: (part, network) =>
			`${part ? `${network}의 ${part}: ` : `${network}: `}모든 층의 모양, 매개변수, 연산량을 보여 줍니다.`,
		crumbs: '이동 경로',
		networks: '네트워크',
		paper: (figures, table) => `논문에 그려진 대로입니다(그림 ${figures}${table ? `, 표 ${table}` : ''}).`,
		released: (code) => `공개된 코드 그대로입니다: ${code}.`
	},

	layerPage: {
		title: (layer, part, network) => `${part}의 ${layer} · ${network} · Inception Explorer`,
		before: (network) => `${network}의 층은 해당 블록의 페이지에서 보여 줍니다:`,
		open: '열기',
		in: (part) => ` (${part})`
	},

	switcher: { label: '네트워크와 변형', network: '네트워크', variant: '변형' },
	parts: (network) => `${network}의 구성 부분`,

	noJs: (network, size, shown) =>
		`JavaScript가 꺼져 있어 이 페이지는 ${network}을(를) 기본 입력 크기 ${size}에서 보여 주고, 패널에는 ${shown ? `${shown} 자체` : '네트워크 전체'}를 보여 줍니다. 다이어그램, 숫자, 표는 모두 여기 있으며, 각 상자는 표의 해당 행으로 연결됩니다. 입력 크기, MACs와 FLOPs, 선택을 바꾸거나 주소의 설정(?input=, ?path=)을 쓰려면 JavaScript가 필요합니다.`,
	useSize: (size) => `${size}x${size} 사용`,
	numbersFor: (size) => `아래 숫자는 ${size} 기준입니다.`,
	scope: (network, input, part) =>
		`네트워크 전체: ${input} 입력의 ${network}${part ? ` (${part}만이 아닙니다)` : ''}`,
	diagramTitle: (part, network) =>
		part ? `${network}의 ${part}, 블록 다이어그램` : `${network}, 구성 부분 개요`,
	details: '세부 정보',
	elsewhere: (path, part) => `“${path}”은(는) ${part} 밖에 있습니다:`,
	openElsewhere: '해당 블록에서 열기',
	at: (input) => `${input} 입력 기준`,
	openPart: (part) => `${part} 다이어그램 열기 →`,
	tableLabel: '표',
	tableCaption: (title, overview) => `${title}${overview ? ', 부분별' : ''}: 다이어그램을 표로`,
	convention: (c) => `매개변수: ${c.params}. MACs: ${c.macs}. FLOPs = ${c.flops}. 메모리: ${c.bytes}.`,
	conventionText: {
		params:
			'Keras가 세는 모든 가중치(합성곱 커널, 편향, 배치 정규화 beta는 학습 가능, 이동 평균과 분산은 학습 불가). BN gamma는 없습니다',
		macs: '합성곱과 분류기의 곱셈-누산(MAC)만 셉니다. 배치 정규화, 풀링, 덧셈, 배율, ReLU는 원소별 연산으로 따로 셉니다',
		flops: '2 x MACs',
		bytes: 'float32 활성화, 배치 1'
	},

	totals: {
		params: '매개변수',
		paramsNote: (trainable, not) => `학습 가능 ${trainable}, 학습 불가 ${not}`,
		macs: 'MACs',
		macsNote: (n) => `곱셈-누산 ${n}회`,
		flops: 'FLOPs',
		flopsNote: (n) => `${n} = 2 x MACs`,
		peak: '최고 활성화 메모리',
		peakNote: 'float32, 배치 1',
		rf: '수용 영역',
		rfNote: '마지막 격자 기준',
		versus: (delta, before) => `${before} 대비 ${delta}`,
		comparedAt: (name, at) => `${at}의 ${name}`,
		was: (shape) => `이전 ${shape}`,
		rfMoved: (high, wide) => `높이 ${high}, 너비 ${wide}`
	},

	settings: {
		label: '설정',
		size: '입력 크기 (px)',
		pending: (size) => `Enter를 누르거나 잠시 멈출 때까지 숫자는 ${size} px 기준입니다.`,
		costIn: '연산량 단위',
		shareOf: '막대가 보여 주는 비중',
		params: '매개변수',
		wholeNumber: (max) => `1부터 ${max}까지의 정수 픽셀 값을 입력하십시오.`,
		cannotRun: ({ network, size, path, smallest }) =>
			`${network}은(는) ${size} 입력으로 실행할 수 없습니다${path ? `(${path}에서 격자가 사라집니다)` : ''}.${smallest ? ` 실행되는 가장 작은 입력은 ${smallest}x${smallest}입니다.` : ''}`
	},

	query: {
		notOneOf: (name, raw, allowed) =>
			`“${name}=${raw}”은(는) ${allowed.join(', ')} 중 하나가 아니므로 ${allowed[0]}을(를) 보여 줍니다.`,
		badInput: (raw, max) =>
			`“input=${raw}”은(는) 1부터 ${max}까지의 정수가 아니므로 기본 크기를 보여 줍니다.`,
		noNode: (network, wanted, where) =>
			`${network}에는 “${wanted}” 노드가 없으므로 대신 ${where ?? '네트워크 전체'}을(를) 보여 줍니다.`
	},

	table: {
		layer: '층 또는 블록',
		input: '입력',
		output: '출력',
		params: '매개변수'
	},

	figure: {
		label: '다이어그램',
		clickPart: '부분을 클릭하면 해당 블록 다이어그램이 열립니다.',
		clickBox: '상자를 클릭하거나, 상자에 초점을 두고 Enter를 누르면 숫자를 볼 수 있습니다.',
		arrows: '화살표 키로 상자 사이를 이동합니다.',
		partLinks: '각 부분은 해당 블록 다이어그램으로 연결됩니다.',
		boxLinks: '각 상자는 아래 표의 해당 행으로 연결됩니다.',
		repeat: (times) =>
			`네트워크는 이 블록을 ${times}번 실행하며, 사본마다 가중치가 따로 있습니다. 그림은 첫 번째 사본입니다.`,
		erratumBox: (id) => `; 논문은 이것을 다르게 인쇄했습니다(정오표 ${id})`
	},

	zoom: {
		label: '다이어그램 크기',
		how: '끌거나 옆으로 밀어 이동하고, 핀치 또는 Ctrl+휠로 확대합니다.',
		out: '축소',
		scale: '배율',
		in: '확대',
		reset: '초기화'
	},

	exportMenu: { label: '내보내기' },
	exportTitle: (what, network, variant, input) =>
		`${what ? `${network}의 ${what}` : `${network}, 구성 부분`} (${variant}), ${input} 입력`,

	legend: {
		label: '범례',
		kinds: {
			conv: '합성곱',
			'pool-max': '최대 풀링',
			'pool-avg': '평균 풀링',
			'global-pool': '전역 평균 풀링',
			dropout: '드롭아웃',
			dense: '완전 연결',
			concat: '필터 연결',
			residual: '잔차 덧셈',
			scale: '활성화 배율 조정',
			input: '입력 / 출력',
			block: '블록'
		},
		shortcut: '지름길 (항등)',
		errata: (n) =>
			`${n === 1 ? '정오표' : '정오표 항목'}: 논문은 이 상자를 다르게 인쇄했습니다. 선택하면 증명을 볼 수 있습니다`
	},

	diagram: {
		filters: (n) => `필터 ${n}개`,
		valid: 'V = valid 패딩',
		linear: 'Linear = 활성화 없음',
		max: '최댓값',
		average: '평균',
		perChannel: '채널마다 평균 하나',
		identity: '추론 시에는 항등 함수',
		classes: (n) => `클래스 ${n}개`,
		branches: (n) => `가지 ${n}개`,
		scaled: '덧셈 전에 잔차에 배율을 곱합니다',
		joins: '지름길이 블록 출력과 합쳐집니다',
		input: (shape) => `입력, ${shape}`,
		output: (shape) => `출력, ${shape}`,
		outputOf: (shape) => `출력 ${shape}`,
		share: (percent, measure) => `${measure === 'params' ? '매개변수' : 'MACs'}의 ${percent}`
	},

	tooltip: {
		params: (n, cost) => `매개변수 ${n} · ${cost}`
	},

	naming: {
		overview: '개요',
		copy: (index, times) => `${times}개 중 ${index}번째 사본`,
		branch: (n) => `가지 ${n}`,
		wholeNetwork: '네트워크 전체',
		blockRun: (network, times) => `${network}의 블록, ${times}번 반복`,
		block: (network) => `${network}의 블록`,
		layer: (network) => `${network}의 층`,
		oneCopy: (times) => `사본 ${times}개 중 하나, 각자 가중치를 가집니다`
	},

	panel: {
		changes: (before) => `바뀐 숫자 옆에는 ${before} 대비 변화를 적었습니다.`,
		erratum: (id, title) => `정오표 ${id}: ${title}`,
		printed: '논문은 ',
		uses: '(으)로 인쇄했지만, 여기서는 ',
		end: '을(를) 씁니다.'
	},

	explain: {
		facts: {
			input: '입력',
			output: '출력',
			params: '매개변수',
			trainable: '학습 가능',
			nonTrainable: '학습 불가',
			macs: 'MACs',
			flops: 'FLOPs',
			ops: '원소별 연산',
			memory: '기록하는 활성화',
			rf: '수용 영역',
			share: '네트워크 내 비중'
		},
		keras: (trainable, non, total) => `학습 가능 ${trainable} + 학습 불가 ${non} = ${total} (Keras 방식)`,
		samePadding: (input) => `same 패딩으로 ${input} 유지`,
		height: '높이',
		width: '너비',
		channels: '채널',
		filters: (n) => `필터 ${n}개`,
		unchanged: (c) => `그대로 ${c}`,
		globalAverage: (grid, channels) => `${grid} 격자 전체를 평균하면 채널 ${channels}개가 남습니다`,
		identity: '추론 시에는 항등 함수',
		classes: (n) => `클래스 ${n}개`,
		residualShape: '합 x + scale x body(x)는 x와 모양이 같습니다',
		sumLayers: (n, total) => `층 ${n}개의 합 = ${total}`,
		sumSame: (total) => `같은 층들의 합 = ${total}`,
		weights: '가중치',
		biases: '편향',
		beta: '배치 정규화 beta',
		noWeights: '가중치 없음',
		moving: (channels, total) => `배치 정규화 이동 평균 + 분산: 2 x ${channels} = ${total}`,
		none: '없음',
		convMacs: (outputs, window, macs) => `출력 ${outputs} x (${window}) = ${macs}`,
		denseMacs: (inputs, units, macs) => `입력 ${inputs} x 출력 ${units} = ${macs}`,
		noMacs: '곱셈-누산 없음 (이 층의 일은 원소별 연산으로 셉니다)',
		sumMacs: (n, total) => `MAC이 있는 층 ${n}개의 합 = ${total}`,
		ops: {
			batchNorm: '배치 정규화 (곱셈 + 덧셈)',
			activation: 'ReLU',
			bias: '편향 덧셈',
			pool: '풀링 창 읽기',
			add: '잔차 덧셈',
			scale: '잔차 배율 조정',
			softmax: '소프트맥스 (exp, 합, 나눗셈)'
		},
		noTensor: '추론 시에는 새 텐서를 쓰지 않습니다',
		sumTensors: (total, size) => `안에서 쓰는 모든 텐서의 합 = ${total} B (${size})`,
		rfOne: (size) => `${size} (폭 1인 창은 넓히지 않습니다)`,
		rfStep: (sum, step) => `${sum}, 간격 ${step}`,
		rfWidest: '여기서 만나는 경로 중 가장 넓은 것',
		rfLast: '마지막 층의 수용 영역',
		rfAtLast: (field) => `마지막 격자에서 ${field} px`,
		rfGrid: (field, stride) => `마지막 격자의 각 위치는 입력의 ${field} px를 봅니다 (간격 ${stride} px)`,
		rfGlobal: '그다음 전역 평균 풀링이 모든 위치를 섞으므로, 각 출력은 이미지 전체에 의존합니다',
		share: (params, macs) => `매개변수의 ${params}, MACs의 ${macs}`,
		shareParams: (part, total) => `매개변수 ${part} / ${total}`,
		shareMacs: (part, total) => `MACs ${part} / ${total}`,
		stride: (n) => `스트라이드 ${n}`,
		printedGrid: (derivation, grid) => `인쇄된 값: ${derivation}, ${grid} 격자`,
		usedGrid: (derivation) => `사용한 값: ${derivation}`,
		concatNeeds: (grid, partners) =>
			`필터 연결에는 같은 격자가 필요합니다: ${grid}은(는) ${partners}와(과) 쌓을 수 없습니다`,
		eitherWay: (sum) => `어느 쪽이든 매개변수: ${sum}`,
		vertical: (kernel, sum) => `${kernel}일 때 세로 수용 영역: ${sum}`,
		withPrinted: (kernel, sum) => `인쇄된 ${kernel}일 때: ${sum}`,
		blockInput: (shape, channels) => `블록 입력 x는 ${shape}입니다: ${channels}`,
		outputOf: (sum, block) => `${sum} (${block}의 출력)`,
		needsChannels: (scale, channels, printed) =>
			`x + ${scale} x up(x)가 되려면 up(x)의 채널이 ${printed}개가 아니라 ${channels}개여야 합니다`,
		notPrinted: (what) => `${what.join('·')} 표기 없음`,
		unprinted: { size: '창 크기', stride: '스트라이드', width: '텐서 폭' },
		padding: { same: 'same 패딩', valid: 'valid 패딩' },
		poolWindow: (window, stride, padding) => `${window}, 스트라이드 ${stride}, ${padding}`,
		partnerGrids: (partners) => `같은 필터 연결의 다른 가지들은 ${partners}에서 끝납니다`,
		anyWindow: (stride, derivation) => `스트라이드 ${stride}일 때: ${derivation}, 창 크기와 상관없습니다`,
		otherStride: (stride, derivation, grid) =>
			`스트라이드 ${stride}일 때: ${derivation}, 이 가지는 ${grid}에서 끝나게 됩니다`,
		codeWindow: (window) => `공개된 코드가 고른 창 크기는 ${window}입니다`,
		widths: (list) => `폭 ${list}`,
		widthAfter: (part, shape, sum) => `${part} 다음: ${shape} (${sum})`,
		carried: (printed, sum) => `인쇄된 필터 ${printed}개를 그대로 이어받으면: ${sum}`,
		errata: {
			E1: {
				where: '그림 3',
				title: 'stem에서 빠진 스트라이드',
				why: '스트라이드 2가 없으면 3x3 합성곱은 69x69 격자를 유지하지만 짝이 되는 최대 풀링은 35x35로 절반이 되므로, 둘을 연결할 수 없습니다. 공개된 코드는 스트라이드 2를 씁니다.'
			},
			E2: {
				where: '그림 4, 5, 6',
				title: '인쇄되지 않은 풀링 창',
				why: '"Avg Pooling" 상자에는 창 크기도 스트라이드도 적혀 있지 않습니다. 필터 연결에 필요한 격자를 유지하는 것은 스트라이드 1과 same 패딩뿐이며, 공개된 코드는 3x3 창을 씁니다.'
			},
			E3: {
				where: '그림 5',
				title: 'Inception-B에 두 번 인쇄된 1x7',
				why: '1x7 합성곱을 두 번 이어 써도 세로 시야는 넓어지지 않습니다. 공개된 코드는 7x7을 1x7과 7x1로 분해합니다.'
			},
			E4: {
				where: '그림 3, 5, 6',
				title: '반대 순서로 그린 분해 합성곱',
				why: '그림은 일부 1xn / nx1 쌍을 공개된 코드와 반대 순서로 그렸습니다. 매개변수와 MACs는 어느 쪽이든 같습니다.'
			},
			E5: {
				where: '그림 17',
				title: 'Inception-ResNet-B(v2)의 필터 1154개',
				why: '위로 투영한 결과는 블록 입력에 더해지므로, 그 입력과 폭이 정확히 같아야 합니다.'
			},
			E6: {
				where: '그림 19',
				title: 'Inception-ResNet-C(v2)의 필터 2048개',
				why: '위로 투영한 결과는 블록 입력에 더해지므로, 그 입력과 폭이 정확히 같아야 합니다.'
			},
			E8: {
				where: '그림 15',
				title: '인쇄되지 않은 Inception-ResNet-v2의 텐서 폭',
				why: 'Inception-ResNet-v2의 텐서 폭은 어느 그림에도 인쇄되어 있지 않습니다(그림 15의 크기는 v1의 것입니다). 폭은 블록들로부터 계산되며, 그림 17의 1154를 그대로 이어받은 해설은 Reduction-B 뒤에도 폭이 너무 넓습니다.'
			}
		}
	}
};
