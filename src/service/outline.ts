// The letter's outline (Outline view, breadcrumbs, Go to Symbol) and its folding ranges: sections,
// statistics blocks with their figures as children. No vscode import.
import { AREAS, areaDefinition, figureIn, figuresOf } from '../core';
import type { Area, Figure, Letter, LineIndex, Span } from '../core';
import type { Localize } from './localize';

export type OutlineKind = 'section' | 'block' | 'figure' | 'period';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** The whole extent (range); always contains `selection` and every child's span. */
  span: Span;
  /** What is revealed and highlighted when the node is picked. */
  selection: Span;
  children: OutlineNode[];
}

export function outlineOf(letter: Letter, t: Localize): OutlineNode[] {
  const nodes: OutlineNode[] = letter.sections.map((s) => ({
    name: s.heading.text,
    detail: '',
    kind: 'section',
    span: s.span,
    selection: s.heading.span,
    children: [],
  }));

  /** Adds a statistics block; a block that is a section's content becomes that section's node. */
  const addBlock = (name: string, detail: string, span: Span, selection: Span, children: OutlineNode[]): void => {
    const section = nodes.find((n) => n.kind === 'section' && n.selection.start === selection.start);
    if (section) {
      section.kind = 'block';
      section.detail = detail;
      section.span = union(section.span, span);
      section.children.push(...children);
    } else {
      nodes.push({ name, detail, kind: 'block', span: union(span, selection), selection, children });
    }
  };

  for (const area of AREAS) {
    const block = letter.statistics[area];
    if (!block) continue;
    const selection = block.heading?.span ?? block.percent?.span ?? block.span;
    addBlock(block.heading?.text ?? t(areaDefinition(area).title), block.percent ? percentText(block.percent) : '', block.span, selection, figureNodes(letter, area, t));
  }
  const overview = letter.statistics.overview;
  if (overview) {
    const children: OutlineNode[] = [];
    for (const def of figuresOf('overview')) {
      const f = figureIn(letter, def);
      if (f) children.push(figureNode(f, t(def.outlineLabel), countText(f)));
    }
    children.sort((a, b) => a.span.start - b.span.start);
    addBlock(t('Overview'), countText(overview.complaints), overview.span, overview.span, children);
  }
  for (const table of letter.statistics.tables ?? []) {
    const children = table.columns.map((c): OutlineNode => {
      const rate = c.key === 'upholdRate' || c.key === 'averageUpholdRate';
      return { name: c.label.text.replace(/\s+/g, ' '), detail: rate ? percentText(c.figure) : countText(c.figure), kind: 'figure', span: c.figure.span, selection: c.figure.span, children: [] };
    });
    const total = table.columns.find((c) => c.key === 'total')?.figure ?? null;
    addBlock(table.title.text, countText(total), table.span, table.title.span, children);
  }
  for (const n of nodes) n.span = figuresSpan(n);
  return nest(nodes);
}

/** Section and block line ranges worth folding: heading line to last non-blank line, 0-based, inclusive. */
export function foldingRanges(letter: Letter, text: string, lines: LineIndex): { start: number; end: number }[] {
  const spans = [...letter.sections.map((s) => s.span)];
  for (const block of [letter.statistics.upheld, letter.statistics.compliance, letter.statistics.remedy]) {
    if (block && !letter.sections.some((s) => s.span.start === block.span.start)) spans.push(block.span);
  }
  const out: { start: number; end: number }[] = [];
  for (const span of spans) {
    let end = Math.min(span.end, text.length);
    while (end > span.start && /\s/.test(text[end - 1] ?? '')) end--;
    const start = lines.positionAt(span.start).line;
    const last = lines.positionAt(end).line;
    if (last > start) out.push({ start, end: last });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function figureNodes(letter: Letter, area: Area, t: Localize): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const def of figuresOf(area)) {
    const f = figureIn(letter, def);
    if (f) out.push(figureNode(f, t(def.outlineLabel), def.kind === 'percent' || def.kind === 'average' ? percentText(f) : countText(f)));
  }
  const period = letter.statistics[area]?.period;
  if (period) out.push({ name: t('Period'), detail: period.text, kind: 'period', span: period.span, selection: period.span, children: [] });
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A figure's node: it spans the figure and the noun it counts, and selects the figure. */
function figureNode(f: Figure, name: string, detail: string): OutlineNode {
  return { name, detail, kind: 'figure', span: union(f.span, f.noun?.span ?? f.span), selection: f.span, children: [] };
}

/** Nodes nested by containment, in document order. */
function nest(flat: OutlineNode[]): OutlineNode[] {
  const sorted = [...flat].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const node of sorted) {
    while (stack.length && !contains(stack[stack.length - 1]!.span, node.span)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  for (const n of sorted) n.children.sort((a, b) => a.span.start - b.span.start);
  return roots;
}

function figuresSpan(node: OutlineNode): Span {
  return node.children.reduce((s, c) => union(s, c.span), union(node.span, node.selection));
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function union(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function percentText(f: Figure | null): string {
  return !f ? '' : f.value === null ? 'n/a' : `${f.value}%`;
}

function countText(f: Figure | null): string {
  return !f ? '' : f.value === null ? 'n/a' : String(f.value);
}
