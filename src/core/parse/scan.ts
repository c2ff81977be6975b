// Finds a statement's matches without running its regular expression over the whole letter.
// Every match contains the statement's keyword, so the regex runs only in a window around each
// keyword occurrence (found by a native indexOf). A letter is mostly prose: this keeps the cost
// of a dozen statement patterns close to one scan of the text instead of a dozen.
import type { Statement } from '../formats/types';

/** How far a statement may reach before and after its keyword, in flat characters. */
const BEFORE = 160;
const AFTER = 320;
const MAX_WINDOW = 4096;

export interface ScanMatch {
  match: RegExpExecArray;
  /** Flat index of the window the match's indices are relative to. */
  offset: number;
}

export function* scanStatement(flat: string, lower: string, statement: Statement): Generator<ScanMatch> {
  const { keyword, pattern } = statement;
  let consumed = 0; // matches must start at or after this flat index (no match is reported twice)
  let kw = lower.indexOf(keyword);
  while (kw >= 0) {
    // Windows start and end at a space so a number or word is never cut in two at the edge.
    let start = Math.max(consumed, kw - BEFORE);
    if (start > 0 && flat.charCodeAt(start - 1) !== 32) {
      // Searched within the window only, so text without spaces cannot make this quadratic.
      const space = start < kw ? flat.slice(start, kw).indexOf(' ') : -1;
      start = space >= 0 ? start + space + 1 : Math.min(start, kw);
    }
    // Occurrences close together share one window (up to MAX_WINDOW), so a text made of nothing
    // but the keyword costs one pass, not one window per occurrence.
    // Each occurrence is searched for once: `next` is carried to the following window.
    let last = kw;
    let end = kw + keyword.length + AFTER;
    let next = lower.indexOf(keyword, kw + 1);
    while (next >= 0 && next <= end && end - start < MAX_WINDOW) {
      last = next;
      end = next + keyword.length + AFTER;
      next = lower.indexOf(keyword, next + 1);
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
    }
    if (end >= flat.length) break;
    // Every occurrence up to `last` had its whole reach inside this window.
    kw = next;
  }
}
