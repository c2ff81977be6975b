// Reads the statistics statements of every known format from the flat text and assembles the
// three key-area blocks. Statements are matched on the flat view, so hard wraps, Markdown dress and
// figures on lines of their own do not matter; every figure maps back to its exact source span.
import type { Area, PeriodMention, Span, Statistics } from '../model';
import type { Capture, Fact, LetterFormat, Statement, StatementReader } from '../formats/types';
import type { FlatText } from '../text/flatten';
import { keywordOccurrences, scanStatement } from './scan';
import { searchPatternOf } from './numberedPattern';
import { createReader, spanMapper } from './reader';
import { Assembler, type PlacedFact } from './assemble';
import { type Own, type Scope, type YearInSentence, markOthers, scopeOf } from './scope';
import { yearRangeFact } from '../formats/facts';
import { type Stretch, joined, outside } from './stretches';

export interface StatisticsReading {
  statistics: Statistics;
  periods: PeriodMention[];
  formats: string[];
  /** True when the text speaks of the three key areas, so figures are expected. */
  expectsStatistics: boolean;
}

/** Phrases by which a text says it reports the key statistics (found by the keyword scan, in lower case). */
const EXPECTS = ['annual statistics', 'three key statistics', 'three key areas'];

export function readStatistics(source: string, flatText: FlatText, formats: readonly LetterFormat[], headingAreas: readonly { area: Area; span: Span }[], own: Own = { council: null, year: null }): StatisticsReading {
  const reader = createReader(source, flatText);
  const placed: PlacedFact[] = [];
  const matchedFormats = new Set<string>();
  // What the formats before have read: a format matches when it reads something they did not (the
  // quoted forms also read the letter's own sentences).
  const keysRead = new Set<number>();
  // Scopes by the first figure a statement reads: the quoted forms read the letter's own sentences again.
  const scopes = new Map<number, Scope>();
  const occurrences = keywordOccurrences(flatText.flat.toLowerCase(), formats, EXPECTS);
  // Where the statements matched so far, as flat [start, end) pairs.
  const matched: Stretch[] = [];
  for (const format of formats) {
    const from = placed.length;
    const read = format.variantsOfOthers ? joined(matched) : null;
    for (const statement of format.statements) {
      let places = occurrences.get(statement.keyword);
      if (places && read) places = outside(places, statement.keyword.length, read);
      if (places && places.length > 0) readStatement(source, flatText, places, statement, reader, placed, scopes, matched);
    }
    let readNew = false;
    for (let i = from; i < placed.length; i++) {
      const { at, fact } = placed[i]!;
      if (fact.kind === 'area') continue;
      const key = factKey(at, fact);
      if (!keysRead.has(key)) {
        readNew = true;
        keysRead.add(key);
      }
    }
    if (readNew) matchedFormats.add(format.name);
  }
  // Line-level block headings also set the area (the flat text may have lost where they stand).
  for (const h of headingAreas) placed.push({ at: flatText.flatIndexOf(h.span.start), end: flatText.flatIndexOf(h.span.end), fact: { kind: 'area', area: h.area, heading: true } });
  placed.sort((a, b) => a.at - b.at || (a.fact.kind === 'area' ? -1 : 0) - (b.fact.kind === 'area' ? -1 : 0));

  const assembler = new Assembler(source, flatText.flat, spanMapper(flatText));
  markOthers(placed, own);
  for (const p of placed) assembler.add(p);
  return {
    statistics: assembler.statistics(),
    periods: assembler.periods,
    formats: [...matchedFormats],
    expectsStatistics: EXPECTS.some((phrase) => occurrences.has(phrase)),
  };
}

/** The kinds of fact, numbered for factKey. */
const KIND_NUMBERS: Record<Exclude<Fact['kind'], 'area'>, number> = { figure: 0, overview: 1, period: 2, caption: 3, 'none-due': 4, table: 5, authority: 6, glossary: 7 };

/** What a fact reads, by where and what kind: the same figure read by two statements has one key (a number: no string per fact). */
function factKey(at: number, fact: Exclude<Fact, { kind: 'area' }>): number {
  const where = fact.kind === 'figure' || fact.kind === 'overview' ? fact.figure.span.start : fact.kind === 'period' ? fact.to.start : at;
  return where * 8 + KIND_NUMBERS[fact.kind];
}

