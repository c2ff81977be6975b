// The formats the parser knows. To read a new year's wording, add a file beside this one and list it.
// Every statement of every format runs (those whose keyword is absent cost nothing), so the order
// here matters only where two formats read the same figure: the first statement in the text wins.
import type { LetterFormat } from './types';
import { letter2020 } from './letter2020';
import { tables2019 } from './tables2019';
import { statisticsPage } from './statisticsPage';
import { population2023 } from './population2023';
import { overview2025 } from './overview2025';
import { quoted } from './quoted';

export const FORMATS: readonly LetterFormat[] = [letter2020, tables2019, statisticsPage, population2023, overview2025, quoted];
export type { LetterFormat } from './types';
