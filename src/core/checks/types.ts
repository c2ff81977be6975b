// The shape of a check, after markdownlint's and ESLint's rules: metadata beside the function, in a
// file named by the rule's code (src/core/checks/<code>.ts), with its documentation examples.
import type { Finding, Letter, Severity, Span } from '../model';

export interface RuleMeta {
  /** Stable code users configure by name. */
  code: string;
  title: string;
  defaultSeverity: Severity;
  /** What the rule checks, with its arithmetic; shown in docs and hovers. */
  description: string;
}

/**
 * A rule's examples in docs/rules.md, exported beside the rule as `examples` from its file
 * (src/core/checks/<code>.ts). Tests run them: the failing one must raise the rule, the passing one not.
 */
export interface RuleExamples extends RuleCase {
  /** Further cases the rule covers, each with its failing and passing example, shown after the first. */
  more?: readonly RuleCase[];
}

/** One case of a rule: a letter that raises it and one like it that does not. */
export interface RuleCase {
  fails: {
    /** Why it fails, in a sentence. */
    why: string;
    text: string;
  };
  passes: string;
}

export type Report = (finding: {
  message: string;
  span: Span;
  related?: { message: string; span: Span }[];
  fix?: { title: string; span: Span; newText: string } | null;
}) => void;

export interface RuleContext {
  letter: Letter;
  report: Report;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export type { Finding };