/** Runs one statement at its keyword's places, adding its facts to `placed`. */
function readStatement(source: string, flatText: FlatText, places: readonly number[], statement: Statement, reader: StatementReader, placed: PlacedFact[], scopes: Map<number, Scope>, matched: Stretch[]): void {
  const { flat } = flatText;
  const { names } = searchPatternOf(statement.pattern);
  for (const { match: m, offset } of scanStatement(flat, places, statement)) {
    const groups: Record<string, Capture | undefined> = {};
    const capture = (range: [number, number]): Capture => ({ text: flat.slice(offset + range[0], offset + range[1]), start: offset + range[0], end: offset + range[1] });
    if (names.length > 0) {
      // The numbered twin's groups, named back.
      for (let k = 1; k < names.length; k++) {
        const range = m.indices?.[k];
        const name = names[k];
        if (range && name) groups[name] = capture(range);
      }
    } else {
      const indices = m.indices?.groups ?? {};
      for (const name of groupNamesOf(statement.pattern, indices)) {
        const range = indices[name];
        if (range) groups[name] = capture(range);
      }
    }
    const matchStart = offset + m.index;
    const whole: Capture = { text: m[0], start: matchStart, end: matchStart + m[0].length };
    const facts = statement.read(groups, whole, reader);
    if (facts.length > 0) matched.push({ start: whole.start, end: whole.end });
    const scope = facts.some(isCount) ? scopeOfStatement(source, reader, whole, facts, scopes) : undefined;
    for (const fact of facts) {
      const own = isCount(fact) ? scope : fact.kind === 'period' && fact.inProse ? scopeOfPeriod(source, reader, fact.whole) : undefined;
      placed.push({ at: whole.start, end: whole.end, fact, scope: own });
    }
    if (scope?.year) placed.push(...periodOfFigure(flatText, scope, scope.year));
  }
}

/** The sentence of a period quoted in prose, judged as an average's is: only the country, a year or a council make it another's. */
function scopeOfPeriod(source: string, reader: StatementReader, whole: Capture): Scope {
  const { span } = reader.located(whole);
  return scopeOf(source, span.start, span.end, true);
}

/** The year a figure's sentence says it is for ("In 2021-22, …"): a period of the letter's exactly when the figure is the council's. */
function periodOfFigure(flatText: FlatText, scope: Scope, year: YearInSentence): PlacedFact[] {
  const at = flatText.flatIndexOf(year.start);
  const end = flatText.flatIndexOf(year.end);
  const groups = { ys: { text: year.first, start: at, end: at + 4 }, ye: { text: year.second, start: end - 2, end }, period: { text: flatText.flat.slice(at, end), start: at, end } };
  return yearRangeFact(groups, 'intro').map((fact) => ({ at, end, fact, scope }));
}

/** A figure or an overview count: what a quoted sentence may state for another council, year or the country. */
function isCount(fact: Fact): boolean {
  return fact.kind === 'figure' || fact.kind === 'overview';
}

function scopeOfStatement(source: string, reader: StatementReader, whole: Capture, facts: readonly Fact[], scopes: Map<number, Scope>): Scope {
  const first = facts.find((f) => f.kind === 'figure' || f.kind === 'overview');
  const key = first && (first.kind === 'figure' || first.kind === 'overview') ? first.figure.span.start : -1;
  const known = scopes.get(key);
  if (known) return known;
  const { span } = reader.located(whole);
  const average = facts.some((f) => f.kind === 'figure' && (f.field === 'average' || f.field === 'rateAverage'));
  const scope = scopeOf(source, span.start, span.end, average);
  scopes.set(key, scope);
  return scope;
}

const groupNames = new WeakMap<RegExp, string[]>();

/**
 * A pattern's group names, read once from its first match: every match of a pattern has the same
 * groups, and Object.entries on each match's index object was a tenth of the engine's time.
 */
function groupNamesOf(pattern: RegExp, indices: Record<string, unknown>): string[] {
  let names = groupNames.get(pattern);
  if (!names) {
    names = Object.keys(indices);
    groupNames.set(pattern, names);
  }
  return names;
}
