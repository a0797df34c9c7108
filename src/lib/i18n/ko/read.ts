import type { Messages } from '../en';

export const read: Messages['read'] = {};
