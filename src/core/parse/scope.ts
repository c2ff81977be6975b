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
  /**
   * The one Ombudsman's year the sentence says its figures are for, "In 2021-22, …" or "during
   * 2021/22" (source offsets of "2021-22"); null when it names none, several, or compares years.
   */
  year: YearInSentence | null;
}

/** "2021-22" in a sentence: its source offsets and the two years as written. */
export interface YearInSentence {
  start: number;
  end: number;
  first: string;
  second: string;
}

/** How far a sentence is looked at either way of a statement, in characters (bounded: linear time). */
const REACH = 240;
const ELSEWHERE = /\bnational(?:ly)?\b|\bacross (?:the country|all)\b|\ball (?:councils|authorities|local authorities)\b|\bsimilar (?:authorities|councils|organisations)\b|\baverage\b|\bother councils\b/i;
const OTHER_YEAR = /\b(?:last|previous|prior|preceding) year\b|\byear before\b|\ba year earlier\b/i;
const YEAR_RANGE = /\b(20\d\d)[-/–]\d\d\b/;
/** Every year range of a sentence, to find the one its figures are for. */
const YEAR_RANGES = /\b(20\d\d)[-/–](\d\d)\b/g;
/** What a sentence's figures are for: "in 2021-22", "during 2021/22". */
const FOR_YEAR = /(?:^|\W)(?:in|during) $/i;
/** Words by which a sentence compares its figures with another time: its year may be that time's. */
const COMPARES = /\b(?:from|since|than|compared?|compares|comparison|against|versus|up|down|rose|fell|increased?|decreased?)\b/i;
/** "Medway Council", "Royal Borough of Greenwich": capitalised words ending in a council's designation. */
const COUNCIL = /\b[A-Z][\w'’-]*(?: (?:of|and|upon|on|the|[A-Z][\w'’-]*)){0,7} (?:Council|Corporation)\b|\b(?:Royal |London )?Borough of [A-Z][\w'’-]*(?: (?:and|upon|[A-Z][\w'’-]*)){0,4}/;
/** Words that start a sentence or name no council: "The Council", "This Council", "County Council". */
const NOT_A_NAME = /^(?:the|this|that|your|our|each|every|a|an|county|district|borough|city|parish|town)\b/i;
/**
 * Whether a sentence may say anything of the above: one pass that most of a letter's sentences fail
 * ("100% of complaints we investigated were upheld."), so the patterns above run only on the rest.
 */
const MAY_SCOPE = /national|across|all (?:councils|authorities|local)|similar|average|other|year|20\d\d[-/–]\d\d|Council|Corporation|Borough of/i;
/** The same for an average, whose own sentence speaks of similar authorities: only the country, a year or a council. */
const MAY_SCOPE_AVERAGE = /national|year|20\d\d[-/–]\d\d|Council|Corporation|Borough of/i;

const isBreak = (c: number): boolean => c === 10 || c === 13;
const isBlankSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isCapital = (c: number): boolean => c >= 65 && c <= 90;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/**
 * Whether a sentence ends at source[i] (a full stop, "!" or "?"): before white space or a capital, or
 * after a word and before a digit ("authorities.12 upheld decisions", a lost line break; "3.4" is no end).
 */
function endsSentence(source: string, i: number): boolean {
  const c = source.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const next = source.charCodeAt(i + 1);
  return isSpace(next) || isCapital(next) || (isDigit(next) && !isDigit(source.charCodeAt(i - 1)));
}

/** Whether a blank line ends at the line break source[i] (looking back over spaces to another break). */
function blankLineBefore(source: string, i: number, limit: number): boolean {
  let j = i - 1;
  if (source.charCodeAt(i) === 10 && source.charCodeAt(j) === 13) j--; // one CRLF is one break
  while (j >= limit && isBlankSpace(source.charCodeAt(j))) j--;
  return j >= limit && isBreak(source.charCodeAt(j));
}

/**
 * The sentence holding source[start, end): from the last sentence end or blank line before it to the
 * first after it, within REACH either way. A scan of characters, no more: this runs for every figure.
 */
function sentenceAround(source: string, start: number, end: number): { from: number; to: number } {
  const limit = Math.max(0, start - REACH);
  let from = limit;
  for (let i = start - 1; i >= limit; i--) {
    if (endsSentence(source, i) || (isBreak(source.charCodeAt(i)) && blankLineBefore(source, i, limit))) {
      from = i + 1;
      break;
    }
  }
  const stop = Math.min(source.length, end + REACH);
  let to = stop;
  for (let i = end; i < stop; i++) {
    if (endsSentence(source, i) || (isBreak(source.charCodeAt(i)) && blankLineBefore(source, i, end))) {
      to = i;
      break;
    }
  }
  return { from, to };
}

