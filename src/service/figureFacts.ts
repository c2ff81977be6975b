// What each figure in a letter is, and the arithmetic it takes part in: the text of the hover on a
// figure ("Upheld: 1 of 1 detailed investigation = 100%; similar authorities 45%").
// Built from the letter model's spans. No vscode import.
import { AREAS, areaDefinition, baseOf, figureIn, figuresOf } from '../core';
import type { Area, Figure, FigureArea, Letter, Overview, Span, Table } from '../core';
import { plural } from './localize';
import type { Localize } from './localize';

export interface FigureFact {
  /** Where hovering shows this fact: the figure, and the noun it counts. */
  spans: Span[];
  /** What the figure is, e.g. "Complaints upheld: 100%". */
  title: string;
  /** The arithmetic of the figure's key area, and anything else worth knowing. */
  lines: string[];
}

export function figureFacts(letter: Letter, t: Localize): FigureFact[] {
  const facts: FigureFact[] = [];
  const add = (figure: Figure | null | undefined, title: string, lines: string[]): void => {
    if (!figure) return;
    const spans = [figure.span];
    if (figure.noun) spans.push(figure.noun.span);
    facts.push({ spans, title, lines });
  };
  const addFigures = (area: FigureArea, lines: string[]): void => {
    for (const def of figuresOf(area)) {
      const f = figureIn(letter, def);
      add(f, t('{0}: {1}', t(def.label), def.kind === 'percent' || def.kind === 'average' ? percent(f) : count(f)), lines);
    }
  };

  for (const area of AREAS) {
    const block = letter.statistics[area];
    if (!block) continue;
    const line = arithmetic(letter, area, t);
    addFigures(area, [line]);
    const name = areaDefinition(area).short.toLowerCase();
    for (const c of block.captions) add(c.percent, t('Caption repeating the {0} percentage: {1}', t(name), percent(c.percent)), [line]);
  }
  const overview = letter.statistics.overview;
  if (overview) addFigures('overview', [overviewArithmetic(overview, t)]);
  for (const table of letter.statistics.tables ?? []) {
    const lines = tableArithmetic(table, t);
    for (const column of table.columns) {
      const rate = column.key === 'upholdRate' || column.key === 'averageUpholdRate';
      add(column.figure, t('{0} — {1}: {2}', table.title.text, column.label.text.replace(/\s+/g, ' '), rate ? percent(column.figure) : count(column.figure)), lines);
    }
  }
  return facts;
}

/** The arithmetic of a key area: its percentage worked out from its counts, beside the average. */
function arithmetic(letter: Letter, area: Area, t: Localize): string {
  const percentage = figureIn(letter, `${area}.percent`);
  const average = figureIn(letter, `${area}.average`);
  if (area === 'upheld') return upheldArithmetic(figureIn(letter, 'upheld.decisions'), baseOf(letter, 'upheld.percent'), percentage, average, t);
  if (area === 'remedy') return remedyArithmetic(figureIn(letter, 'remedy.decisions'), baseOf(letter, 'remedy.percent'), percentage, average, t);
  if (letter.statistics.compliance?.noneDue) return t('Compliance: no recommendations were due in this period');
  return complianceArithmetic(baseOf(letter, 'compliance.percent'), percentage, average, t);
}

/** The columns a table's Total adds up (never its rates), as the table-total-mismatch rule counts them. */
const COUNTED_COLUMNS: Record<Table['name'], readonly string[]> = {
  received: ['adultCare', 'benefitsAndTax', 'corporate', 'education', 'environment', 'highways', 'housing', 'planning', 'other'],
  decisions: ['upheld', 'notUpheld', 'adviceGiven', 'closedAfterInitialEnquiries', 'incompleteOrInvalid', 'referredBack'],
};

function tableArithmetic(table: Table, t: Localize): string[] {
  const cell = (key: string) => table.columns.find((c) => c.key === key)?.figure ?? null;
  const lines: string[] = [];
  const parts = table.columns.filter((c) => COUNTED_COLUMNS[table.name].includes(c.key)).map((c) => c.figure.value);
  const total = cell('total');
  if (parts.length > 0 && parts.every((v): v is number => v !== null)) {
    const sum = parts.reduce((a, b) => a + b, 0);
    const printed = total?.value != null && total.value !== sum ? ` ${t('(the table says {0})', total.value)}` : '';
    lines.push(t('Total: {0} = {1}', parts.join(' + '), sum) + printed);
  }
  const upheld = cell('upheld');
  const notUpheld = cell('notUpheld');
  if (table.name === 'decisions' && upheld?.value != null && notUpheld?.value != null) {
    const investigated = upheld.value + notUpheld.value;
    const head = investigated > 0
      ? plural(t, investigated, 'Uphold rate: {0} upheld of {1} detailed investigation = {2}', 'Uphold rate: {0} upheld of {1} detailed investigations = {2}', upheld.value, investigated, percentOf((100 * upheld.value) / investigated))
      : t('Uphold rate: no detailed investigations were decided');
    lines.push(withAverage(head, cell('averageUpholdRate'), t));
  }
  return lines;
}

