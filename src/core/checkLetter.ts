// checkLetter: runs every rule over a parsed letter and returns its findings in document order.
import type { Finding, Letter } from './model';
import type { RulesConfig } from './config';
import { RULES } from './checks';
import type { Rule } from './checks/types';
import { applyDirectives } from './directives';

export interface CheckOptions {
  /** Per code, a severity or "off"; rules not named keep their default severity. */
  rules?: RulesConfig;
  /** The letter's text, to honour `<!-- letter-review-disable … -->` directives. */
  text?: string;
  /** The rules to run; all by default. */
  ruleSet?: readonly Rule[];
}

export function checkLetter(letter: Letter, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of options.ruleSet ?? RULES) {
    const setting = options.rules?.[rule.meta.code];
    if (setting === 'off') continue;
    const severity = setting ?? rule.meta.defaultSeverity;
    rule.check({
      letter,
      report: (f) => {
        findings.push({
          code: rule.meta.code,
          severity,
          message: f.message,
          span: clamp(f.span, letter.length),
          related: (f.related ?? []).map((r) => ({ message: r.message, span: clamp(r.span, letter.length) })),
          fix: f.fix ? { ...f.fix, span: clamp(f.fix.span, letter.length) } : null,
        });
      },
    });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return options.text === undefined ? findings : applyDirectives(options.text, findings);
}

function clamp(span: { start: number; end: number }, length: number): { start: number; end: number } {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}
