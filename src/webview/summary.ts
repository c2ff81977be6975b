// The folder summary's script (bundled to dist/webview/summary.js, loaded with the page's nonce): one
// table of every letter, sorted and filtered here, drawn from the rows the extension sends. It asks the
// extension to open a letter, reveal a finding, export or stop reading, and remembers the sort and the
// filter (vscode.setState). Every message in and out is checked against the shared schema; an invalid
// incoming message is dropped with a console warning.
import './zodConfig';
import { formatCount } from '../shared/format';
import { filterRows, sortRows, summaryColumn } from '../shared/summaryColumns';
import { ExtensionToSummarySchema, SummaryStateSchema, SummaryToExtensionSchema } from '../shared/summaryProtocol';
import type { ExtensionToSummary, Progress, SummaryRow, SummaryState } from '../shared/summaryProtocol';
import { el } from './dom';
import { toolButton } from './toolbar';
import { connectToVsCode } from './vscodeApi';
import { activate, findingTargets, renderTable, rowIds, sortColumns } from './summaryTable';

const { api: vscode, post } = connectToVsCode(ExtensionToSummarySchema, SummaryToExtensionSchema, (message) => apply(message));
const app = document.getElementById('app') as HTMLElement;
const toolbar = document.getElementById('toolbar') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

const restored = SummaryStateSchema.safeParse(vscode.getState());
let state: SummaryState = restored.success ? restored.data : { sort: null, filter: '' };
const rows = new Map<string, SummaryRow>();
let received = false;
let progress: Progress = null;
let notices: string[] = [];
/** The row that has (or last had) the keyboard. */
let activeId: string | null = null;

function saveState(next: SummaryState): void {
  state = next;
  vscode.setState(state);
}

// ---- Toolbar: export, filter, count, progress ---------------------------------------------------------

const exportButtons = [toolButton('Export CSV', 'save', () => post({ type: 'export', format: 'csv' })), toolButton('Export JSON', 'save', () => post({ type: 'export', format: 'json' }))];
const filter = el('input', { class: 'filter', attrs: { type: 'search', placeholder: 'Filter', 'aria-label': 'Filter the letters by any text in their row', spellcheck: 'false' } });
filter.value = state.filter;
filter.addEventListener('input', () => {
  saveState({ ...state, filter: filter.value });
  scheduleDraw();
});
const shownCount = el('span', { class: 'shown-count', attrs: { 'aria-live': 'polite' } });
const progressText = el('span', { class: 'progress-text' });
const progressBar = el('progress', { class: 'progress-bar', attrs: { 'aria-hidden': 'true' } });
const cancelButton = el('button', { class: 'tool', attrs: { type: 'button' } }, 'Cancel');
cancelButton.addEventListener('click', () => post({ type: 'cancel' }));
const progressBox = el('div', { class: 'progress', attrs: { role: 'status' } }, progressText, progressBar, cancelButton);
const noticeList = el('ul', { class: 'notices' });
toolbar.append(...exportButtons, el('span', { class: 'tool-separator', attrs: { 'aria-hidden': 'true' } }), filter, shownCount);
toolbar.after(progressBox, noticeList);

function drawStatus(): void {
  progressBox.hidden = progress === null;
  if (progress) {
    progressText.textContent = `Reading letters: ${formatCount(progress.done)} of ${formatCount(progress.total)}`;
    progressBar.max = Math.max(progress.total, 1);
    progressBar.value = progress.done;
  }
  noticeList.replaceChildren(...notices.map((n) => el('li', null, n)));
  for (const b of exportButtons) b.disabled = rows.size === 0;
}

// ---- The table ---------------------------------------------------------------------------------------

let drawPending = false;

/** Several messages in a row (a folder being read) make one redraw. */
function scheduleDraw(): void {
  if (drawPending) return;
  drawPending = true;
  setTimeout(draw, 0);
}

