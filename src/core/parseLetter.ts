// parseLetter: text in any dress → the letter model with source spans. Never throws on any input.
import type { Area, Letter, PeriodMention } from './model';
import { FORMATS } from './formats';
import type { HeadingRule, LetterFormat } from './formats/types';
import { splitLines } from './text/lines';
import { flatten } from './text/flatten';
import { readStructure, undressed } from './parse/structure';
import { readStatistics } from './parse/statistics';
import { yearStartingBefore } from './dates';
import type { Deadline } from './timeLimit';

export interface ParseOptions {
  /** The formats to read; all known formats by default. */
  formats?: readonly LetterFormat[];
  /** Asked between the steps below; past it, parsing stops with TimeLimitReached. */
  deadline?: Deadline;
}

const headingRuleCache = new WeakMap<readonly LetterFormat[], HeadingRule[]>();

/** The heading rules of a set of formats, gathered once per set. */
function headingRulesOf(formats: readonly LetterFormat[]): HeadingRule[] {
  let rules = headingRuleCache.get(formats);
  if (!rules) {
    rules = formats.flatMap((f) => f.headings);
    headingRuleCache.set(formats, rules);
  }
  return rules;
}

export function parseLetter(text: string, options: ParseOptions = {}): Letter {
  const formats = options.formats ?? FORMATS;
  const headingRules = headingRulesOf(formats);
  const deadline = options.deadline;
  const lines = splitLines(text);
  deadline?.check();
  const structure = readStructure(text, lines, headingRules);
  deadline?.check();

  // Page footers can fall mid-sentence in PDF-to-text output: read the statements without them.
  const flat = flatten(text, structure.footers.map((f) => f.span), lines);
  deadline?.check();
  const headingAreas: { area: Area; span: { start: number; end: number } }[] = [];
  for (const section of structure.sections) {
    const rule = headingRules.find((r) => r.area && r.pattern.test(section.heading.text));
    if (rule?.area) headingAreas.push({ area: rule.area, span: section.heading.span });
  }
  const ownCouncil = structure.addressee?.authority ?? structure.footers[0]?.authority ?? structure.titleAuthority;
  const reading = readStatistics(text, flat, formats, headingAreas, { council: ownCouncil?.text ?? null, year: structure.titleYear });
  deadline?.check();
  // The council the text first names as its own: the title's ("… – Barnsley Metropolitan Borough Council") or the statistics'.
  const named = reading.statistics.authority;
  const titled = structure.titleAuthority;
  if (titled && (!named || titled.span.start < named.span.start)) reading.statistics.authority = titled;

  const periods: PeriodMention[] = [...reading.periods, ...structure.footers.map((f) => f.periodEnd)];
  if (structure.title && structure.titleYear !== null) {
    const t = structure.title;
    periods.push({ source: 'title', start: null, end: `${structure.titleYear}-03-31`, text: t.text, span: t.span });
  }
  periods.sort((a, b) => a.span.start - b.span.start);
  for (const p of periods) {
    if (p.source === 'intro' && p.start === null) p.start = yearStartingBefore(p.end);
  }

  const blockPeriod = periods.find((p) => p.start !== null && p.source !== 'title' && p.source !== 'footer');
  const periodEndYear = blockPeriod ? Number(blockPeriod.end.slice(0, 4)) : null;

  return {
    heading: structure.heading,
    date: structure.date,
    delivery: structure.delivery,
    addressee: structure.addressee,
    salutation: structure.salutation,
    title: structure.title,
    reviewYear: structure.titleYear ?? periodEndYear,
    sections: structure.sections,
    statistics: reading.statistics,
    periods,
    signOff: structure.signOff,
    signatory: structure.signatory,
    footers: structure.footers,
    expectsStatistics: reading.expectsStatistics || structure.footers.length > 0,
    formats: reading.formats,
    length: text.length,
  };
}

/** The period the letter covers: the first full period it quotes (a block's, else the intro's). */
export function letterPeriod(letter: Letter): { start: string; end: string } | null {
  const full = letter.periods.find((p) => p.start !== null && p.source !== 'title' && p.source !== 'footer' && p.source !== 'intro')
    ?? letter.periods.find((p) => p.start !== null && p.source !== 'title' && p.source !== 'footer');
  return full && full.start ? { start: full.start, end: full.end } : null;
}

export { undressed };
