import type { Messages } from '../en';

export const live: Messages['live'] = {};
