// A letter's report (the CLI's JSON for one file) → its row in the folder summary. Pure: the extension
// builds rows, the webview draws them, tests check them. The summary's JSON export is these reports.
import type { FileReport } from '../core/summary';
import { shorten } from './format';
import type { SummaryRow } from './summaryProtocol';

/** A path is cut only when absurdly long. */
const MAX_FILE = 2_000;

export function summaryRow(id: string, report: FileReport): SummaryRow {
  const letter = report.letter;
  const findings = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of report.findings) findings[f.severity]++;
  const { upheld, compliance, remedy } = letter?.statistics ?? { upheld: null, compliance: null, remedy: null };
  return {
    id,
    file: shorten(report.file, MAX_FILE),
    council: letter?.authority ? shorten(letter.authority) : null,
    reviewYear: letter?.reviewYear ?? null,
    period: letter?.period ?? null,
    upheld: upheld && { percent: upheld.percent, decisions: upheld.decisions, investigations: upheld.investigations, average: upheld.average },
    compliance: compliance && { percent: compliance.percent, outcomes: compliance.outcomes, average: compliance.average },
    // The share of upheld cases: the remedy block's own total only stands in when the upheld decisions are not stated.
    remedy: remedy && { percent: remedy.percent, decisions: remedy.decisions, base: upheld?.decisions ?? remedy.base ?? null, average: remedy.average },
    findings,
    note: report.error ? shorten(`not checked: ${report.error}`) : null,
  };
}
