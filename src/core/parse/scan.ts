// Finds statements' matches without running their regular expressions over the whole letter.
// Every match contains its statement's keyword. One pass over the text finds where every keyword
// occurs (a single alternation of all keywords, not one search per keyword), and each statement's
// regex then runs only in windows around its keyword's occurrences. A letter is mostly prose:
// this keeps the cost of thirty statement patterns close to one scan of the text.
import type { LetterFormat, Statement } from '../formats/types';
import { trieSource } from './trie';
import { searchPatternOf } from './numberedPattern';

/** How far a statement may reach before and after its keyword, in flat characters. */
const BEFORE = 160;
const AFTER = 320;
const MAX_WINDOW = 4096;

export interface ScanMatch {
  match: RegExpExecArray;
  /** Flat index of the window the match's indices are relative to. */
  offset: number;
}

interface Keyword {
  text: string;
  /** The other keywords it starts with (found at the same place). */
  prefixes: string[];
}

interface KeywordScanner {
  pattern: RegExp;
  /** The keywords by their last character, longest first. */
  byLastChar: Map<number, Keyword[]>;
}

/** Per set of formats, per extra phrases (joined): built once, as the regex is the costly part. */
const scanners = new WeakMap<readonly LetterFormat[], Map<string, KeywordScanner>>();

function scannerFor(formats: readonly LetterFormat[], extra: readonly string[]): KeywordScanner {
  let byExtra = scanners.get(formats);
  if (!byExtra) {
    byExtra = new Map();
    scanners.set(formats, byExtra);
  }
  const extraKey = extra.join('\n');
  let scanner = byExtra.get(extraKey);
  if (!scanner) {
    // At each place the trie reports the longest keyword; the shorter ones found there are its
    // prefixes, recorded beside it.
    const keywords = [...new Set([...formats.flatMap((f) => f.statements.map((s) => s.keyword)), ...extra.map((e) => e.toLowerCase())])].filter((k) => k !== '');
    const byLastChar = new Map<number, Keyword[]>();
    for (const k of [...keywords].sort((a, b) => b.length - a.length)) {
      const last = k.charCodeAt(k.length - 1);
      const keyword = { text: k, prefixes: keywords.filter((o) => o !== k && k.startsWith(o)) };
      const list = byLastChar.get(last);
      if (list) list.push(keyword);
      else byLastChar.set(last, [keyword]);
    }
    scanner = { pattern: new RegExp(trieSource(keywords), 'g'), byLastChar };
    byExtra.set(extraKey, scanner);
  }
  return scanner;
}

/**
 * Where each statement keyword, and each of `extra` (phrases the caller asks about, found in the same
 * pass instead of one more search of the text each), occurs in the lower-cased flat text, in order.
 */
export function keywordOccurrences(lower: string, formats: readonly LetterFormat[], extra: readonly string[] = []): Map<string, number[]> {
  const { pattern, byLastChar } = scannerFor(formats, extra);
  const found = new Map<string, number[]>();
  const add = (keyword: string, at: number): void => {
    const list = found.get(keyword);
    if (list) list.push(at);
    else found.set(keyword, [at]);
  };
  // test() rather than exec(): no match array nor matched string per keyword, and the map is keyed
  // by the keywords' own strings. Which keyword matched is read back from where the match ends:
  // the match starts at the leftmost place at or after `from` where a keyword starts, and is the
  // longest keyword there, so it is the longest keyword that ends there and starts at or after `from`.
  let from = 0;
  pattern.lastIndex = 0;
  while (pattern.test(lower)) {
    const end = pattern.lastIndex;
    let start = -1;
    for (const k of byLastChar.get(lower.charCodeAt(end - 1)) ?? []) {
      const at = end - k.text.length;
      if (at >= from && lower.startsWith(k.text, at)) {
        add(k.text, at);
        for (const p of k.prefixes) add(p, at);
        start = at;
        break;
      }
    }
    if (start < 0) break; // cannot happen: the pattern matches only the keywords
    // Keywords may overlap (one can start inside another): look again from the next character.
    from = start + 1;
    pattern.lastIndex = from;
  }
  return found;
}

/** The statement's matches, in order, each reported once. `occurrences`: its keyword's places. */
export function* scanStatement(flat: string, occurrences: readonly number[], statement: Statement): Generator<ScanMatch> {
  const { keyword } = statement;
  // Searched with the pattern's numbered twin: the caller reads groups by number (see numberedPattern).
  const { pattern } = searchPatternOf(statement.pattern);
  let consumed = 0; // matches must start at or after this flat index (no match is reported twice)
  let next = 0; // the first occurrence at or after `consumed`
  let i = 0;
  while (i < occurrences.length) {
    const kw = occurrences[i]!;
    // Windows start and end at a space so a number or word is never cut in two at the edge.
    let start = Math.max(consumed, kw - BEFORE);
    if (start > 0 && flat.charCodeAt(start - 1) !== 32) {
      // Searched within the window only, so text without spaces cannot make this quadratic.
      const space = start < kw ? flat.slice(start, kw).indexOf(' ') : -1;
      start = space >= 0 ? start + space + 1 : Math.min(start, kw);
    }
    // Occurrences close together share one window (up to MAX_WINDOW), so a text made of nothing
    // but the keyword costs one pass, not one window per occurrence.
    let last = kw;
    let end = kw + keyword.length + AFTER;
    i++;
    while (i < occurrences.length && occurrences[i]! <= end && end - start < MAX_WINDOW) {
      last = occurrences[i]!;
      end = last + keyword.length + AFTER;
      i++;
    }
    end = Math.min(flat.length, end);
    if (end < flat.length) {
      const from = last + keyword.length;
      const space = from < end ? flat.slice(from, end).lastIndexOf(' ') : -1;
      if (space > 0) end = from + space;
    }
    const window = flat.slice(start, end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (start + m.index < consumed) continue;
      consumed = start + m.index + m[0].length;
      yield { match: m, offset: start };
      // Every match holds an occurrence of the keyword, so once none lies wholly in the rest of the
      // window there is no other match: skip the search that would only prove it (half the regex
      // runs on a letter with statistics).
      while (next < occurrences.length && occurrences[next]! < consumed) next++;
      if (next >= occurrences.length || occurrences[next]! + keyword.length > end) break;
    }
    if (end >= flat.length) break;
  }
}
