import { randomBytes } from 'node:crypto';

/** A fresh name per test: its own topics (via prefix), consumer groups and database. */
export const uniqueName = (label: string): string => `t_${label}_${randomBytes(4).toString('hex')}`;
