// The one call most hosts need: parse, check, and keep what each host shows.
import type { Finding, Letter } from './model';
import type { RulesConfig } from './config';
import { parseLetter } from './parseLetter';
import { checkLetter } from './checkLetter';

export interface Review {
  letter: Letter;
  findings: Finding[];
}

export function reviewText(text: string, rules?: RulesConfig): Review {
  const letter = parseLetter(text);
  const findings = checkLetter(letter, rules ? { rules, text } : { text });
  return { letter, findings };
}
