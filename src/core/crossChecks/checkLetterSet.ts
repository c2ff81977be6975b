// Runs the checks over letters read together and returns each letter's findings, in the order the
// letters were given: rule levels applied as for a single letter, and each letter's own
// `letter-review-disable` comments honoured when its text is given.
import type { RulesConfig } from '../config';
import type { Finding, Severity } from '../model';
import { applyDirectives } from '../directives';
import type { OfficialFigures } from '../official/officialFigures';
import { CROSS_RULES } from './rules';
import type { CrossRule, LetterInSet } from './types';

export interface SetCheckOptions {
  /** Per code, a severity or "off"; rules not named keep their default severity. */
  rules?: RulesConfig;
  official?: OfficialFigures | null;
  /** The rules to run; all by default. */
  ruleSet?: readonly CrossRule[];
}

export function checkLetterSet(letters: readonly LetterInSet[], options: SetCheckOptions = {}): Finding[][] {
  const findings: Finding[][] = letters.map(() => []);
  for (const rule of options.ruleSet ?? CROSS_RULES) {
    const setting = options.rules?.[rule.meta.code];
    if (setting === 'off') continue;
    const code = rule.meta.code;
    const severity: Severity = setting ?? rule.meta.defaultSeverity;
    rule.check({
      letters,
      official: options.official ?? null,
      report: (index, f) => {
        findings[index]?.push({ code, severity, message: f.message, span: { ...f.span }, related: f.related.map((r) => ({ ...r, span: { ...r.span } })), fix: null });
      },
    });
  }
  return findings.map((list, i) => {
    if (list.length > 1) list.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    const text = letters[i]!.text;
    return text === undefined || list.length === 0 ? list : applyDirectives(text, list);
  });
}
