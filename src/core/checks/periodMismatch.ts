import type { PeriodMention } from '../model';
import type { Rule } from './types';

const SOURCE_NAMES: Record<PeriodMention['source'], string> = {
  intro: 'the introduction', upheld: 'the complaints-upheld statistics', compliance: 'the compliance statistics',
  remedy: 'the satisfactory-remedy statistics', footer: 'the statistics page footer', title: 'the title',
  overview: 'the overview', heading: 'the heading',
};

function describe(p: PeriodMention): string {
  if (p.source === 'title') return `year ${p.end.slice(0, 4)}`;
  return p.start ? `${p.start} to ${p.end}` : `period ending ${p.end}`;
}

/** Whether two mentions disagree; a title only states the year its period ends in. */
function disagree(a: PeriodMention, b: PeriodMention): boolean {
  if (a.source === 'title' || b.source === 'title') return a.end.slice(0, 4) !== b.end.slice(0, 4);
  if (a.end !== b.end) return true;
  return a.start !== null && b.start !== null && a.start !== b.start;
}

export const periodMismatch: Rule = {
  meta: {
    code: 'period-mismatch',
    title: 'The letter quotes different periods',
    defaultSeverity: 'warning',
    description:
      'Every period the letter quotes must agree: the introduction\'s "year ending", each block\'s "period between … to …", the statistics footer\'s "period ending" and the year in the title (the year the period ends).',
  },
  check({ letter, report }) {
    const ps = letter.periods;
    const reference = referencePeriod(ps);
    if (!reference) return;
    for (const p of ps) {
      if (p === reference || !disagree(p, reference)) continue;
      report({
        message: `${SOURCE_NAMES[p.source]} ${quotes(p)} ${describe(p)}, but ${SOURCE_NAMES[reference.source]} ${quotes(reference)} ${describe(reference)}`.replace(/^./, (c) => c.toUpperCase()),
        span: p.span,
        related: [{ message: `${SOURCE_NAMES[reference.source]}: ${describe(reference)}`, span: reference.span }],
      });
    }
  },
};

/** The statistics blocks are plural ("the compliance statistics quote"). */
function quotes(p: PeriodMention): string {
  return SOURCE_NAMES[p.source].endsWith('statistics') ? 'quote' : 'quotes';
}

const PRIORITY: readonly PeriodMention['source'][] = ['upheld', 'compliance', 'remedy', 'overview', 'intro', 'footer', 'heading', 'title'];

/**
 * The period the others are judged against: the one most mentions agree with, so that a single
 * stray block is the one reported rather than everything else. Ties go to the statistics blocks,
 * then the introduction, then the footer, and the title last (it states only a year).
 */
function referencePeriod(ps: readonly PeriodMention[]): PeriodMention | undefined {
  const agreeing = agreementCounter(ps);
  let best: PeriodMention | undefined;
  let bestScore = -1;
  for (const source of PRIORITY) {
    for (const p of ps) {
      if (p.source !== source) continue;
      const score = agreeing(p);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * For each mention, how many mentions (itself included) do not `disagree` with it, counted from
 * tallies in linear time: a text of thousands of footers must not compare every pair.
 */
function agreementCounter(ps: readonly PeriodMention[]): (p: PeriodMention) => number {
  const byYear = new Map<string, number>(); // every mention, by the year its period ends
  const titlesByYear = new Map<string, number>();
  const byEnd = new Map<string, number>(); // non-title mentions by end date…
  const openByEnd = new Map<string, number>(); // …of those, the ones without a start…
  const byEndAndStart = new Map<string, number>(); // …and the others by end and start
  const add = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  for (const q of ps) {
    const year = q.end.slice(0, 4);
    add(byYear, year);
    if (q.source === 'title') add(titlesByYear, year);
    else {
      add(byEnd, q.end);
      if (q.start === null) add(openByEnd, q.end);
      else add(byEndAndStart, `${q.end} ${q.start}`);
    }
  }
  return (p) => {
    const year = p.end.slice(0, 4);
    if (p.source === 'title') return byYear.get(year) ?? 0;
    const titles = titlesByYear.get(year) ?? 0;
    if (p.start === null) return titles + (byEnd.get(p.end) ?? 0);
    return titles + (openByEnd.get(p.end) ?? 0) + (byEndAndStart.get(`${p.end} ${p.start}`) ?? 0);
  };
}
