// The Korean web font's stylesheet (Noto Sans KR, variable, split by Unicode range), emitted by Vite from
// node_modules: Korean pages link it (no CDN), and a browser fetches only the ranges it must draw.
import href from '@fontsource-variable/noto-sans-kr/wght.css?url';

export const KOREAN_FONT_CSS: string = href;
