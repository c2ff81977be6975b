// CSV as every file the project writes it (the CLI's --format csv, the panel's Save CSV, the folder
// summary's export): RFC 4180, a header and rows, CRLF line ends, fields quoted only when they must be.
// A text cell a spreadsheet would run as a formula is neutralised here, once, for all of them.

/** What a cell may hold. null is an empty field ("not stated"). */
export type CsvCell = string | number | boolean | null;

/**
 * Text a spreadsheet would read as a formula or a command: it starts with = + - @ (or their full-width
 * forms, which some spreadsheets accept in their place), possibly after spaces or line breaks that an
 * import trims, or with a tab or carriage return (OWASP's list for CSV injection).
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** A field that must be quoted: it holds a quote, a comma or a line break, or starts or ends with a space. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One field. Numbers are written as numbers (a negative number stays a number); text that would start
 * a formula gets a leading apostrophe, which spreadsheets show as text and do not run.
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: the header line, then one line per row, each ended by CRLF. */
export function csvTable(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let out = csvLine(header);
  for (const row of rows) out += csvLine(row);
  return out;
}

/** One line of a CSV file, CRLF included: for a writer that streams its rows. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
