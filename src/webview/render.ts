// Draws a validated update into the page. Everything from the letter goes in as text (see dom.ts).
// Elements that reveal a range in the letter are buttons (keyboard and screen-reader reachable); the
// range they reveal is kept in a WeakMap, never in markup.
import type { AreaView, Detail, EmptyMessage, FigureView, FindingView, PanelSpan, PanelViewModel } from '../shared/panelProtocol';
import { el, svg } from './dom';
import { icon } from './icons';

/** The range each clickable element reveals. */
export const revealSpans = new WeakMap<Element, PanelSpan>();

const SEVERITY_LABELS = { error: 'Error', warning: 'Warning', information: 'Information', hint: 'Hint' } as const;

export function renderModel(model: PanelViewModel, locked: boolean): Node[] {
  return [header(model.council ?? model.fileName, model.council ? model.fileName : null, locked), details(model.details), areas(model.areas), findings(model)];
}

export function renderEmpty(message: EmptyMessage): Node[] {
  return [el('p', { class: 'empty' }, message.message)];
}

function header(title: string, subtitle: string | null, locked: boolean): HTMLElement {
  const sub = [subtitle, locked ? 'locked to this letter' : null].filter(Boolean).join(' · ');
  return el('header', { class: 'letter-header' }, el('h1', { class: 'council' }, title), sub ? el('p', { class: 'subtitle' }, sub) : null);
}

/** A button that reveals `span` in the letter; plain text when there is no span. */
function revealer(text: string, span: PanelSpan | null, key: string, className: string, label?: string): HTMLElement {
  if (!span) return el('span', { class: className }, text);
  const button = el('button', { class: `reveal ${className}`, attrs: { type: 'button', 'data-key': key, title: 'Show in the letter' } }, text);
  if (label) button.setAttribute('aria-label', label);
  revealSpans.set(button, span);
  return button;
}

function details(items: readonly Detail[]): HTMLElement {
  const list = el('dl', { class: 'details' });
  for (const d of items) {
    list.append(
      el('dt', null, d.label),
      el('dd', null, d.value === null ? el('span', { class: 'not-stated' }, 'not stated') : revealer(d.value, d.span, `detail-${d.key}`, 'detail-value', `${d.label}: ${d.value}. Show in the letter`)),
    );
  }
  return el('section', { class: 'section', attrs: { 'aria-label': 'The letter' } }, list);
}

function areas(views: readonly AreaView[]): HTMLElement {
  return el('section', { class: 'section', attrs: { 'aria-labelledby': 'areas-heading' } }, el('h2', { attrs: { id: 'areas-heading' } }, 'Key statistics'), ...views.map(area));
}

function area(a: AreaView): HTMLElement {
  const key = `area-${a.area}`;
  const card = el('article', { class: `area area-${a.area}${a.stated ? '' : ' area-missing'}`, attrs: { 'aria-labelledby': `${key}-title` } });
  const title = el('h3', { attrs: { id: `${key}-title` } }, revealer(a.title, a.span, `${key}-title`, 'area-title'), problemMark(a));
  if (a.problem) card.classList.add('area-problem', `severity-${a.problem.severity}`);
  card.append(title);
  if (!a.stated) {
    card.append(el('p', { class: 'not-stated' }, 'not stated: the letter gives no figures for this area'));
    return card;
  }
  const headline = el(
    'div',
    { class: 'headline' },
    revealer(a.percent.text, a.percent.span, `${key}-percent`, `figure figure-${a.percent.state}`, `${a.title}: ${a.percent.text}. Show in the letter`),
    a.basis ? basis(a, key) : el('span', { class: 'basis not-stated' }, 'basis not stated'),
  );
  card.append(headline);
  if (a.note) card.append(el('p', { class: 'note' }, a.note));
  card.append(chart(a));
  card.append(comparison(a));
  return card;
}

/** "1 of 1 detailed investigation": each count a button that selects exactly that count in the letter. */
function basis(a: AreaView, key: string): HTMLElement {
  const parts = a.basis!.parts.map((p, i) => (p.span ? revealer(p.text, p.span, `${key}-basis-${i}`, 'basis-count', `${p.text}. Show in the letter`) : p.text));
  return el('span', { class: 'basis' }, ...parts);
}

