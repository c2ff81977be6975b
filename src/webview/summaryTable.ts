// Draws the folder summary's table from validated rows. Everything from a letter goes in as text
// (see ../dom.ts). What a row, a header or a count stands for is kept in WeakMaps, never in markup.
import type { Severity } from '../shared/summaryProtocol';
import { SUMMARY_COLUMNS } from '../shared/summaryColumns';
import type { SummaryColumn } from '../shared/summaryColumns';
import type { Sort, SummaryRow } from '../shared/summaryProtocol';
import { el } from './dom';
import { icon } from './icons';

/** The row id each table row stands for. */
export const rowIds = new WeakMap<Element, string>();
/** The column each header button sorts by. */
export const sortColumns = new WeakMap<Element, string>();
/** The finding each count button reveals. */
export const findingTargets = new WeakMap<Element, { id: string; severity: Severity }>();

const NOUNS: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], information: ['information finding', 'information findings'], hint: ['hint', 'hints'] };

export function renderTable(rows: readonly SummaryRow[], sort: Sort, activeId: string | null, caption: string): HTMLTableElement {
  const table = el('table', { class: 'summary' }, el('caption', { class: 'visually-hidden' }, caption), header(sort));
  const body = el('tbody', null);
  const active = rows.some((r) => r.id === activeId) ? activeId : (rows[0]?.id ?? null);
  for (const row of rows) body.append(tableRow(row, row.id === active));
  table.append(body);
  return table;
}

/** Two header rows: the groups ("Complaints upheld") over their columns; ungrouped columns span both. */
function header(sort: Sort): HTMLElement {
  const groups = el('tr', { class: 'groups' });
  const columns = el('tr', null);
  for (let i = 0; i < SUMMARY_COLUMNS.length; i++) {
    const column = SUMMARY_COLUMNS[i]!;
    if (column.group === null) {
      groups.append(headerCell(column, sort, { rowspan: '2' }));
      continue;
    }
    if (SUMMARY_COLUMNS[i - 1]?.group !== column.group) {
      const span = SUMMARY_COLUMNS.filter((c) => c.group === column.group).length;
      groups.append(el('th', { class: 'group', attrs: { scope: 'colgroup', colspan: String(span) } }, column.group));
    }
    columns.append(headerCell(column, sort, {}));
  }
  return el('thead', null, groups, columns);
}

function headerCell(column: SummaryColumn, sort: Sort, attrs: Record<string, string>): HTMLElement {
  const direction = sort?.column === column.key ? sort.direction : 'none';
  const mark = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '';
  const button = el(
    'button',
    { class: `sort${column.severity ? ` severity-${column.severity}` : ''}`, attrs: { type: 'button', title: `${column.description}: sort`, 'aria-label': column.description } },
    // A findings column is headed by its severity's icon alone: four narrow columns (the name stays in the title and the accessible name).
    column.severity ? icon(column.severity) : el('span', { class: 'label' }, column.label),
    el('span', { class: 'sort-mark', attrs: { 'aria-hidden': 'true' } }, mark),
  );
  sortColumns.set(button, column.key);
  return el('th', { class: column.numeric ? 'num' : '', attrs: { scope: 'col', 'aria-sort': direction, ...attrs } }, button);
}

function tableRow(row: SummaryRow, active: boolean): HTMLTableRowElement {
  const tr = el('tr', { class: `row${row.note ? ' row-unchecked' : ''}`, attrs: { tabindex: active ? '0' : '-1', title: `Open ${row.file}` } });
  rowIds.set(tr, row.id);
  for (const column of SUMMARY_COLUMNS) tr.append(cell(row, column, active));
  return tr;
}

function cell(row: SummaryRow, column: SummaryColumn, active: boolean): HTMLElement {
  const text = column.text(row);
  const title = column.title?.(row);
  const attrs: Record<string, string> = title ? { title } : {};
  if (column.key === 'council') {
    return el('th', { attrs: { scope: 'row', ...attrs }, class: 'council' }, text || el('span', { class: 'not-stated' }, 'no council named'), row.note ? el('span', { class: 'note' }, row.note) : null);
  }
  const className = [column.numeric ? 'num' : '', column.key === 'file' ? 'file' : '', column.severity && text === '0' ? 'zero' : ''].filter(Boolean).join(' ');
  if (!column.severity || !text || text === '0') return el('td', { class: className, attrs }, text);
  const n = row.findings[column.severity];
  const noun = NOUNS[column.severity][n === 1 ? 0 : 1];
  const button = el('button', { class: `count severity-${column.severity}`, attrs: { type: 'button', tabindex: active ? '0' : '-1', 'aria-label': `${text} ${noun}: show the first`, title: `Show the first ${NOUNS[column.severity][0]}` } }, text);
  findingTargets.set(button, { id: row.id, severity: column.severity });
  return el('td', { class: className }, button);
}

/** Roving focus: only the active row (and its buttons) is in the tab order. */
export function activate(row: HTMLTableRowElement): void {
  for (const other of Array.from(row.parentElement?.querySelectorAll<HTMLElement>('tr.row[tabindex="0"], tr.row button[tabindex="0"]') ?? [])) other.setAttribute('tabindex', '-1');
  row.setAttribute('tabindex', '0');
  for (const b of Array.from(row.querySelectorAll('button'))) b.setAttribute('tabindex', '0');
}
