// The next match of a statement in a window of the flat text, tried only where a match can start
// (parse/anchors.ts): at its keyword's places, or at the letter's digits. Measured with `npm run
// bench` (README, Speed): on a statistics page each statement's pattern was tried at every position
// of a window holding the whole page.
import type { Statement } from '../formats/types';
import { type Anchor, anchorOf } from './anchors';
import { searchPatternOf } from './numberedPattern';

/** What the statements of one letter share: where its digits are, found once by one pass. */
export class FigurePlaces {
  private runs: number[] | null = null;

  /**
   * @param flat the flat text
   * @param aligned whether the lower-cased text the keywords were found in has the flat text's
   *   indices (lower-casing can lengthen a few characters, "İ"): keyword anchors need them.
   */
  constructor(readonly flat: string, readonly aligned: boolean) {}

  /** The runs of digits as [start, end) pairs of flat indices, in order. */
  digitRuns(): number[] {
    if (!this.runs) {
      const runs: number[] = [];
      const digits = /\d+/g;
      for (let m = digits.exec(this.flat); m; m = digits.exec(this.flat)) runs.push(m.index, m.index + m[0].length);
      this.runs = runs;
    }
    return this.runs;
  }
}

export interface StatementSearch {
  statement: Statement;
  /** The global pattern, searched from a position as before (no anchor). */
  pattern: RegExp;
  /** The same pattern, sticky: tried at one position. */
  sticky: RegExp;
  anchor: Anchor;
  /** Every place of the statement's keyword in the letter, in order (flat indices). */
  keywordPlaces: readonly number[];
  places: FigurePlaces;
}

const analysed = new WeakMap<RegExp, { sticky: RegExp; anchor: Anchor }>();

/**
 * How to search for `statement` in one letter; `anchored` false: search every position, as the
 * engine did before anchors (kept for patterns without one, and for the differential test).
 */
export function statementSearch(statement: Statement, keywordPlaces: readonly number[], places: FigurePlaces, anchored = true): StatementSearch {
  const { pattern } = searchPatternOf(statement.pattern);
  let known = analysed.get(pattern);
  if (!known) {
    known = { sticky: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`), anchor: anchorOf(pattern.source, statement.keyword) };
    analysed.set(pattern, known);
  }
  const anchor = !anchored || (known.anchor?.kind === 'keyword' && !places.aligned) ? null : known.anchor;
  return { statement, pattern, sticky: known.sticky, anchor, keywordPlaces, places };
}

/** The first index of `sorted` whose value is at least `value`. */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first [start, end) pair of `runs` that ends after `at`. */
function firstRunEndingAfter(runs: readonly number[], at: number): number {
  let lo = 0;
  let hi = runs.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[2 * mid + 1]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}

function tryAt(search: StatementSearch, window: string, at: number): RegExpExecArray | null {
  search.sticky.lastIndex = at;
  return search.sticky.exec(window);
}

/**
 * The leftmost match in `window` (which starts at flat index `start`) at or after window index
 * `from`: the one a search from `from` finds, since every match starts at an anchor's place.
 */
export function nextMatch(search: StatementSearch, window: string, start: number, from: number): RegExpExecArray | null {
  const { anchor } = search;
  if (anchor === null) {
    search.pattern.lastIndex = from;
    return search.pattern.exec(window);
  }
  if (anchor.kind === 'keyword') {
    const kw = search.keywordPlaces;
    for (let i = firstAtLeast(kw, start + from + anchor.offset); i < kw.length; i++) {
      const at = kw[i]! - anchor.offset - start;
      if (at >= window.length) break;
      const m = tryAt(search, window, at);
      if (m) return m;
    }
    return null;
  }
  const runs = search.places.digitRuns();
  for (let i = firstRunEndingAfter(runs, start + from); i < runs.length; i += 2) {
    for (let p = Math.max(runs[i]!, start + from); p < runs[i + 1]!; p++) {
      if (p - start >= window.length) return null;
      const m = tryAt(search, window, p - start);
      if (m) return m;
    }
  }
  return null;
}
