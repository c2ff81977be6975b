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
    // The reference is the first block's period, else the introduction's, else the first mention.
    const reference = ps.find((p) => p.source === 'upheld' || p.source === 'compliance' || p.source === 'remedy' || p.source === 'overview')
      ?? ps.find((p) => p.source === 'intro') ?? ps.find((p) => p.source !== 'title') ?? ps[0];
    if (!reference) return;
    for (const p of ps) {
      if (p === reference || !disagree(p, reference)) continue;
      report({
        message: `${SOURCE_NAMES[p.source]} quotes ${describe(p)}, but ${SOURCE_NAMES[reference.source]} quotes ${describe(reference)}`.replace(/^./, (c) => c.toUpperCase()),
        span: p.span,
        related: [{ message: `${SOURCE_NAMES[reference.source]}: ${describe(reference)}`, span: reference.span }],
      });
    }
  },
};
