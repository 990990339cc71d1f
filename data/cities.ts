import type { City } from '../src/data/schema';

export const cities = [] satisfies readonly City[];
