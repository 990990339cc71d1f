import type { Policy } from '../src/data/schema';

export const policies = [] satisfies readonly Policy[];
