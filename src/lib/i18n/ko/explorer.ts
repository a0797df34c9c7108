import type { Messages } from '../en';

export const explorer: Messages['explorer'] = {};
