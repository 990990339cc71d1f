import type { Company } from '../src/data/schema';

export const companies = [] satisfies readonly Company[];
