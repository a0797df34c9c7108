import type { Messages } from '../en';

export const train: Messages['train'] = {};
