// The CSV of letters: one row per file report. Its columns are the letter's particulars, then each
// figure the registry gives a column (src/core/figures.ts), then the findings by severity. The
// statistics panel's "Save CSV" writes it; every table of letters must use these columns. Written as
// every CSV the project writes (text/csvWrite.ts: RFC 4180, formulas neutralised).
import { FIGURES } from './figures';
import type { FigureArea } from './figures';
import type { FileReport } from './summary';
import { csvLine, csvTable } from './text/csvWrite';
import type { CsvCell } from './text/csvWrite';

export type CsvValue = CsvCell;

export interface CsvColumn {
  name: string;
  read: (report: FileReport) => CsvValue;
}

const LETTER_COLUMNS: readonly CsvColumn[] = [
  { name: 'file', read: (r) => r.file },
  { name: 'council', read: (r) => r.letter?.authority ?? null },
  { name: 'addressee', read: (r) => r.letter?.recipient.name ?? null },
  { name: 'role', read: (r) => r.letter?.recipient.role ?? null },
  { name: 'date', read: (r) => r.letter?.date ?? null },
  { name: 'review_year', read: (r) => r.letter?.reviewYear ?? null },
  { name: 'period_start', read: (r) => r.letter?.period?.start ?? null },
  { name: 'period_end', read: (r) => r.letter?.period?.end ?? null },
];

/** Columns that follow an area's figures and are not figures themselves. */
const AREA_EXTRAS: Partial<Record<FigureArea, readonly CsvColumn[]>> = {
  compliance: [
    {
      name: 'compliance_none_due',
      read: (r) => {
        const noneDue = r.letter?.statistics.compliance?.noneDue;
        return noneDue === undefined ? null : String(noneDue);
      },
    },
  ],
};

const FINDING_COLUMNS: readonly CsvColumn[] = [
  { name: 'errors', read: (r) => r.findings.filter((f) => f.severity === 'error').length },
  { name: 'warnings', read: (r) => r.findings.filter((f) => f.severity === 'warning').length },
];

/** The value at a dotted path of the JSON (`statistics.upheld.percent`), null where it stops. */
function valueAt(root: unknown, path: string): CsvValue {
  let at: unknown = root;
  for (const key of path.split('.')) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'number' || typeof at === 'string' ? at : null;
}

function figureColumns(): CsvColumn[] {
  const out: CsvColumn[] = [];
  const areas = [...new Set(FIGURES.map((f) => f.area))];
  for (const area of areas) {
    for (const def of FIGURES) {
      if (def.area === area && def.csvColumn) out.push({ name: def.csvColumn, read: (r) => valueAt(r.letter, def.jsonPath) });
    }
    out.push(...(AREA_EXTRAS[area] ?? []));
  }
  return out;
}

export const CSV_COLUMNS: readonly CsvColumn[] = [...LETTER_COLUMNS, ...figureColumns(), ...FINDING_COLUMNS];

export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map((c) => c.name);

/**
 * The header and one row per report. An empty field means "not stated" (or "n/a"; the JSON tells them
 * apart); a council name never becomes a spreadsheet formula.
 */
export function reportsCsv(reports: readonly FileReport[]): string {
  return csvTable(CSV_HEADER, reports.map((r) => CSV_COLUMNS.map((c) => c.read(r))));
}

/** One report's row of that table, CRLF included, for a writer that streams rows (the CLI's --format csv). */
export function reportCsvLine(report: FileReport): string {
  return csvLine(CSV_COLUMNS.map((c) => c.read(report)));
}

/** The header line of that table, CRLF included. */
export function csvHeaderLine(): string {
  return csvLine(CSV_HEADER);
}
