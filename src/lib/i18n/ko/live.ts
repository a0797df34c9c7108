import type { Messages } from '../en';

export const live: Messages['live'] = {
	backends: {
		webgpu: 'WebGPU',
		webgl: 'WebGL',
		wasm: 'WASM (SIMD)',
		cpu: 'CPU (일반 JavaScript)'
	},
	title: '실시간 실행',
	lead: {
		builds: 'TensorFlow.js가 같은 정의로',
		whole: (network) => `${network} 전체`,
		in: (place) => `, ${place},`,
		at: '',
		of: (network) => ` (${network})`,
		rest: (input) =>
			`을(를) 만들고, ${input} 크기의 무작위 입력으로 실행한 뒤, 출력 모양과 매개변수 수를 분석 결과와 대조합니다.`
	},
	noJs: '모델을 실행하려면 JavaScript가 필요한데 꺼져 있습니다. 위의 숫자는 분석 결과만 보여 줍니다.',
	noPart: (network, path) => `${network}에는 "${path}" 부분이 없습니다.`,

	memory: {
		need: (total, weights, input, activations) =>
			`최고 시점에 텐서 메모리가 약 ${total} 필요합니다(가중치 ${weights}, 입력 ${input}, 활성화와 TensorFlow.js의 복사본 ${activations})`,
		room: (budget, source) => `${budget} 예산(${source})`,
		spare: (percent) => `백엔드 자체 버퍼를 위한 ${percent}% 여유`,
		within: (need, room, spare) => `${need}. ${room} 안에 들어가며, ${spare}도 남습니다.`,
		tooMuch: (need, room, spare) =>
			`${need}. ${room}에 비해 너무 큽니다(${spare}를 남겨야 합니다). 블록 하나나 더 작은 입력으로 해 보십시오.`,
		deviceHalf: (gib) => `이 기기가 보고하는 메모리 ${gib} GiB의 절반`,
		defaultBudget: '이 브라우저가 메모리를 보고하지 않아 쓰는 기본값',
		heapHalf: (limit, backend) =>
			`이 브라우저의 JavaScript 힙 한도 ${limit}의 절반(${backend} 백엔드는 텐서를 이곳에 둡니다)`
	},

	controls: {
		backend: '백엔드',
		auto: '자동 (가장 빠른 것)',
		unavailable: ' (사용 불가)',
		passes: '측정 횟수',
		fold: '배치 정규화를 합성곱에 합치기 (추론 그래프)',
		run: (whole) => (whole ? '네트워크 전체 실행' : '이 블록 실행'),
		cancel: '취소',
		compare: '모든 백엔드에서 실행',
		tfjs: 'tfjs 모델 내려받기',
		keras: 'Keras 토폴로지 내려받기 (JSON)'
	},

	status: {
		loading: 'TensorFlow.js를 불러오는 중…',
		exporting: '내려받을 파일을 준비하는 중…',
		building: '모델을 만드는 중…',
		pass: (warmUp, done, total) => `${warmUp ? '예열 실행' : '측정 실행'} ${total}회 중 ${done}회`,
		comparing: (backend, n, total) => `${backend}에서 실행 중 (${total}개 중 ${n}번째)`,
		unavailable: (list) => `여기서 사용할 수 없는 백엔드: ${list}.`,
		backend: '백엔드:'
	},

	reasons: {
		'no-webgpu': '이 브라우저에는 WebGPU가 없습니다',
		'webgpu-not-tried': '하드웨어 GPU가 없으면 자동으로 시도하지 않습니다. 직접 고르면 시도합니다',
		'no-adapter': '이 브라우저는 WebGPU를 제공하지만 쓸 수 있는 GPU 어댑터가 없습니다',
		'adapter-failed': 'WebGPU가 어댑터를 찾지 못했습니다',
		'no-webgl': '여기서는 WebGL을 쓸 수 없습니다',
		'no-wasm': '이 브라우저에는 WebAssembly가 없습니다',
		'not-offered': '여기서는 제공되지 않습니다',
		'did-not-start': '시작하지 못했습니다'
	},
	software: ' (소프트웨어 래스터라이저)',

	notices: {
		couldNotUse: (failures, backend) =>
			`다음을 쓸 수 없었습니다: ${failures} 대신 ${backend}에서 실행합니다.`,
		failure: (backend, why) => `${backend}: ${why}.`,
		softwareChosen: (renderer) =>
			`여기서는 WebGL을 소프트웨어 래스터라이저(${renderer})가 그리므로 WASM보다 훨씬 느립니다. 그래서 WASM을 골랐습니다.`,
		softwareSlow: (renderer) =>
			`여기서는 WebGL을 소프트웨어 래스터라이저(${renderer})가 그리므로 WASM보다 느릴 것입니다.`,
		cancelled: '실행을 취소했습니다. 남긴 결과는 없습니다.',
		comparisonCancelled: '비교를 취소했습니다. 남긴 결과는 없습니다.',
		downloaded: (files) => `${files}을(를) 내려받았습니다.`,
		files: (json, weights) => `${json}, ${weights}`
	},

	errors: {
		notRun: (backend) =>
			`실행하지 않았습니다: ${backend}이(가) 여기서 쓸 수 있는 것보다 많은 메모리가 필요합니다(위 참조).`,
		outOfMemory: (backend, text) => `${backend}의 메모리가 부족합니다(${text}).`,
		contextLost: (text) => `WebGL이 멈췄습니다(${text}). GPU 컨텍스트를 잃었을 수 있습니다.`,
		failed: (backend, text) => `${backend} 실행에 실패했습니다: ${text}`,
		switched: (backend) => ` ${backend}(으)로 바꿨습니다. 다시 실행하십시오.`,
		load: (text) => `TensorFlow.js를 불러오지 못했습니다: ${text}`,
		comparison: (text) => `비교에 실패했습니다: ${text}`,
		export: (text) => `내보내기에 실패했습니다: ${text}`
	},
	badBackend: (raw, backends) =>
		`“backend=${raw}”은(는) ${backends.join(', ')} 중 하나가 아니므로 자동으로 고릅니다.`,

	result: {
		caption: (backend) => `TensorFlow.js (${backend})와 분석 결과 비교`,
		quantity: '항목',
		analysis: '분석',
		agree: '일치',
		mismatch: '✗ 불일치',
		quantities: { Output: '출력', Trainable: '학습 가능', 'Non-trainable': '학습 불가' },
		forward: '순전파',
		forwardValue: (median, n, min, max, warmup) =>
			`${n}회 중앙값 ${median} ms (범위 ${min}–${max} ms, 예열 ${warmup} ms)`,
		throughput: '처리량',
		throughputValue: (gflops, macs) => `${gflops} GFLOP/s (2 × ${macs} MACs ÷ 중앙값 시간)`,
		peak: '최고 텐서 메모리',
		peakValue: (measured, estimated, during) =>
			`측정 ${measured}, 추정 ${estimated} (가중치와 입력에 더해 실행 중 ${during})`,
		graph: '실행한 그래프',
		folded:
			'배치 정규화를 각 합성곱에 합쳤습니다(실행할 가중치가 적습니다). 위의 수는 학습 그래프 기준입니다.',
		training: '배치 정규화 층을 포함한 학습 그래프입니다.',
		left: '남은 텐서'
	},

	comparison: {
		label: '백엔드 비교',
		caption: '각 백엔드에서 같은 가중치와 입력',
		backend: '백엔드',
		median: '중앙값',
		largest: '최대 차이',
		agree: '일치',
		notComparable: '비교할 수 없음',
		versus: (backend) => `${backend} 대비`,
		nothing: '비교 대상 없음',
		differs: '✗ 다름',
		tolerance: (tolerance, scale) =>
			`일치란 ${tolerance} 이내라는 뜻입니다. 부동소수점 반올림(백엔드마다 더하는 순서가 다릅니다)을 고려한, 가장 큰 출력값(${scale})의 천분의 일입니다.`,
		notRun: (list) => `실행하지 않은 백엔드: ${list}`
	},

	lab: {
		title: '실험실: 블록 실시간 실행 · Inception Explorer',
		description:
			'Inception-v4와 Inception-ResNet의 블록을 브라우저에서 TensorFlow.js로 실행하고, 출력 모양과 매개변수 수를 분석 결과와 대조합니다.',
		heading: '실험실: 블록 실시간 실행',
		lede: '아래의 각 블록은 이 사이트의 숫자를 낸 바로 그 정의로 TensorFlow.js가 만듭니다. 실행을 누르면 브라우저가 무작위 입력으로 계산합니다. TensorFlow.js는 출력 모양과 매개변수 수를 보고하며, 이 값은 분석 결과와 같아야 합니다. 기기가 블록의 곱셈-누산을 얼마나 빨리 처리하는지도 보여 줍니다. TensorFlow.js는 처음 버튼을 누를 때에만 내려받습니다.',
		see: '탐색기에서 보기',
		entries: {
			inceptionA: {
				title: 'Inception-A (Inception-v4)',
				why: (grid) => `${grid} 격자 위의 가지 네 개를 연결합니다.`
			},
			resnetB1: {
				title: 'Inception-ResNet-B (Inception-ResNet-v1)',
				why: (grid) => `${grid} 격자 위의 가벼운 잔차 블록입니다: 가지들, 선형 1x1 위 투영, 지름길.`
			},
			resnetB2: {
				title: 'Inception-ResNet-B (Inception-ResNet-v2, 공개 코드)',
				why: '더 넓은 판으로, 덧셈 전에 잔차의 배율을 낮춥니다.'
			},
			reductionA: {
				title: 'Reduction-A (Inception-v4)',
				why: (from, to) => `격자를 ${from}에서 ${to}(으)로 절반으로 줄입니다.`
			},
			conv1: { title: '첫 번째 합성곱', why: '배치 정규화와 ReLU가 딸린 합성곱 하나입니다.' },
			whole: {
				title: 'Inception-v4 전체',
				why: '모든 층을 한 번에 실행합니다. 먼저 필요한 메모리를 확인하십시오.'
			}
		},
		next: '다음으로',
		networks: '네트워크 살펴보기',
		networksAfter:
			': 모든 네트워크의 모든 블록을 다이어그램으로, 모양과 매개변수와 곱셈-누산을 단계별로 유도해 보여 줍니다. 그곳의 블록마다 어떤 입력 크기에서든 같은 실시간 실행 패널이 있습니다.',
		read: '장 읽기',
		readAfter:
			': Inception-v3에서 잔차 Inception 네트워크까지 논문의 이야기를, 본문에서 계산한 이 숫자들과 함께 읽습니다.',
		train: '두 네트워크 학습시키기',
		trainAfter:
			': 평범한 mini-Inception과 잔차 mini-Inception이 이 브라우저에서 같은 과제를 나란히 배우고, 배율을 낮추지 않은 넓은 잔차 스택은 죽습니다.'
	}
};
