import type { Company } from '../src/data/schema';

export const companies_2 = [] satisfies readonly Company[];
