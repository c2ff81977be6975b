// Whose figure a statement states. Reports and articles quote the letter's sentences among others:
// "the national uphold rate was 74%", "in neighbouring Medway Council 80% of complaints …",
// "last year 60% of complaints …". A figure whose sentence speaks of the country, of similar
// authorities, of another year or of a council by a name other than the text's own is not the
// council's figure: a wrong reading is worse than a missed one (issue 11).
import type { PlacedFact } from './assemble';
import { councilKey, withoutDesignations } from '../councilNames';

/** What a statement's sentence says about whose figure it states. */
export interface Scope {
  /** The country, similar authorities or an average: not this council's figure. */
  elsewhere: boolean;
  /** Another year: "last year", "the year before", "in 2020-21" (the year it ends in, 2021). */
  otherYear: boolean;
  yearEnding: number | null;
  /** A council the sentence names ("Medway Council"), to compare with the text's own. */
  council: string | null;
}

/** How far a sentence is looked at either way of a statement, in characters (bounded: linear time). */
const REACH = 240;
/**
 * A sentence ends at ".", "!" or "?" before a space or a capital, or after a word and before a digit
 * ("authorities.12 upheld decisions": a lost line break; "3.4" is no end), or at a blank line.
 */
const SENTENCE_END = /[.!?](?=\s|[A-Z])|(?<=\D)[.!?](?=\d)|(?:\r\n?|\n)[^\S\r\n]*[\r\n]/g;
const ELSEWHERE = /\bnational(?:ly)?\b|\bacross (?:the country|all)\b|\ball (?:councils|authorities|local authorities)\b|\bsimilar (?:authorities|councils|organisations)\b|\baverage\b|\bother councils\b/i;
const OTHER_YEAR = /\b(?:last|previous|prior|preceding) year\b|\byear before\b|\ba year earlier\b/i;
const YEAR_RANGE = /\b(20\d\d)[-/–]\d\d\b/;
/** "Medway Council", "Royal Borough of Greenwich": capitalised words ending in a council's designation. */
const COUNCIL = /\b[A-Z][\w'’-]*(?: (?:of|and|upon|on|the|[A-Z][\w'’-]*)){0,7} (?:Council|Corporation)\b|\b(?:Royal |London )?Borough of [A-Z][\w'’-]*(?: (?:and|upon|[A-Z][\w'’-]*)){0,4}/;
/** Words that start a sentence or name no council: "The Council", "This Council", "County Council". */
const NOT_A_NAME = /^(?:the|this|that|your|our|each|every|a|an|county|district|borough|city|parish|town)\b/i;

/** The sentence holding source[start, end): from the last sentence end before it to the first after, within REACH. */
function sentenceAround(source: string, start: number, end: number): string {
  const from = Math.max(0, start - REACH);
  // One character of the statement is kept in view, so that an end just before it is seen ("authorities.12").
  const before = source.slice(from, start + 1);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m && m.index < before.length - 1; m = SENTENCE_END.exec(before)) cut = m.index + m[0].length;
  const after = source.slice(end, end + REACH);
  SENTENCE_END.lastIndex = 0;
  const next = SENTENCE_END.exec(after);
  return source.slice(from + Math.min(cut, start - from), end) + after.slice(0, next ? next.index : after.length);
}

/** The scope of the statement at source[start, end); `average`: the statement is itself an average. */
export function scopeOf(source: string, start: number, end: number, average: boolean): Scope {
  const sentence = sentenceAround(source, start, end);
  const range = YEAR_RANGE.exec(sentence);
  const named = COUNCIL.exec(sentence);
  const council = named && !NOT_A_NAME.test(named[0]) ? named[0] : null;
  // An average's own sentence speaks of similar authorities; only the country makes it another's.
  const elsewhere = average ? /\bnational(?:ly)?\b/i.test(sentence) : ELSEWHERE.test(sentence);
  return { elsewhere, otherYear: OTHER_YEAR.test(sentence), yearEnding: range ? Number(range[1]) + 1 : null, council };
}

/** The council and year the text is about, where its frame says (addressee, footer, title). */
export interface Own {
  council: string | null;
  year: number | null;
}

/**
 * Marks the facts that are not the text's own council's for its own year (`others`): a figure whose
 * sentence speaks of elsewhere, of another year, or names a council other than the text's own (so,
 * where the text's own is not known, any council). Where the frame names no council, the first the
 * statistics name is the text's own (see firstCouncil); where it gives no year, the first period quoted.
 */
export function markOthers(placed: readonly PlacedFact[], own: Own): void {
  const council = own.council ?? firstCouncil(placed);
  const year = own.year ?? firstYear(placed);
  // A council a statistics heading or caption names is a page's: its figures are read, and
  // authority-mismatch or the restatement rules say what they need to. Only a name in a sentence
  // of its own makes the sentence's figure another council's.
  const pages = [council, ...placed.map(({ fact }) => (fact.kind === 'authority' ? fact.authority.text : fact.kind === 'caption' ? fact.authority?.text : undefined))]
    .filter((n): n is string => typeof n === 'string');
  for (const p of placed) {
    const { scope } = p;
    if (!scope) continue;
    const otherYear = scope.otherYear || (scope.yearEnding !== null && year !== null && scope.yearEnding !== year);
    const named = scope.council;
    const otherCouncil = named !== null && !pages.some((page) => sameCouncilNamed(named, page));
    if (scope.elsewhere || otherYear || otherCouncil) p.others = true;
  }
}

/**
 * The council the statistics are about where the frame does not say: the first a statistics heading,
 * caption or population sentence names. A council named in a sentence never makes itself the text's
 * own: a report may quote a neighbour's figures before the council's (found by the property tests).
 */
function firstCouncil(placed: readonly PlacedFact[]): string | null {
  for (const { fact } of placed) {
    if (fact.kind === 'authority') return fact.authority.text;
    if (fact.kind === 'caption' && fact.authority) return fact.authority.text;
  }
  return null;
}

function firstYear(placed: readonly PlacedFact[]): number | null {
  for (const { fact } of placed) if (fact.kind === 'period') return Number(fact.to.text.slice(0, 4));
  return null;
}

/** "In Kent County Council" names Kent County Council: the same words at the end, designations aside. */
function sameCouncilNamed(found: string, own: string): boolean {
  const a = councilKey(found);
  const b = councilKey(own);
  const bareA = withoutDesignations(a);
  const bareB = withoutDesignations(b);
  return ` ${a}`.endsWith(` ${b}`) || (bareB !== '' && ` ${bareA}`.endsWith(` ${bareB}`));
}
