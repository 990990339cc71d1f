import type { Zone } from '../src/data/schema';

export const zones = [] satisfies readonly Zone[];
