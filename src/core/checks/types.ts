// The shape of a check, after markdownlint's and ESLint's rules: metadata beside the function.
import type { Finding, Letter, Severity, Span } from '../model';

export interface RuleMeta {
  /** Stable code users configure by name. */
  code: string;
  title: string;
  defaultSeverity: Severity;
  /** What the rule checks, with its arithmetic; shown in docs and hovers. */
  description: string;
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
