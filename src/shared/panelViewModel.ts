// Letter + findings → what the statistics panel shows. Pure (no vscode, no DOM): the extension builds
// it, the webview draws it, unit tests check it. All wording the panel shows about figures lives here.
import type { Area, Figure, Finding, Letter, Severity, Span } from '../core/model';
import { areaDefinition, baseOf, councilOf, figureDefinition, figureIn } from '../core/figures';
import { letterPeriod } from '../core/parseLetter';
import { LineIndex } from '../core/text/lineIndex';
import type { AreaView, Comparison, Detail, FigureView, FindingView, PanelViewModel } from './panelProtocol';
import { MAX_SHOWN, formatCount, formatIsoDate, formatNumber, formatPercent, shorten } from './format';

export { MAX_SHOWN, formatCount, formatIsoDate, formatNumber, formatPercent };

export interface PanelInput {
  letter: Letter;
  findings: readonly Finding[];
  /** The text the letter was parsed from (for line numbers). */
  text: string;
  /** Shown when the letter names no council, and in the header. */
  fileName: string;
}

/** The findings list shows at most this many; the rest are counted. */
export const MAX_FINDINGS = 200;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function buildPanelViewModel(input: PanelInput): PanelViewModel {
  const { letter, findings, text, fileName } = input;
  const council = councilOf(letter);
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  const lines = new LineIndex(text);
  const sorted = [...findings].sort((a, b) => a.span.start - b.span.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const listed = sorted.slice(0, MAX_FINDINGS).map((f): FindingView => findingView(f, lines, text.length));
  return {
    title: `Statistics: ${council ? shorten(council.text, 60) : fileName}`,
    fileName: shorten(fileName),
    council: council ? shorten(council.text) : null,
    details: detailsOf(letter, council),
    areas: [upheldView(letter), complianceView(letter), remedyView(letter)].map((a) => ({ ...a, problem: problemOf(letter, a.area, findings) })),
    findings: listed,
    findingsOmitted: findings.length - listed.length,
    counts,
  };
}

// ---- The letter's particulars -------------------------------------------------------------------------

function detailsOf(letter: Letter, council: { text: string; span: Span } | null): Detail[] {
  const period = letterPeriod(letter);
  const periodMention = period ? letter.periods.find((p) => p.start === period.start && p.end === period.end) : undefined;
  const detail = (key: Detail['key'], label: string, value: string | null, span: Span | null): Detail => ({
    key,
    label,
    value: value === null ? null : shorten(value),
    span: value === null ? null : span,
  });
  return [
    detail('council', 'Council', council?.text ?? null, council?.span ?? null),
    detail('addressee', 'Addressee', letter.addressee?.name?.text ?? null, letter.addressee?.name?.span ?? null),
    detail('role', 'Role', letter.addressee?.role?.text ?? null, letter.addressee?.role?.span ?? null),
    detail('date', 'Date', letter.date ? formatIsoDate(letter.date.iso) : null, letter.date?.span ?? null),
    detail('reviewYear', 'Review year', letter.reviewYear === null ? null : String(letter.reviewYear), letter.title?.span ?? null),
    detail('period', 'Period', period ? `${formatIsoDate(period.start)} to ${formatIsoDate(period.end)}` : null, periodMention?.span ?? null),
  ];
}

// ---- The three key areas ------------------------------------------------------------------------------

function upheldView(letter: Letter): AreaView {
  const b = letter.statistics.upheld;
  // 2022-23 on: upheld decisions per 100,000 residents, beside the average for that type of authority.
  let note: { text: string; span: Span } | null = null;
  if (b?.rate && b.rate.value !== null) {
    const average = b.rateAverage ? ` (average ${b.rateAverage.value === null ? 'n/a' : formatNumber(b.rateAverage.value)})` : '';
    note = { text: `${formatNumber(b.rate.value)} upheld decisions per 100,000 residents${average}`, span: b.rate.span };
  }
  return areaView('upheld', b, basisOf(letter, 'upheld'), note);
}

function complianceView(letter: Letter): AreaView {
  const b = letter.statistics.compliance;
  const noneDue = b?.noneDue ? { text: shorten(b.noneDue.text).replace(/(?<![.!?])$/, '.'), span: b.noneDue.span } : null;
  return areaView('compliance', b, basisOf(letter, 'compliance'), noneDue, noneDue !== null);
}

function remedyView(letter: Letter): AreaView {
  return areaView('remedy', letter.statistics.remedy, basisOf(letter, 'remedy'), null);
}

/**
 * What an area's percentage is based on, from the figure registry: "1 of 1 detailed investigation",
 * "based on 1 compliance outcome", or the count alone. Each count reveals exactly its number in the
 * letter; the base's, its statement in the area's own block if it makes one (a remedy block's total,
 * though the base is the upheld decisions).
 */
function basisOf(letter: Letter, area: Area): AreaView['basis'] {
  if (!letter.statistics[area]) return null;
  const def = figureDefinition(`${area}.percent`);
  const part = def.part ? figureIn(letter, def.part) : null;
  const partValue = count(part);
  const base = baseOf(letter, def);
  const baseUnit = def.base[0] ? figureDefinition(def.base[0]).unit ?? '' : '';
  const ownId = def.base.find((id) => figureDefinition(id).area === area);
  const own = ownId ? figureIn(letter, ownId) : null;
  const baseSpan = (own ?? base)?.span ?? null;
  if (partValue !== null && base) return basisFrom([formatCount(partValue), part!.span], ' of ', [counted(base.value, baseUnit), baseSpan]);
  if (base) return basisFrom('based on ', [counted(base.value, baseUnit), baseSpan]);
  if (partValue !== null) return basisFrom([counted(partValue, figureDefinition(def.part!).unit ?? ''), part!.span]);
  return null;
}

/** A basis from its parts: plain words, or [a count's text, the span it reveals]. */
function basisFrom(...parts: (string | [string, Span | null])[]): NonNullable<AreaView['basis']> {
  const list = parts.map((p) => (typeof p === 'string' ? { text: p, span: null } : { text: p[0], span: p[1] }));
  return { text: list.map((p) => p.text).join(''), parts: list };
}

/** Findings about the letter as a whole, though placed on a block's heading (the last one stated). */
const LETTER_WIDE: ReadonlySet<string> = new Set(['statistics-missing', 'statistics-incomplete']);

/**
 * The worst finding (above hint) on an area's own figures: within its block, or on a figure of the
 * block stated again elsewhere. Its card shows the mark, as the Findings list does.
 */
function problemOf(letter: Letter, area: Area, findings: readonly Finding[]): AreaView['problem'] {
  const block = letter.statistics[area];
  if (!block) return null;
  const spans = [block.span, ...(block.restatements ?? []).map((r) => r.figure.span)];
  const own = findings.filter((f) => f.severity !== 'hint' && !LETTER_WIDE.has(f.code) && spans.some((s) => s.start <= f.span.start && f.span.end <= s.end));
  if (own.length === 0) return null;
  const worst = own.reduce((a, b) => (SEVERITY_ORDER[b.severity] < SEVERITY_ORDER[a.severity] ? b : a));
  return { severity: worst.severity, count: own.length, message: shorten(worst.message, 1000) };
}

interface BlockLike {
  span: Span;
  percent: Figure | null;
  average: Figure | null;
}

/** `noneDue`: the note says no recommendations were due, which stands in for a missing percentage. */
function areaView(area: AreaView['area'], block: BlockLike | null, basis: AreaView['basis'], note: { text: string; span: Span } | null, noneDue = false): AreaView {
  const title = areaDefinition(area).panelTitle;
  const percent = noneDue && note && !block?.percent ? { state: 'na' as const, value: null, text: 'none due', span: note.span } : figureView(block?.percent ?? null);
  const average = figureView(block?.average ?? null);
  const comparison = percent.value !== null && average.value !== null ? compare(percent.value, average.value) : null;
  return {
    area,
    title,
    stated: block !== null,
    span: block?.span ?? null,
    percent,
    average,
    basis,
    note: note?.text ?? null,
    comparison,
    description: describe(title, percent, average, basis, comparison, note?.text ?? null),
    problem: null,
  };
}

function figureView(f: Figure | null): FigureView {
  if (!f) return { state: 'missing', value: null, text: 'not stated', span: null };
  if (f.value === null) return { state: 'na', value: null, text: 'n/a', span: f.span };
  return { state: 'stated', value: f.value, text: formatPercent(f.value), span: f.span };
}

/** The council's figure against the similar-authorities average, in percentage points. */
export function compare(value: number, average: number): Comparison {
  const diff = Math.round((value - average) * 10) / 10;
  const points = Math.abs(diff);
  if (points === 0) return { direction: 'same', points: 0, text: 'same as average' };
  const direction = diff > 0 ? 'above' : 'below';
  return { direction, points, text: `${formatNumber(points)} ${points === 1 ? 'point' : 'points'} ${direction} average` };
}

function describe(title: string, percent: FigureView, average: FigureView, basis: AreaView['basis'], comparison: Comparison | null, note: string | null): string {
  const parts = [`${title}: ${percent.text}`];
  if (basis) parts[0] += ` (${basis.text})`;
  if (note) parts.push(note);
  parts.push(`Similar authorities: ${average.text}`);
  if (comparison) parts.push(comparison.text.replace(/^same/, 'The same'));
  return `${parts.join('. ')}.`;
}

// ---- Findings -----------------------------------------------------------------------------------------

function findingView(f: Finding, lines: LineIndex, length: number): FindingView {
  const start = Math.min(f.span.start, length);
  const span = { start, end: Math.max(start, Math.min(f.span.end, length)) };
  return { code: f.code, severity: f.severity, message: shorten(f.message, 1000), span, line: lines.positionAt(start).line + 1 };
}

// ---- Small formatting helpers -------------------------------------------------------------------------

function count(f: Figure | null | undefined): number | null {
  return f && f.value !== null ? f.value : null;
}

/** "1 detailed investigation", "1,200 detailed investigations". */
function counted(n: number, noun: string): string {
  return `${formatCount(n)} ${n === 1 ? noun : `${noun}s`}`;
}
