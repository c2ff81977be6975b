// What "Copy statistics as JSON" and "Save as JSON/CSV" produce. Pure: built from the letter's text,
// never from anything the webview sends. The JSON is one element of the CLI's `--format json` output
// (FileReportSchema), so a saved file and the CLI agree.
import type { Review } from '../../core/review';
import type { FileReport } from '../../core/summary';
import { findingToJson, summarizeLetter } from '../../core/summary';
import { LineIndex } from '../../core/text/lineIndex';

export function statisticsReport(file: string, review: Review, text: string): FileReport {
  const lines = new LineIndex(text);
  return { file, letter: summarizeLetter(review.letter), findings: review.findings.map((f) => findingToJson(f, lines)) };
}

export function statisticsJson(report: FileReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Columns of the CSV, in order, with how each is read from the report. */
const COLUMNS: readonly [string, (r: FileReport) => string | number | null][] = [
  ['file', (r) => r.file],
  ['council', (r) => r.letter?.authority ?? null],
  ['addressee', (r) => r.letter?.recipient.name ?? null],
  ['role', (r) => r.letter?.recipient.role ?? null],
  ['date', (r) => r.letter?.date ?? null],
  ['review_year', (r) => r.letter?.reviewYear ?? null],
  ['period_start', (r) => r.letter?.period?.start ?? null],
  ['period_end', (r) => r.letter?.period?.end ?? null],
  ['upheld_percent', (r) => r.letter?.statistics.upheld?.percent ?? null],
  ['upheld_average', (r) => r.letter?.statistics.upheld?.average ?? null],
  ['upheld_decisions', (r) => r.letter?.statistics.upheld?.decisions ?? null],
  ['detailed_investigations', (r) => r.letter?.statistics.upheld?.investigations ?? null],
  ['upheld_rate_per_100k', (r) => r.letter?.statistics.upheld?.rate ?? null],
  ['upheld_rate_average', (r) => r.letter?.statistics.upheld?.rateAverage ?? null],
  ['compliance_percent', (r) => r.letter?.statistics.compliance?.percent ?? null],
  ['compliance_average', (r) => r.letter?.statistics.compliance?.average ?? null],
  ['compliance_outcomes', (r) => r.letter?.statistics.compliance?.outcomes ?? null],
  ['compliance_none_due', (r) => (r.letter?.statistics.compliance?.noneDue === undefined ? null : String(r.letter.statistics.compliance.noneDue))],
  ['remedy_percent', (r) => r.letter?.statistics.remedy?.percent ?? null],
  ['remedy_average', (r) => r.letter?.statistics.remedy?.average ?? null],
  ['remedy_decisions', (r) => r.letter?.statistics.remedy?.decisions ?? null],
  ['remedy_base', (r) => r.letter?.statistics.remedy?.base ?? null],
  ['errors', (r) => r.findings.filter((f) => f.severity === 'error').length],
  ['warnings', (r) => r.findings.filter((f) => f.severity === 'warning').length],
];

export const CSV_HEADER = COLUMNS.map(([name]) => name);

/**
 * RFC 4180: a header line and one row, CRLF line ends. An empty field means "not stated" (or "n/a";
 * the JSON tells them apart). Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
 * start) gets a leading apostrophe: a council name must never become a formula.
 */
export function statisticsCsv(reports: readonly FileReport[]): string {
  const rows = [CSV_HEADER.map(csvField), ...reports.map((r) => COLUMNS.map(([, read]) => csvField(read(r))))];
  return rows.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
