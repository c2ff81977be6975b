import { formatIsoDate } from '../dates';
import type { PeriodMention } from '../model';
import type { Rule, RuleExamples } from './types';

const SOURCE_NAMES: Record<PeriodMention['source'], string> = {
  intro: 'the introduction', upheld: 'the complaints-upheld statistics', compliance: 'the compliance statistics',
  remedy: 'the satisfactory-remedy statistics', footer: 'the statistics page footer', title: 'the title',
  overview: 'the overview', heading: 'the heading',
};

/** The year a period ends in ("2020" of "2020-03-31"): all a title states. */
const yearOf = (p: PeriodMention): string => p.end.slice(0, 4);

function describe(p: PeriodMention): string {
  if (p.source === 'title') return `year ${yearOf(p)}`;
  // Dates as users read them everywhere: "1 April 2019", never ISO.
  return p.start ? `${formatIsoDate(p.start)} to ${formatIsoDate(p.end)}` : `period ending ${formatIsoDate(p.end)}`;
}

/** Whether two mentions disagree; a title only states the year its period ends in. */
function disagree(a: PeriodMention, b: PeriodMention): boolean {
  if (a.source === 'title' || b.source === 'title') return yearOf(a) !== yearOf(b);
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
 * then the introduction, then the footer; within a source, to the first mention. The title is the
 * reference only when nothing else quotes a period: it states only a year, so it agrees with every
 * mention of that year and would otherwise outscore the blocks and hide a block's other start date.
 */
function referencePeriod(ps: readonly PeriodMention[]): PeriodMention | undefined {
  const scores = ps.map(agreementCounter(ps));
  const onlyTitles = ps.every((p) => p.source === 'title');
  let best: PeriodMention | undefined;
  let bestScore = -1;
  let bestRank = PRIORITY.length;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const rank = PRIORITY.indexOf(p.source);
    if (rank < 0 || (p.source === 'title' && !onlyTitles)) continue;
    const score = scores[i]!;
    if (score > bestScore || (score === bestScore && rank < bestRank)) {
      best = p;
      bestScore = score;
      bestRank = rank;
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
    const year = yearOf(q);
    add(byYear, year);
    if (q.source === 'title') add(titlesByYear, year);
    else {
      add(byEnd, q.end);
      if (q.start === null) add(openByEnd, q.end);
      else add(byEndAndStart, `${q.end} ${q.start}`);
    }
  }
  return (p) => {
    const year = yearOf(p);
    if (p.source === 'title') return byYear.get(year) ?? 0;
    const titles = titlesByYear.get(year) ?? 0;
    if (p.start === null) return titles + (byEnd.get(p.end) ?? 0);
    return titles + (openByEnd.get(p.end) ?? 0) + (byEndAndStart.get(`${p.end} ${p.start}`) ?? 0);
  };
}

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: 'The introduction quotes the year ending 31 March 2020, the upheld block the year before.',
    text: `Annual Review letter 2020

I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending 31 March 2020.

Complaints upheld

100% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

1
upheld decision

Statistics are based on a total of 1 detailed investigation for the period between 1 April 2018 to 31 March 2019`,
  },
  passes: `Annual Review letter 2020

I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending 31 March 2020.

Complaints upheld

100% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

1
upheld decision

Statistics are based on a total of 1 detailed investigation for the period between 1 April 2019 to 31 March 2020`,
};
