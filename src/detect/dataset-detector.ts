/** The detector over the bundled dataset. Free of any NLP import, so the page entry stays small. */
import { entities } from '../data/index';
import { createDetector } from './detector';

export const datasetDetector = createDetector(() => entities);
