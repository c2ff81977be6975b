// Letters before 2019-20 carried two tables. Exported to text, each table row is one line of
// space-separated cells: a header row of column labels, then a row of figures (perhaps after a year
// label such as "2018/19"). "Complaints and enquiries received" is by service area; "Decisions made"
// has the detailed investigations (upheld, not upheld), advice given, closed after initial enquiries,
// incomplete or invalid, referred back for local resolution and the uphold rate (%). A header
// spread over two rows is read in reading order: "Detailed investigations" over "Upheld Not upheld"
// is only a group label. Cells are matched to labels one for one, or the table is not read.
import type { Table, TableColumn, TableColumnKey } from '../model';
import type { Capture, LetterFormat, Statement, StatementReader } from './types';

type Label = readonly [key: TableColumnKey | null, pattern: RegExp];

const and = '(?:and|&)';
const RECEIVED: readonly Label[] = [
  ['adultCare', /adult (?:social )?care(?: services)?/iy],
  ['benefitsAndTax', new RegExp(`benefits ${and} tax`, 'iy')],
  ['corporate', new RegExp(`corporate ${and} other services`, 'iy')],
  ['education', new RegExp(`education ${and} children['’]?s services`, 'iy')],
  ['environment', new RegExp(`environment(?:al)? services(?:,? public protection ${and} regulation)?`, 'iy')],
  ['highways', new RegExp(`highways ${and} transport`, 'iy')],
  ['housing', /housing/iy],
  ['planning', new RegExp(`planning ${and} development`, 'iy')],
  ['other', /other/iy],
  ['total', /total/iy],
  [null, /service area/iy],
];
const DECISIONS: readonly Label[] = [
  [null, /detailed investigations/iy],
  ['notUpheld', /not upheld/iy],
  ['upheld', /upheld/iy],
  ['adviceGiven', /advice given/iy],
  ['closedAfterInitialEnquiries', /closed after initial enquiries/iy],
  ['incompleteOrInvalid', /incomplete ?(?:or|\/) ?invalid/iy],
  ['referredBack', /referred back for local resolution/iy],
  ['averageUpholdRate', /average uphold rate(?: ?\(%\))?/iy],
  ['upholdRate', /uphold rate(?: ?\(%\))?/iy],
  ['total', /total/iy],
];

/** Room enough for both rows of the widest table. */
const READ_AHEAD = 1200;
const SEPARATOR = /[\s:|]*/y;
const ROW_LABEL = /(?:\d{4} ?[-/] ?\d{2,4}|\d{4}) /y;
const CELL = /(?:(?<n>\d{1,15}(?:\.\d{1,6})?)%?|(?<na>n\/a)|(?<dash>[-–]))(?=[\s|]|$)/iy;

function readTable(name: Table['name'], labels: readonly Label[], whole: Capture, r: StatementReader): Table | null {
  const rest = r.textFrom(whole.end, READ_AHEAD);
  const t = rest.text;
  const at = (i: number, j: number): Capture => ({ text: t.slice(i, j), start: rest.start + i, end: rest.start + j });
  const heads: { key: TableColumnKey; label: Capture }[] = [];
  let i = 0;
  for (;;) {
    SEPARATOR.lastIndex = i;
    SEPARATOR.exec(t);
    i = SEPARATOR.lastIndex;
    const found = labels.find(([, p]) => {
      p.lastIndex = i;
      return p.test(t) && !/\p{L}/u.test(t.charAt(p.lastIndex));
    });
    if (!found) break;
    const end = found[1].lastIndex;
    if (found[0] && !heads.some((h) => h.key === found[0])) heads.push({ key: found[0], label: at(i, end) });
    i = end;
  }
  if (heads.length < 2) return null;
  ROW_LABEL.lastIndex = i;
  if (ROW_LABEL.test(t)) i = ROW_LABEL.lastIndex;
  const columns: TableColumn[] = [];
  for (const head of heads) {
    SEPARATOR.lastIndex = i;
    SEPARATOR.exec(t);
    CELL.lastIndex = SEPARATOR.lastIndex;
    const cell = CELL.exec(t);
    if (!cell) return null;
    const start = cell.index;
    const value = cell.groups!.n ?? cell.groups!.na ?? cell.groups!.dash!;
    columns.push({ key: head.key, label: r.located(head.label), figure: r.figure(at(start, start + value.length)) });
    i = CELL.lastIndex;
  }
  const title = r.located(whole);
  const last = columns[columns.length - 1]!.figure.span;
  return { name, title, span: { start: title.span.start, end: last.end }, columns };
}

const statements: Statement[] = [
  {
    name: 'received-table',
    keyword: 'complaints and enquiries received',
    pattern: /complaints and enquiries received/gid,
    read: (_g, w, r) => {
      const table = readTable('received', RECEIVED, w, r);
      return table ? [{ kind: 'table', table }] : [];
    },
  },
  {
    name: 'decisions-table',
    keyword: 'decisions made',
    pattern: /decisions made/gid,
    read: (_g, w, r) => {
      const table = readTable('decisions', DECISIONS, w, r);
      return table ? [{ kind: 'table', table }] : [];
    },
  },
];

export const tables2019: LetterFormat = {
  name: 'tables-2018-19',
  description: 'The "Complaints and enquiries received" and "Decisions made" tables of letters before 2019-20',
  statements,
  headings: [
    { pattern: /^complaints and enquiries received$/i, level: 2 },
    { pattern: /^decisions made$/i, level: 2 },
  ],
};
