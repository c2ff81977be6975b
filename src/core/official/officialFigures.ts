// The Ombudsman's published figures, read from a long-form CSV (`--official FILE.csv`, the setting
// letterReview.officialFigures): a header naming the columns council, year, metric and value (in any
// order, among others, which are ignored), then one figure per line. Unknown metrics are ignored.
// Anything else that is wrong gives one error that names the line. A message shows nothing of the
// file except, once the header has shown the file to be such a CSV, the first 80 characters of a line
// that is plainly CSV: a file named by mistake (a key, a password list) is never echoed.
import type { Span } from '../model';
import { CouncilIndex } from '../councilNames';
import { readCsv } from '../text/csvRead';
import type { CsvRecord } from '../text/csvRead';
import { parseFinancialYear } from './financialYear';
import { officialMetric } from './metrics';
import type { OfficialMetric } from './metrics';
import type { Deadline } from '../timeLimit';

export interface OfficialFigure {
  value: number;
  /** The line of the file that gives it (1-based), and the record's offsets in the file's text. */
  line: number;
  span: Span;
}

/** Where the table came from: `name` in messages ("official.csv"), `file` in related locations (a path, a URI). */
export interface OfficialSource {
  name: string;
  file: string;
}

export interface OfficialFigures {
  source: OfficialSource;
  /** The figure the file gives for this council (matched by name), year ("2019-20") and metric. */
  lookup(council: string, year: string, metric: OfficialMetric): OfficialFigure | undefined;
  councils: number;
  figures: number;
}

/**
 * The table, or why it could not be read: `message` names the file and line ("official.csv line 3: the
 * value is not a number"), `reason` is the same without them, for hosts that place it themselves.
 */
export type OfficialRead = { ok: true; table: OfficialFigures } | { ok: false; line: number; message: string; reason: string };

const COLUMNS = ['council', 'year', 'metric', 'value'] as const;
type Column = (typeof COLUMNS)[number];

/** year → metric name → figure */
type CouncilFigures = Map<string, Map<string, OfficialFigure>>;

/** Rows read between two looks at the deadline: a clock read per row would cost more than the row. */
const ROWS_PER_DEADLINE_CHECK = 1024;

/** `deadline`: past it, reading stops with TimeLimitReached (see timeLimit.ts). */
export function readOfficialFigures(text: string, source: OfficialSource, deadline?: Deadline): OfficialRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offset = text.length - body.length;
  const fail = (line: number, reason: string): OfficialRead => ({ ok: false, line, message: `${source.name} line ${line}: ${reason}`, reason });
  const csv = readCsv(body);
  deadline?.check();
  if (!csv.ok) return fail(csv.error.line, `not a well-formed CSV file: ${csv.error.message}`);
  const [header, ...rows] = csv.records;
  if (!header) return fail(1, `the file is empty; it needs a header line naming the columns ${COLUMNS.join(', ')}`);
  const at = columnsOf(header);
  if ('missing' in at) return fail(header.line, `the header does not name the column${at.missing.length === 1 ? '' : 's'} ${at.missing.join(', ')}; it must name ${COLUMNS.join(', ')}`);

  const index = new CouncilIndex<CouncilFigures>();
  let figures = 0;
  for (const [i, row] of rows.entries()) {
    if (i % ROWS_PER_DEADLINE_CHECK === ROWS_PER_DEADLINE_CHECK - 1) deadline?.check();
    const failRow = (message: string): OfficialRead => {
      const shown = excerpt(body, row);
      return fail(row.line, shown ? `${message}: ${shown}` : message);
    };
    if (row.fields.length !== header.fields.length) {
      return failRow(`${counted(row.fields.length, 'field')}, but the header has ${header.fields.length}`);
    }
    const cell = (column: Column): string => row.fields[at.columns[column]]!.trim();
    const metric = officialMetric(cell('metric'));
    if (!metric) continue;
    if (cell('council') === '') return failRow('no council named');
    const year = parseFinancialYear(cell('year'));
    if (!year) return failRow('the year is not written as a year such as 2019-20');
    const value = parseValue(cell('value'));
    if (value === 'not a number') return failRow('the value is not a number');
    if (value === null) continue;
    const byYear = index.entry(cell('council'), () => new Map());
    const byMetric = byYear.get(year) ?? new Map<string, OfficialFigure>();
    byYear.set(year, byMetric);
    const earlier = byMetric.get(metric.name);
    if (earlier && earlier.value !== value) return failRow(`gives this council's ${metric.name} for ${year} again with another value (first on line ${earlier.line})`);
    if (earlier) continue;
    byMetric.set(metric.name, { value, line: row.line, span: { start: row.start + offset, end: row.end + offset } });
    figures++;
  }
  const matched = new Map<string, CouncilFigures | undefined>();
  return {
    ok: true,
    table: {
      source,
      lookup: (council, year, metric) => {
        // A letter asks once per figure: its council's name is matched once.
        let found = matched.get(council);
        if (found === undefined && !matched.has(council)) matched.set(council, (found = index.find(council)));
        return found?.get(year)?.get(metric.name);
      },
      councils: index.size,
      figures,
    },
  };
}

function columnsOf(header: CsvRecord): { columns: Record<Column, number> } | { missing: Column[] } {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) return { missing };
  return { columns: Object.fromEntries(COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<Column, number> };
}

/**
 * A number as tables print it: "96", "96%", "95.6", "-3", "1,234". Empty, "n/a" and "-" stand for no
 * figure (null); anything else is not a number.
 */
export function parseValue(text: string): number | null | 'not a number' {
  const t = text.trim();
  if (t === '' || t === '-' || /^n\/?a$/i.test(t)) return null;
  let value = Number.NaN;
  if (/^[+-]?\d+(?:\.\d+)?%?$/.test(t)) value = Number(t.replace('%', ''));
  else if (/^\d{1,3}(?:,\d{3})+$/.test(t)) value = Number(t.replace(/,/g, ''));
  return Number.isFinite(value) ? value : 'not a number';
}

/** Control, format (bidirectional overrides among them), private-use and unassigned characters, and U+FFFD. */
const NOT_PLAIN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\uFFFD]/u;

/** Shown in a message only when the line is plainly CSV: printable text with a comma, cut at 80 characters. */
function excerpt(text: string, record: CsvRecord): string | null {
  const lineEnd = text.slice(record.start, record.end).search(/[\r\n]/);
  const line = text.slice(record.start, lineEnd < 0 ? record.end : record.start + lineEnd);
  if (!line.includes(',') || NOT_PLAIN.test(line)) return null;
  const chars = Array.from(line);
  return `"${chars.length > 80 ? `${chars.slice(0, 80).join('')}…` : line}"`;
}

function counted(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}