function draw(): void {
  drawPending = false;
  const all = [...rows.values()];
  const shown = sortRows(filterRows(all, state.filter), state.sort);
  const hadFocus = app.contains(document.activeElement) && document.activeElement !== app;
  const focusedSort = document.activeElement ? sortColumns.get(document.activeElement) : undefined;
  shownCount.textContent = all.length === 0 ? '' : shown.length === all.length ? countOf(all.length) : `${formatCount(shown.length)} of ${countOf(all.length)}`;
  if (all.length === 0) {
    app.replaceChildren(el('p', { class: 'empty' }, !received || progress ? 'Reading the letters…' : 'No letters in this workspace: a letter is a .txt, .md or .letter file that reads as one.'));
  } else {
    const table = renderTable(shown, state.sort, activeId, `Letters in this workspace, ${countOf(all.length)}`);
    app.replaceChildren(table, shown.length === 0 ? el('p', { class: 'empty' }, 'No letter matches the filter.') : '');
    if (hadFocus) refocus(table, focusedSort);
  }
  drawStatus();
  post({
    type: 'rendered',
    rows: all.length,
    shown: shown.length,
    sort: state.sort,
    filter: state.filter,
    councils: Array.from(app.querySelectorAll('tbody th.council'), (e) => e.firstChild?.textContent ?? '').slice(0, 50),
    foreignElements: app.querySelectorAll('img, script, iframe, object, embed, link, style').length,
  });
}

function countOf(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'letter' : 'letters'}`;
}

/** Puts the keyboard back where it was before the redraw: the same header button, or the active row. */
function refocus(table: HTMLTableElement, sortKey: string | undefined): void {
  if (sortKey) {
    for (const b of Array.from(table.querySelectorAll('thead button'))) if (sortColumns.get(b) === sortKey) (b as HTMLElement).focus();
    return;
  }
  table.querySelector<HTMLElement>('tbody tr[tabindex="0"]')?.focus();
}

function sortBy(column: string): void {
  const current = state.sort?.column === column ? state.sort.direction : null;
  // First click: text A to Z, numbers smallest first; the next click turns it round.
  saveState({ ...state, sort: { column, direction: current === 'ascending' ? 'descending' : 'ascending' } });
  status.textContent = `Sorted by ${summaryColumn(column)?.description ?? column}, ${state.sort!.direction}`;
  draw();
}

function rowOf(target: EventTarget | null): HTMLTableRowElement | null {
  const row = target instanceof Element ? target.closest('tr.row') : null;
  return row instanceof HTMLTableRowElement ? row : null;
}

app.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  const column = button ? sortColumns.get(button) : undefined;
  if (column) return sortBy(column);
  const finding = button ? findingTargets.get(button) : undefined;
  if (finding) return post({ type: 'revealFinding', id: finding.id, severity: finding.severity });
  const row = rowOf(event.target);
  const id = row ? rowIds.get(row) : undefined;
  if (row && id) {
    activeId = id;
    activate(row);
    post({ type: 'open', id });
  }
});

app.addEventListener('focusin', (event) => {
  const row = rowOf(event.target);
  const id = row ? rowIds.get(row) : undefined;
  if (row && id && id !== activeId) {
    activeId = id;
    activate(row);
  }
});

app.addEventListener('keydown', (event) => {
  const row = event.target instanceof HTMLTableRowElement ? event.target : null;
  if (!row) return;
  const id = rowIds.get(row);
  if (event.key === 'Enter' && id) {
    event.preventDefault();
    post({ type: 'open', id });
    return;
  }
  const next =
    event.key === 'ArrowDown' ? row.nextElementSibling
    : event.key === 'ArrowUp' ? row.previousElementSibling
    : event.key === 'Home' ? row.parentElement?.firstElementChild
    : event.key === 'End' ? row.parentElement?.lastElementChild
    : null;
  if (next instanceof HTMLTableRowElement) {
    event.preventDefault();
    next.focus();
  }
});

// ---- Messages ----------------------------------------------------------------------------------------

function apply(message: ExtensionToSummary): void {
  if (message.type === 'table') {
    rows.clear();
    for (const r of message.rows) rows.set(r.id, r);
    received = true;
  } else if (message.type === 'patch') {
    for (const id of message.remove) rows.delete(id);
    for (const r of message.upsert) rows.set(r.id, r);
    received = true;
  } else {
    progress = message.progress;
    notices = message.notices;
  }
  scheduleDraw();
}

drawStatus();
post({ type: 'ready' });
