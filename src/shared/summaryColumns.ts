// The folder summary's columns: what each shows, how it sorts and filters. Described once here; the
// webview draws the table from these, and the unit tests sort and filter with the same functions.
import type { Severity } from '../core/model';
import { financialYearOf } from '../core/official/financialYear';
import { compareNatural } from '../core/text/naturalOrder';
import { formatCount, formatIsoDate, formatPercent } from './format';
import type { Sort, SummaryRow } from './summaryProtocol';

/** What a cell sorts by: a number, a text, or null for an empty cell (always last). */
export type SortValue = number | string | null;

export interface SummaryColumn {
  key: string;
  /** The column header. */
  label: string;
  /** The header's full meaning (its tooltip and accessible name). */
  description: string;
  /** The heading over a group of columns ("Complaints upheld"), if any. */
  group: string | null;
  numeric: boolean;
  sortValue(row: SummaryRow): SortValue;
  /** The cell as shown; "" when empty. */
  text(row: SummaryRow): string;
  /** The cell in full, as its tooltip, where `text` shortens it. */
  title?(row: SummaryRow): string;
  /** A findings column: its count opens the first finding of this severity. */
  severity?: Severity;
}

const periodText = (p: { start: string; end: string }): string => `${formatIsoDate(p.start)} to ${formatIsoDate(p.end)}`;
const percent = (n: number | null | undefined): string => (n === null || n === undefined ? '' : formatPercent(n));
const count = (n: number | null | undefined): string => (n === null || n === undefined ? '' : formatCount(n));
const part = (k: number | null | undefined, of: number | null | undefined): string => (k != null && of != null ? `${formatCount(k)} of ${formatCount(of)}` : count(of ?? k));

function areaColumns(group: string, key: 'upheld' | 'compliance' | 'remedy', cases: { description: string; sortValue(row: SummaryRow): SortValue; text(row: SummaryRow): string }): SummaryColumn[] {
  const name = group.toLowerCase();
  return [
    { key: `${key}-percent`, label: '%', description: `${group}: percentage`, group, numeric: true, sortValue: (r) => r[key]?.percent ?? null, text: (r) => percent(r[key]?.percent) },
    { key: `${key}-cases`, label: 'Cases', description: cases.description, group, numeric: true, sortValue: cases.sortValue, text: cases.text },
    { key: `${key}-average`, label: 'Average', description: `${group}: similar authorities’ average for ${name}`, group, numeric: true, sortValue: (r) => r[key]?.average ?? null, text: (r) => percent(r[key]?.average) },
  ];
}

function findingsColumn(severity: Severity, label: string, description: string): SummaryColumn {
  const value = (r: SummaryRow): number => r.findings[severity];
  return { key: `findings-${severity}`, label, description, group: 'Findings', numeric: true, severity, sortValue: value, text: (r) => (r.note ? '' : formatCount(value(r))) };
}

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { key: 'council', label: 'Council', description: 'Council', group: null, numeric: false, sortValue: (r) => r.council, text: (r) => r.council ?? '', title: (r) => r.council ?? '' },
  { key: 'year', label: 'Year', description: 'Review year', group: null, numeric: true, sortValue: (r) => r.reviewYear, text: (r) => (r.reviewYear === null ? '' : String(r.reviewYear)) },
  {
    key: 'period', label: 'Period', description: 'Period the statistics cover', group: null, numeric: false,
    sortValue: (r) => (r.period ? `${r.period.start} ${r.period.end}` : null),
    // The Ombudsman's year ("2019-20") when the period is one, else its dates.
    text: (r) => (r.period ? (financialYearOf(r.period) ?? periodText(r.period)) : ''),
    title: (r) => (r.period ? periodText(r.period) : ''),
  },
  ...areaColumns('Complaints upheld', 'upheld', {
    description: 'Complaints upheld: upheld decisions of detailed investigations',
    sortValue: (r) => r.upheld?.investigations ?? r.upheld?.decisions ?? null,
    text: (r) => part(r.upheld?.decisions, r.upheld?.investigations),
  }),
  ...areaColumns('Compliance', 'compliance', {
    description: 'Compliance: compliance outcomes',
    sortValue: (r) => r.compliance?.outcomes ?? null,
    text: (r) => count(r.compliance?.outcomes),
  }),
  ...areaColumns('Satisfactory remedies', 'remedy', {
    description: 'Satisfactory remedies: remedy decisions of upheld decisions',
    sortValue: (r) => r.remedy?.base ?? r.remedy?.decisions ?? null,
    text: (r) => part(r.remedy?.decisions, r.remedy?.base),
  }),
  findingsColumn('error', 'Errors', 'Findings: errors'),
  findingsColumn('warning', 'Warnings', 'Findings: warnings'),
  findingsColumn('information', 'Info', 'Findings: information'),
  findingsColumn('hint', 'Hints', 'Findings: hints'),
  { key: 'file', label: 'File', description: 'File', group: null, numeric: false, sortValue: (r) => r.file, text: (r) => r.file },
];

export function summaryColumn(key: string): SummaryColumn | undefined {
  return SUMMARY_COLUMNS.find((c) => c.key === key);
}

/** Files in natural order: letter-2 before letter-10 (one definition, in the core, for the CLI too). */
export { compareNatural };

/**
 * The rows in the order of `sort`: numbers as numbers, text in natural order, empty cells last in
 * either direction; ties, and no sort at all, in natural order of their files.
 */
export function sortRows(rows: readonly SummaryRow[], sort: Sort): SummaryRow[] {
  const column = sort ? summaryColumn(sort.column) : undefined;
  const sign = sort?.direction === 'descending' ? -1 : 1;
  const keyed = rows.map((row) => ({ row, value: column ? column.sortValue(row) : null }));
  keyed.sort((a, b) => {
    if (column) {
      const emptyA = a.value === null || a.value === '';
      const emptyB = b.value === null || b.value === '';
      if (emptyA !== emptyB) return emptyA ? 1 : -1;
      if (!emptyA) {
        const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : compareNatural(String(a.value), String(b.value));
        if (order !== 0) return sign * order;
      }
    }
    return compareNatural(a.row.file, b.row.file);
  });
  return keyed.map((k) => k.row);
}

/** The rows any of whose cells contains the filter text (any case); all rows for an empty filter. */
export function filterRows(rows: readonly SummaryRow[], filter: string): SummaryRow[] {
  const needle = filter.trim().toLocaleLowerCase('en');
  if (!needle) return [...rows];
  return rows.filter((row) => SUMMARY_COLUMNS.some((c) => c.text(row).toLocaleLowerCase('en').includes(needle)) || (row.note?.toLocaleLowerCase('en').includes(needle) ?? false));
}
