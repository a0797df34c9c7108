// The English catalogue: every UI string of the site, by the part of the site it belongs to. Its type is the
// type of every catalogue (ko/index.ts), so a key missing or extra in either language fails the type check.
import { site } from './site';
import { landing } from './landing';
import { read } from './read';
import { explorer } from './explorer';
import { live } from './live';
import { compare } from './compare';
import { train } from './train';

export const en = { site, landing, read, explorer, live, compare, train };

export type Messages = typeof en;
