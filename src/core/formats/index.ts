// The formats the parser knows. To read a new year's wording, add a file beside this one and list it.
import type { LetterFormat } from './types';
import { letter2020 } from './letter2020';

export const FORMATS: readonly LetterFormat[] = [letter2020];
export type { LetterFormat } from './types';
