import type { Messages } from '../en';

export const compare: Messages['compare'] = {};