const NO_SCOPE: Scope = { elsewhere: false, otherYear: false, yearEnding: null, council: null, year: null };

/** The one year a sentence (from source offset `from`) says its figures are for; see Scope.year. */
function yearInSentence(sentence: string, from: number): YearInSentence | null {
  let found: YearInSentence | null = null;
  YEAR_RANGES.lastIndex = 0;
  for (let m = YEAR_RANGES.exec(sentence); m; m = YEAR_RANGES.exec(sentence)) {
    const year = { start: from + m.index, end: from + m.index + m[0].length, first: m[1]!, second: m[2]! };
    if (found && (found.first !== year.first || found.second !== year.second)) return null;
    if (!found && !FOR_YEAR.test(sentence.slice(Math.max(0, m.index - 8), m.index))) return null;
    found ??= year;
  }
  return found && !COMPARES.test(sentence) && !OTHER_YEAR.test(sentence) ? found : null;
}

/** The scope of the statement at source[start, end); `average`: the statement is itself an average. */
export function scopeOf(source: string, start: number, end: number, average: boolean): Scope {
  const around = sentenceAround(source, start, end);
  const sentence = source.slice(around.from, around.to);
  if (!(average ? MAY_SCOPE_AVERAGE : MAY_SCOPE).test(sentence)) return NO_SCOPE;
  const range = sentence.includes('20') ? YEAR_RANGE.exec(sentence) : null;
  const year = range ? yearInSentence(sentence, around.from) : null;
  const named = /Council|Corporation|Borough of/.test(sentence) ? COUNCIL.exec(sentence) : null;
  const council = named && !NOT_A_NAME.test(named[0]) ? named[0] : null;
  // An average's own sentence speaks of similar authorities; only the country makes it another's.
  const elsewhere = average ? /\bnational(?:ly)?\b/i.test(sentence) : ELSEWHERE.test(sentence);
  return { elsewhere, otherYear: OTHER_YEAR.test(sentence), yearEnding: range ? Number(range[1]) + 1 : null, council, year };
}

/** The council and year the text is about, where its frame says (addressee, footer, title). */
export interface Own {
  council: string | null;
  year: number | null;
}

/**
 * Marks the facts that are not the text's own council's for its own year (`others`): a figure whose
 * sentence speaks of elsewhere, of another year, or names a council other than the text's own and the
 * councils its statistics pages name (headings, captions, the population sentence). A council named in a
 * sentence never makes itself the text's own: a report may quote a neighbour's figures before the
 * council's (found by the property tests). Where the frame gives no year, the first period quoted is the text's.
 */
export function markOthers(placed: readonly PlacedFact[], own: Own): void {
  // A council a statistics heading or caption names is a page's: its figures are read, and
  // authority-mismatch or the restatement rules say what they need to. Only a name in a sentence
  // of its own makes the sentence's figure another council's.
  const pages = [own.council, ...placed.map(({ fact }) => (fact.kind === 'authority' ? fact.authority.text : fact.kind === 'caption' ? fact.authority?.text : undefined))]
    .filter((n): n is string => typeof n === 'string');
  const otherCouncil = (scope: Scope): boolean => scope.council !== null && !pages.some((page) => sameCouncilNamed(scope.council!, page));
  // A period quoted in prose states its own year: only its sentence's words can make it another's.
  const notOwnPeriod = (scope: Scope): boolean => scope.elsewhere || scope.otherYear || otherCouncil(scope);
  const year = own.year ?? firstYear(placed, notOwnPeriod);
  for (const p of placed) {
    const { scope, fact } = p;
    if (!scope) continue;
    if (fact.kind === 'period' && fact.inProse) {
      if (notOwnPeriod(scope)) p.others = true;
      continue;
    }
    const otherYear = scope.otherYear || (scope.yearEnding !== null && year !== null && scope.yearEnding !== year);
    if (scope.elsewhere || otherYear || otherCouncil(scope)) p.others = true;
  }
}

/**
 * The year the text is about where its frame does not say: the first period it quotes as its own (a
 * figure's "In 2021-22" too, so that a later "In 2020-21, …" is another year's).
 */
function firstYear(placed: readonly PlacedFact[], notOwnPeriod: (scope: Scope) => boolean): number | null {
  for (const { fact, scope } of placed) if (fact.kind === 'period' && !(scope && notOwnPeriod(scope))) return Number(fact.to.text.slice(0, 4));
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