function overviewArithmetic(o: Overview, t: Localize): string {
  const parts = [o.notForUs?.value, o.assessed?.value, o.investigated?.value];
  if (parts.some((v) => v == null)) return t('Complaints dealt with: {0} (its parts are not all stated)', count(o.complaints));
  const [n, a, i] = parts as number[];
  const base = t('{0} not for us or not ready + {1} assessed and closed + {2} investigated = {3}', n!, a!, i!, n! + a! + i!);
  return o.complaints?.value != null && o.complaints.value !== n! + a! + i! ? t('{0} (the letter says {1} complaints dealt with)', base, o.complaints.value) : base;
}

/** The fact for the figure under `offset`, if any (spans are half-open; the end counts, as a cursor there touches the figure). */
export function factAt(facts: readonly FigureFact[], offset: number): { fact: FigureFact; span: Span } | undefined {
  for (const fact of facts) {
    const span = fact.spans.find((s) => s.start <= offset && offset <= s.end);
    if (span) return { fact, span };
  }
  return undefined;
}

function upheldArithmetic(k: Figure | null, total: Figure | null, n: Figure | null, avg: Figure | null, t: Localize): string {
  const head = ratio(k, total, n, t);
  return withAverage(head ? t('Upheld: {0}', head) : t('Upheld: {0} (its counts are not stated)', percent(n)), avg, t);
}

function remedyArithmetic(r: Figure | null, base: Figure | null, n: Figure | null, avg: Figure | null, t: Localize): string {
  const head = ratio(r, base, n, t);
  return withAverage(head ? t('Satisfactory remedy: {0}', head) : t('Satisfactory remedy: {0} (its counts are not stated)', percent(n)), avg, t);
}

function complianceArithmetic(outcomes: Figure | null, n: Figure | null, avg: Figure | null, t: Localize): string {
  let head: string;
  if (outcomes?.value != null && outcomes.value > 0 && n?.value != null) {
    const cases = (n.value * outcomes.value) / 100;
    head = plural(t, cases, 'Compliance: {0} of {1} = {2} case complied with', 'Compliance: {0} of {1} = {2} cases complied with', percent(n), counted(outcomes), round(cases));
  } else {
    head = t('Compliance: {0} (its outcomes are not stated)', percent(n));
  }
  return withAverage(head, avg, t);
}

/** "1 of 1 detailed investigation = 100%", and what the letter prints when that differs. */
function ratio(part: Figure | null, whole: Figure | null, printed: Figure | null, t: Localize): string | null {
  if (part?.value == null || whole?.value == null) return null;
  if (whole.value === 0) return t('{0} of {1}: no percentage can be taken', part.value, counted(whole));
  const computed = (100 * part.value) / whole.value;
  const base = t('{0} of {1} = {2}', part.value, counted(whole), percentOf(computed));
  if (printed?.value == null || Math.abs(printed.value - (100 * part.value) / whole.value) <= 0.5) return base;
  return t('{0} (the letter says {1})', base, percent(printed));
}

function withAverage(line: string, avg: Figure | null, t: Localize): string {
  if (!avg) return line;
  return t('{0}; similar authorities {1}', line, percent(avg));
}

/** "1 detailed investigation", or just "11" when the letter names no noun. */
function counted(f: Figure): string {
  const noun = f.noun?.text.replace(/\s+/g, ' ');
  return noun ? `${round(f.value ?? 0)} ${noun}` : round(f.value ?? 0);
}

function percent(f: Figure | null | undefined): string {
  if (!f) return '—';
  return f.value === null ? 'n/a' : percentOf(f.value);
}

/** "33.3%": one number style, no space before the sign. */
function percentOf(n: number): string {
  return `${round(n)}%`;
}

function count(f: Figure | null | undefined): string {
  if (!f) return '—';
  return f.value === null ? 'n/a' : String(round(f.value));
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
