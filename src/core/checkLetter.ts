// checkLetter: runs every rule over a parsed letter and returns its findings in document order.
// It runs once per letter (a CLI over a folder calls it thousands of times), so the loop allocates
// nothing per rule: one context and one report function serve every rule, told apart by the
// current code and severity.
import type { Finding, Letter, Severity, Span } from './model';
import type { RulesConfig } from './config';
import { RULES } from './checks';
import type { Report, Rule, RuleContext } from './checks/types';
import { applyDirectives } from './directives';
import type { Deadline } from './timeLimit';

export interface CheckOptions {
  /** Per code, a severity or "off"; rules not named keep their default severity. */
  rules?: RulesConfig;
  /** The letter's text, to honour `<!-- letter-review-disable … -->` directives. */
  text?: string;
  /** The rules to run; all by default. */
  ruleSet?: readonly Rule[];
  /** Asked before each rule; past it, checking stops with TimeLimitReached. */
  deadline?: Deadline;
}

export function checkLetter(letter: Letter, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  let code = '';
  let severity: Severity = 'error';
  // Spans are copied as the rule made them, never clamped into the text: the property "every span
  // lies inside the text" (test/core/support/engineProperties.ts) then catches a rule's wrong range.
  const report: Report = (f) => {
    const fix = f.fix;
    findings.push({
      code,
      severity,
      message: f.message,
      span: copy(f.span),
      related: (f.related ?? []).map((r) => ({ message: r.message, span: copy(r.span) })),
      fix: fix ? { ...fix, span: copy(fix.span) } : null,
    });
  };
  const context: RuleContext = { letter, report };
  const settings = options.rules;
  for (const rule of options.ruleSet ?? RULES) {
    const setting = settings?.[rule.meta.code];
    if (setting === 'off') continue;
    code = rule.meta.code;
    severity = setting ?? rule.meta.defaultSeverity;
    options.deadline?.check();
    rule.check(context);
  }
  if (findings.length > 1) findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return options.text === undefined ? findings : applyDirectives(options.text, findings);
}

const copy = (span: Span): Span => ({ start: span.start, end: span.end });
