// A figure the letter states twice with different values (a summary paragraph and the block, or a
// report quoting the letter): the area's own consistency rule reports the later statement, with the
// first as related information. The parser records every later statement (`restatements` on a block
// and on the overview); this file decides which of them are the same figure said differently.
import type { Figure, Letter, Restatement, Span } from '../model';
import { councilOf, figuresOf, type FigureArea, type FigureDefinition } from '../figures';
import type { Report } from './types';
import { sameAuthority } from './authority-mismatch';

/** How the rules that report restatements describe them (docs/rules.md, hovers). */
export const RESTATED =
  'Where the letter states one of the area\'s figures twice with different values (its percentage, a count, its average: a summary paragraph and the block, or a report quoting the letter), the later statement is reported, with the first as related information. An average or a "based on a total of" names no area, so it counts as stated again only after the area\'s heading or another of its figures is stated again. Not reported when a council other than the letter\'s is named between the two, nor when the letter quotes more than one period (they may be another council\'s or another year\'s).';

/** "Stockton-on-Tees Borough Council Annual statistics": the council's name before "Annual statistics". */
const STATISTICS_HEADING = /^(\S.*?) annual statistics\b/i;

/**
 * Reports the restatements of `area` (those `which` accepts, when given) whose value differs from
 * the first statement's, where the two may be compared (see `comparableIn`).
 */
export function reportRestatements(letter: Letter, area: FigureArea, report: Report, which?: (r: Restatement) => boolean): void {
  const restatements = letter.statistics[area]?.restatements;
  if (!restatements || restatements.length === 0) return;
  const comparable = comparableIn(letter);
  for (const r of restatements) {
    if ((which && !which(r)) || r.figure.value === r.first.value || !comparable(r.first.span, r.figure.span)) continue;
    const def = figuresOf(area).find((d) => d.key === r.field);
    if (!def) continue;
    report({
      message: `${def.label}: ${shown(def, r.figure)} here, but ${shown(def, r.first)} where the letter first states it`,
      span: r.figure.span,
      related: [{ message: `${def.label}, first stated: ${shown(def, r.first)}`, span: r.first.span }],
    });
  }
}

/**
 * Whether two statements of a figure may be compared: false where the text may be speaking of another
 * council or another year, since a wrong finding is worse than a missed one. That is when a council
 * other than the letter's is named between them, or when the letter quotes more than one period.
 */
export function comparableIn(letter: Letter): (a: Span, b: Span) => boolean {
  if (quotesSeveralPeriods(letter)) return () => false;
  const others = otherCouncilMentions(letter);
  return (a, b) => !namedBetween(others, Math.min(a.start, b.start), Math.max(a.end, b.end));
}

/** A figure as the letter prints it: "50%", "n/a", "12". */
function shown(def: FigureDefinition, f: Figure): string {
  if (f.value === null) return 'n/a';
  return def.kind === 'percent' || def.kind === 'average' ? `${f.text}%` : f.text;
}

/** True when the letter quotes periods that end on different dates (the title, which states only a year, aside). */
function quotesSeveralPeriods(letter: Letter): boolean {
  let end: string | null = null;
  for (const p of letter.periods) {
    if (p.source === 'title') continue;
    if (end !== null && p.end !== end) return true;
    end = p.end;
  }
  return false;
}

/** Where the text names a council other than the letter's, in text order. */
function otherCouncilMentions(letter: Letter): number[] {
  const mentions: { text: string; span: Span }[] = [];
  const { upheld, compliance, remedy, authority } = letter.statistics;
  if (letter.addressee?.authority) mentions.push(letter.addressee.authority);
  if (authority) mentions.push(authority);
  for (const f of letter.footers) mentions.push(f.authority);
  for (const b of [upheld, compliance, remedy]) for (const c of b?.captions ?? []) if (c.authority) mentions.push(c.authority);
  for (const s of letter.sections) {
    const named = STATISTICS_HEADING.exec(s.heading.text);
    if (named) mentions.push({ text: named[1]!, span: s.heading.span });
  }
  const council = councilOf(letter)?.text ?? mentions[0]?.text;
  if (council === undefined) return [];
  return mentions.filter((m) => m.text !== council && !sameAuthority(m.text, council)).map((m) => m.span.start).sort((a, b) => a - b);
}

/** Whether a mention in `starts` (sorted) lies between `from` and `to`. */
function namedBetween(starts: readonly number[], from: number, to: number): boolean {
  // The first mention at or after `from`, by bisection: many quoted statements stay linear.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! < to;
}