/** The card's own mark when a finding is on its figures: the worst one's icon, its message as the name. */
function problemMark(a: AreaView): HTMLElement | null {
  if (!a.problem) return null;
  const { severity, count, message } = a.problem;
  const more = count > 1 ? ` (and ${count - 1} more in Findings)` : '';
  return el('span', { class: `area-mark severity-${severity}`, attrs: { role: 'img', 'aria-label': `${SEVERITY_LABELS[severity]}: ${message}${more}`, title: `${message}${more}` } }, icon(severity));
}

/**
 * Two bars, this council and similar authorities, with the numbers as text beside them. The bars are
 * decoration (aria-hidden); the group is named with the whole comparison in one sentence, and its
 * labels, numbers and the average's reveal button stay readable and reachable inside it.
 */
function chart(a: AreaView): HTMLElement {
  return el(
    'div',
    { class: 'chart', attrs: { role: 'group', 'aria-label': a.description } },
    barRow('This council', a.percent, 'bar-council'),
    barRow('Similar authorities', a.average, 'bar-average', `${a.area}-average`),
  );
}

function barRow(label: string, figure: FigureView, className: string, key?: string): HTMLElement {
  const bar = svg('svg', { class: `bar ${className}`, viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
  bar.append(svg('rect', { class: 'bar-track', x: 0, y: 0, width: 100, height: 10 }));
  if (figure.value !== null) {
    // Out-of-range figures (a typo like 450%) are drawn to the edge; the text shows the real number.
    const width = Math.max(0, Math.min(100, figure.value));
    bar.append(svg('rect', { class: 'bar-fill', x: 0, y: 0, width, height: 10 }));
    if (figure.value > 100 || figure.value < 0) bar.append(svg('rect', { class: 'bar-overflow', x: figure.value > 100 ? 97 : 0, y: 0, width: 3, height: 10 }));
  }
  const value = key ? revealer(figure.text, figure.span, key, `bar-value figure-${figure.state}`, `${label}: ${figure.text}. Show in the letter`) : el('span', { class: `bar-value figure-${figure.state}` }, figure.text);
  return el('div', { class: 'bar-row' }, el('span', { class: 'bar-label' }, label), bar, value);
}

function comparison(a: AreaView): HTMLElement {
  if (!a.comparison) {
    const why = a.average.state === 'na' ? 'no similar-authorities average (n/a)' : a.average.state === 'missing' ? 'similar-authorities average not stated' : 'no figure to compare';
    return el('p', { class: 'comparison comparison-none' }, why);
  }
  const arrow = a.comparison.direction === 'above' ? '▲ ' : a.comparison.direction === 'below' ? '▼ ' : '= ';
  return el('p', { class: `comparison comparison-${a.comparison.direction}` }, el('span', { attrs: { 'aria-hidden': 'true' } }, arrow), a.comparison.text);
}

function findings(model: PanelViewModel): HTMLElement {
  const total = model.findings.length + model.findingsOmitted;
  const heading = el('h2', { attrs: { id: 'findings-heading' } }, 'Findings', el('span', { class: 'badge' }, String(total)));
  const section = el('section', { class: 'section', attrs: { 'aria-labelledby': 'findings-heading' } }, heading);
  if (total === 0) {
    section.append(el('p', { class: 'no-findings' }, icon('check'), 'No findings: the figures are complete and agree.'));
    return section;
  }
  const list = el('ul', { class: 'findings' });
  model.findings.forEach((f, i) => list.append(el('li', null, finding(f, i))));
  section.append(list);
  if (model.findingsOmitted > 0) section.append(el('p', { class: 'note' }, `and ${model.findingsOmitted} more (see the Problems panel)`));
  return section;
}

function finding(f: FindingView, index: number): HTMLElement {
  const button = el(
    'button',
    { class: `finding severity-${f.severity}`, attrs: { type: 'button', 'data-key': `finding-${index}`, title: 'Show in the letter' } },
    icon(f.severity),
    el('span', { class: 'visually-hidden' }, `${SEVERITY_LABELS[f.severity]}: `),
    el('span', { class: 'finding-message' }, f.message),
    el('span', { class: 'finding-where' }, `line ${f.line} · ${f.code}`),
  );
  revealSpans.set(button, f.span);
  return button;
}
