// 한국어 카탈로그: en/index.ts와 같은 모양이어야 한다 (타입 검사가 빠진 키를 잡는다).
import type { Messages } from '../en';
import { site } from './site';
import { landing } from './landing';
import { read } from './read';
import { explorer } from './explorer';
import { live } from './live';
import { compare } from './compare';
import { train } from './train';

export const ko: Messages = { site, landing, read, explorer, live, compare, train };
