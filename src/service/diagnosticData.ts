// Findings as the plain data a vscode.Diagnostic is built from: line/character ranges, severity,
// related figures, and the rule documentation each code links to. No vscode import.
import type { Finding, FindingJson, Range, Severity } from '../core';
import { LineIndex, findingToJson } from '../core';

export const DIAGNOSTIC_SOURCE = 'letter-review';

/** A finding with line/character ranges: the same data as the CLI's JSON gives for it. */
export type DiagnosticData = FindingJson;

export function toDiagnosticData(finding: Finding, lines: LineIndex): DiagnosticData {
  return findingToJson(finding, lines);
}

/** The findings a letter keeps once the codes ignored for it (`letterReview.ignore`) are dropped. */
export function withoutIgnored(findings: readonly Finding[], ignored: readonly string[]): Finding[] {
  if (ignored.length === 0) return [...findings];
  const codes = new Set(ignored);
  return findings.filter((f) => !codes.has(f.code));
}

/** The finding a diagnostic came from: same code, same range (diagnostics come back as copies). */
export function findingFor(
  findings: readonly Finding[],
  lines: LineIndex,
  diagnostic: { code: string; range: Range },
): Finding | undefined {
  const same = (a: Range, b: Range): boolean =>
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
  return findings.find((f) => f.code === diagnostic.code && same(lines.rangeOf(f.span), diagnostic.range));
}

/** How many findings of each severity; for the status bar and the workspace check's summary. */
export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
