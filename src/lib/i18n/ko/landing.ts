import type { Messages } from '../en';

export const landing: Messages['landing'] = {};
