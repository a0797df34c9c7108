import type { Messages } from '../en';
import type { Failure } from '../../train/failure';

const detail = (f: Failure) => (f.detail ? ` (${f.detail})` : '');
const failure = (f: Failure) => {
	switch (f.kind) {
		case 'worker':
			return `브라우저가 Web Worker를 시작하지 않았습니다${detail(f)}.`;
		case 'memory':
			return `Worker의 메모리가 부족합니다${detail(f)}. 다른 탭을 닫거나 블록 수를 줄여 보십시오.`;
		case 'failed':
			return f.detail ? `Worker에서 오류가 났습니다${detail(f)}.` : '학습 Worker가 시작되지 않았습니다.';
	}
};

export const train: Messages['train'] = {
	failure,
	page: {
		title: '직접 학습하기 · Inception Explorer',
		description:
			'잔차 연결이 없는 미니 Inception과 있는 미니 Inception을 브라우저에서 나란히 학습시키고, 잔차 네트워크가 더 빨리 배우는 것을 지켜봅니다.',
		heading: '직접 학습하기',
		lede: '이 논문의 핵심 발견은 잔차 연결(residual connection)이 Inception 네트워크의 학습을 훨씬 빠르게 한다는 것입니다. 여기서 그 과정을 직접 볼 수 있습니다: 연산량이 같은 작은 Inception 두 개가 브라우저에서 같은 과제를 배웁니다. 하나는 지름길 연결이 있고, 하나는 없습니다.',
		race: '경주',
		raceText: (depth, residualParams, residualMacs, plainParams, plainMacs, same) =>
			`두 네트워크 모두 3x3 합성곱 두 개와 풀링 하나로 된 스템, 작은 Inception-A 모양의 블록 ${depth}개, 전역 평균 풀링, 10갈래 분류기로 이루어집니다. 일반(plain) 네트워크에서는 각 블록의 갈래를 배치 정규화와 ReLU가 붙은 1x1 합성곱이 섞습니다. 잔차(residual) 네트워크에서는 같은 1x1 합성곱이 선형이고, 그 출력을 ReLU 앞에서 블록의 입력에 더합니다 (Inception-ResNet과 같습니다). 그래서 잔차 네트워크는 학습 가능한 매개변수 ${residualParams}개와 이미지당 곱셈-누산 ${residualMacs}, 일반 네트워크는 ${plainParams}개와 ${plainMacs}입니다${same ? '. 연산량이 같습니다' : ''}.`,
		noJs: 'JavaScript가 켜져 있으면 시작 버튼이 TensorFlow.js를 네트워크마다 하나씩 두 개의 Web Worker에 불러오고, 32장짜리 새 배치로 두 네트워크를 Adam으로 학습시킵니다. 잔차 네트워크는 보통 몇백 스텝 만에 정확도 50%에 이르러 일반 네트워크보다 훨씬 빠릅니다. 페이지는 이를 측정하고, 효과가 나타났든 아니든 이번 실행에서 일어난 일을 알려 줍니다.',
		dying: '잔차를 줄여 더하는 이유',
		dyingText:
			'논문에 따르면 필터가 약 천 개를 넘으면 잔차 Inception 네트워크가 학습 초기에 “죽었습니다”: 풀링 바로 앞의 마지막 층들이 0만 내놓았습니다. 더하기 전에 각 잔차를 0.1에서 0.3배로 줄이자 살아 있었습니다 (§3.3, 그림 20). 여기서는 넓은 스택을 높은 학습률로 스케일 1.0과 0.1에서 한 번씩 학습시키고, 마지막 블록에서 한 번도 활성화되지 않는 채널을 셉니다.',
		init: '초기화 때 일어나는 일',
		initText:
			'학습 전에도 무작위 가중치가 이미 차이를 보여 줍니다. 잔차 블록은 들어온 값에 자기 출력을 더하므로, 잔차를 줄이지 않으면 신호가 블록마다 커집니다. 일반 스택은 배치 정규화로 신호의 크기를 유지하지만, 기울기의 크기는 마지막 블록에서 첫 블록까지 몇 자릿수나 달라집니다.'
	},
	controls: {
		blocks: '블록 수',
		width: '너비',
		channels: (n) => `채널 ${n}개`,
		learningRate: '학습률',
		seed: '시드',
		start: '시작',
		startWide: '넓은 스택 학습 시작',
		pause: '일시 정지',
		resume: '계속',
		reset: '초기화',
		axis: '가로축',
		steps: '스텝',
		time: '시간'
	},
	status: {
		idle: '시작을 누르기 전에는 아무것도 불러오지 않습니다.',
		loading: 'TensorFlow.js를 두 Worker에 불러오는 중입니다…',
		on: (backend, wasm) =>
			wasm
				? ' (WebAssembly SIMD, 네트워크마다 Worker 하나)'
				: ` (${backend}: 여기서는 WebAssembly가 시작되지 않아 가능한 속도보다 몇 배 느립니다)`,
		running: (on) => `학습 중입니다${on}.`,
		paused: (on) => `일시 정지했습니다${on}.`,
		finished: (on) => `학습을 마쳤습니다${on}.`,
		failed: (f) => `학습이 멈췄습니다: ${failure(f)}`
	},
	chart: {
		sampled: (title) => `${title}: 표본 값`,
		step: '학습 스텝',
		seconds: '학습 시간 (초)',
		accuracy: '정확도',
		loss: '손실'
	},
	race: {
		label: '경주: 일반 대 잔차',
		kinds: { residual: '잔차', plain: '일반' },
		costs: (depth) => `두 네트워크, 정의에서 계산한 값 (16x16 입력, 블록 ${depth}개)`,
		head: {
			network: '네트워크',
			trainable: '학습 가능한 매개변수',
			withStats: 'BN 통계 포함',
			macs: '이미지당 MACs'
		},
		accuracyTitle: (window) => `정확도 (네트워크가 처음 보는 배치 ${window}개의 평균)`,
		lossTitle: '손실 (교차 엔트로피)',
		lossSummary: (residual, plain) =>
			`잔차 네트워크의 손실은 ${residual ?? '아직 측정 전'}, 일반 네트워크는 ${plain ?? '아직 측정 전'}입니다.`,
		circles: (target) => `원은 각 네트워크의 평균이 처음 ${target}에 이른 곳입니다.`,
		speed: (rates, time) =>
			`초당 스텝: ${rates.map((r) => `${r.kind} ${r.rate}`).join(', ')} (학습 ${time} 동안).`,
		summary: {
			none: '아직 스텝이 없습니다.',
			at: (steps, seconds) => `${steps} 스텝(${seconds})`,
			both: (how, target, residual, plain, ratio) => {
				const base = `잔차 네트워크는 ${residual} 만에, 일반 네트워크는 ${plain} 만에 ${target}에 이르렀습니다`;
				switch (how) {
					case 'shows':
						return `${base}. 지름길 연결이 없으면 ${ratio}배의 스텝이 듭니다.`;
					case 'unclear':
						return `${base}. 차이가 작아 이번 실행은 효과를 뚜렷이 보여 주지 못합니다 (블록을 늘리면 차이가 커집니다).`;
					case 'reversed':
						return `${base}. 이번에는 일반 네트워크가 더 빨라 효과가 나타나지 않았습니다. 다른 시드나 더 많은 블록으로 해 보십시오.`;
				}
			},
			residual: (target, residual, plainAccuracy, plainSteps, finished) =>
				`잔차 네트워크는 ${residual} 만에 ${target}에 이르렀습니다. 일반 네트워크는 ${plainSteps} 스텝 뒤 ${plainAccuracy}${finished ? '에 그쳐 목표에 이르지 못했습니다' : '입니다'}.`,
			plain: (target, plain, residualAccuracy, residualSteps) =>
				`일반 네트워크는 ${plain} 만에 ${target}에 이르렀지만 잔차 네트워크는 아직입니다 (${residualSteps} 스텝 뒤 ${residualAccuracy}). 이번 실행은 효과를 보여 주지 못합니다.`,
			neither: (target, residualAccuracy, residualSteps, plainAccuracy, plainSteps, finished) =>
				`아직 어느 네트워크도 ${target}에 이르지 못했습니다: 잔차는 ${residualSteps} 스텝 뒤 ${residualAccuracy}, 일반은 ${plainSteps} 스텝 뒤 ${plainAccuracy}입니다.${finished ? ' 이번 실행은 효과를 보여 주지 못합니다. 학습률을 높이거나 스텝을 늘려 보십시오.' : ''}`
		}
	},
	dying: {
		kinds: { unscaled: '스케일 1.0', scaled: '스케일 0.1' },
		setup: (depth, width, rate, steps) =>
			`채널 ${width}개짜리 잔차 블록 ${depth}개, 학습률 ${rate}의 Adam, 각각 ${steps} 스텝. 배치 전체에서 ReLU 출력이 모두 0인 채널을 죽은 채널로 셉니다.`,
		deadTitle: '마지막 블록의 죽은 채널',
		dead: '죽은 비율',
		accuracyTitle: '새 배치마다의 정확도',
		rmsTitle: '마지막 블록의 활성화 RMS',
		rmsSummary: '스텝마다 마지막 블록 출력의 제곱평균제곱근입니다.',
		sentence: {
			none: '아직 스텝이 없습니다.',
			facts: (steps, unscaledDead, unscaledAccuracy, scaledDead, scaledAccuracy) =>
				`${steps} 스텝 뒤, 마지막 블록 채널 가운데 스케일 1.0에서는 ${unscaledDead}(정확도 ${unscaledAccuracy}), 스케일 0.1에서는 ${scaledDead}(정확도 ${scaledAccuracy})가 죽었습니다.`,
			died: '논문이 말한 대로 스케일을 줄이지 않은 스택은 죽었고, 줄인 스택은 계속 배웠습니다.',
			diedOnly:
				'스케일을 줄이지 않은 스택은 채널 대부분을 잃었지만, 줄인 스택도 여기서는 크게 더 배우지 못했습니다.',
			unclear: '이번 실행은 효과를 뚜렷이 보여 주지 못합니다. 다른 시드나 더 높은 학습률로 해 보십시오.'
		}
	},
	init: {
		setup: (depth, width, batch) =>
			`너비 ${width}의 블록 ${depth}개, 이미지 ${batch}장짜리 배치 하나, Glorot 균등 분포 가중치, 학습 모드의 배치 정규화: 스케일 1.0, 0.3, 0.1의 잔차 스택과 일반 스택.`,
		redraw: '새 가중치 뽑기',
		busy: 'Worker에서 계산하는 중입니다…',
		failed: (f) => `계산하지 못했습니다: ${failure(f)}`,
		fallback: (backend) => `${backend}에서 계산했습니다. 여기서는 WebAssembly가 시작되지 않았습니다.`,
		done: (seed) => `무작위 가중치로 계산했습니다 (시드 ${seed}).`,
		rmsTitle: '블록마다의 활성화 RMS',
		gradTitle: '블록마다 가중치의 기울기 노름',
		block: '블록',
		grad: '기울기 노름 (로그)',
		words: {
			plain: '일반',
			residual: (scale) => `잔차, 스케일 ${scale}`,
			rms: (blocks, unscaledFrom, unscaledTo, scaledFrom, scaledTo) =>
				`블록 ${blocks}개를 지나며 활성화 RMS는 스케일 없이 ${unscaledFrom}에서 ${unscaledTo}까지, 스케일 0.1에서는 ${scaledFrom}에서 ${scaledTo}까지 바뀝니다.`,
			spread: (larger, times) =>
				larger
					? `일반 스택에서 첫 블록의 기울기는 마지막 블록의 ${times}배입니다.`
					: `일반 스택에서 첫 블록의 기울기는 마지막 블록보다 ${times}배 작습니다.`
		}
	},
	preview: {
		caption: (count, size) =>
			`네트워크가 보는 것: ${size}x${size} 이미지 ${count}장. 열 가지 도형이 무작위 색, 위치, 크기, 약간의 회전으로 잡동사니와 잡음이 있는 그라데이션 위에 놓입니다. 배치는 매번 새로 만듭니다.`,
		redraw: '다른 배치 뽑기',
		shapes: {
			disk: '원판',
			ring: '고리',
			square: '정사각형',
			frame: '사각 테두리',
			triangle: '삼각형',
			'hollow triangle': '빈 삼각형',
			plus: '더하기',
			cross: '엑스',
			bar: '막대',
			'two bars': '막대 두 개'
		}
	}
};
