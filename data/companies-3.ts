import type { Company } from '../src/data/schema';

export const companies_3 = [] satisfies readonly Company[];
