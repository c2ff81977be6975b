// The one call most hosts need: parse, check, and keep what each host shows.
import type { Finding, Letter } from './model';
import type { RulesConfig } from './config';
import { parseLetter } from './parseLetter';
import { checkLetter } from './checkLetter';
import type { Deadline } from './timeLimit';

export interface Review {
  letter: Letter;
  findings: Finding[];
}

export interface ReviewOptions {
  /** Past it, the review stops with TimeLimitReached (see timeLimit.ts). */
  deadline?: Deadline;
}

export function reviewText(text: string, rules?: RulesConfig, options: ReviewOptions = {}): Review {
  const { deadline } = options;
  const letter = parseLetter(text, deadline ? { deadline } : {});
  const findings = checkLetter(letter, { text, ...(rules ? { rules } : {}), ...(deadline ? { deadline } : {}) });
  return { letter, findings };
}
