// Helpers the formats share to turn a statement's captures into facts.
import type { Area, Figure, LocatedText, PeriodSource } from '../model';
import type { Capture, Fact, PeriodFact, StatementReader } from './types';
import { financialYearDates } from '../dates';

export type Groups = Record<string, Capture | undefined>;

/** The period a statement quotes (groups `period`, `f…`, `t…`), as a fact for `area`. */
export function periodFact(g: Groups, reader: StatementReader, area: Area | 'current' | PeriodSource): Fact[] {
  const to = reader.date(g, 't');
  const whole = g.period;
  if (!to || !whole) return [];
  return [{ kind: 'period', area, from: reader.date(g, 'f'), to, whole }];
}

/**
 * The Ombudsman's year a statement quotes as "2021/22" (groups `ys`, `ye`; the whole in `period`), as
 * a period fact for `area` from 1 April 2021 to 31 March 2022; none when the years do not follow.
 */
export function yearRangeFact(g: Groups, area: Area | 'current' | PeriodSource, how: Pick<PeriodFact, 'inProse'> = {}): PeriodFact[] {
  const whole = g.period;
  const dates = g.ys && g.ye ? financialYearDates(g.ys.text, g.ye.text) : null;
  if (!dates || !whole) return [];
  const at = { start: g.ys!.start, end: g.ye!.end };
  return [{ kind: 'period', area, from: { text: dates.start, ...at }, to: { text: dates.end, ...at }, whole, ...how }];
}

/** A count and its noun (groups `n`, `noun`) as a figure; null when the noun is not a whole word. */
export function countFigure(g: Groups, reader: StatementReader): Figure | null {
  const noun = g.noun && reader.word(g.noun);
  return noun ? reader.figure(g.n!, noun) : null;
}

/** Longest council name read; the longest in England is under 50 characters. */
const MAX_NAME = 100;
/** Where a lost line break glued the next sentence on: "Poole Borough CouncilIn 100% …", "Council80%". */
const GLUED = /[\p{Ll})](?=[\p{Lu}\d])/u;
/** A word of a council's name ("Stockton-on-Tees", "King's", "St.") and the small words between them. */
const NAME_WORD = /^\p{Lu}[\p{L}'’.()-]*$/u;
const NAME_JOIN = /^(?:of|and|the|upon|on|in|&)$/i;

/** "Royal Borough of Windsor and Maidenhead", "Kingston upon Hull City Council"; not a sentence. */
function looksLikeName(text: string): boolean {
  const words = text.split(' ');
  return words.length <= 12 && NAME_WORD.test(words[0]!) && words.every((w) => NAME_WORD.test(w) || NAME_JOIN.test(w));
}

/** A word a council's name holds: "Kent County Council", "Royal Borough of Greenwich", "City of London Corporation". */
const COUNCIL_WORD = /(?:^| )(?:Council|Borough|Corporation|County|District|City|Authority)(?= |$)/;

/** What the statistics call the council they are about when they do not name it. */
const GENERIC = /^(?:the |your )?(?:council|authority|organisation)$/i;

/** Whether a whole text reads as a council's name that says it is one ("Barnsley Metropolitan Borough Council"). */
export function isCouncilName(text: string): boolean {
  return text.length <= MAX_NAME && looksLikeName(text) && !GENERIC.test(text) && COUNCIL_WORD.test(text);
}

/** A council's name from a capture of flat text: trimmed, cut where a glued sentence starts. */
export function councilName(c: Capture, reader: StatementReader): LocatedText | null {
  let text = c.text;
  const glued = GLUED.exec(text);
  if (glued) text = text.slice(0, glued.index + 1);
  text = text.replace(/(?<![\s.,:;])[\s.,:;]+$/u, ''); // the look-behind keeps this linear
  const lead = text.length - text.trimStart().length;
  text = text.trim();
  if (text.length === 0 || text.length > MAX_NAME || !looksLikeName(text) || GENERIC.test(text)) return null;
  return reader.located({ text, start: c.start + lead, end: c.start + lead + text.length });
}

/** A council's name from flat index `from` to the end of its source line ("… upheld by Poole Borough Council"). */
export function nameToLineEnd(from: number, reader: StatementReader): LocatedText | null {
  const line = reader.lineOf(from);
  const start = Math.max(from, line.start);
  return councilName({ text: line.text.slice(start - line.start), start, end: line.end }, reader);
}


/**
 * The council a statistics heading ("Annual statistics", "Complaint overview", whole-line match `w`)
 * names: before it on its line ("Kent County Council Annual statistics"), else on the line of its own
 * just above it ("Kent County Council", then "Annual statistics"). Such a heading starts a page.
 */
export function councilHeading(w: Capture, r: StatementReader): Fact[] {
  const line = r.lineOf(w.start);
  if (line.end !== w.end) return [];
  let authority: LocatedText | null = null;
  if (line.start < w.start) {
    authority = councilName({ text: line.text.slice(0, w.start - line.start), start: line.start, end: w.start }, r);
  } else if (line.start > 0) {
    const above = r.lineOf(line.start - 1);
    if (above.end < line.start && COUNCIL_WORD.test(above.text)) authority = councilName(above, r);
  }
  return authority ? [{ kind: 'authority', authority, startsPage: true }] : [];
}
