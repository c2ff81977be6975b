// A flat view of the text for reading sentences: white space of any kind (hard wraps, NBSP,
// lines holding only spaces) folds to one space, and Markdown/HTML dress (`**`, `<u>`, `[text](#)`,
// `## `, bullets, HTML comments) is dropped. Every flat character maps back to the source offset it
// came from, so a match in the flat text maps back to an exact source range.
//
// Speed matters (this runs on every keystroke and over whole folders), and nearly all of a letter is
// plain prose. So prose is never walked character by character: the few characters that can start
// dress or an odd space are found with indexOf (a memchr over the text, once per character kind;
// see Stops), two spaces in a row with one regex pass, and everything between two such stops is
// copied as one slice. A line holding no stop is copied whole; lines that do go through the dress
// reader, which also jumps from stop to stop. The map is kept as segments (flat runs whose source
// offsets are contiguous), not one entry per character; runs that continue each other in both texts
// share one segment, which leaves sourceAt and flatIndexOf as they would be with one per run.

import { DressReader } from './dressReader';
import { FlatBuilder, makeFlatText } from './flatBuilder';
import type { FlatText } from './flatBuilder';
import { Stops } from './stops';

export type { FlatText } from './flatBuilder';

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * @param skip spans (sorted, non-overlapping) to leave out entirely, such as page footers that
 * PDF-to-text output drops into the middle of a sentence.
 */
export function flatten(text: string, skip: readonly { start: number; end: number }[] = [], lines: readonly LineBounds[] = lineBoundsOf(text)): FlatText {
  const b = new FlatBuilder(text);
  const stops = new Stops(text);
  const reader = new DressReader(text, b, stops, skip);
  let skipIndex = 0;
  let skipStart = skip.length > 0 ? skip[0]!.start : Infinity; // the start of skip[skipIndex]
  for (let n = 0; n < lines.length; n++) {
    const { start: lineStart, end: lineEnd } = lines[n]!;
    // An empty line changes nothing: a space is already pending after the line before it.
    if (lineEnd === lineStart) continue;
    if (skipIndex < skip.length && skip[skipIndex]!.end <= lineStart) {
      while (skipIndex < skip.length && skip[skipIndex]!.end <= lineStart) skipIndex++;
      skipStart = skipIndex < skip.length ? skip[skipIndex]!.start : Infinity;
    }
    const first = text.charCodeAt(lineStart);
    const headingMarker = first === 35 /* # */ || (first === 32 && text.charCodeAt(lineStart + 1) === 35);
    if (skipStart >= lineEnd && !reader.busy && !headingMarker && stops.from(lineStart) >= lineEnd) {
      // Plain prose: one slice. With no two spaces in a row, at most one space to trim at each end.
      const a = first === 32 ? lineStart + 1 : lineStart;
      const z = text.charCodeAt(lineEnd - 1) === 32 ? lineEnd - 1 : lineEnd;
      if (z > a) b.copy(a, z);
    } else {
      reader.read(lineStart, lineEnd, skipIndex);
    }
    b.space(lineEnd);
  }
  return makeFlatText(b.build(), b.flatStarts, b.srcStarts, text.length);
}

/** Where a line starts and ends (before its break); `splitLines` gives these, so they are found once. */
export interface LineBounds {
  start: number;
  end: number;
}

/** Every line's bounds, a last empty line after a final break included. */
function lineBoundsOf(text: string): LineBounds[] {
  const lines: LineBounds[] = [];
  LINE_BREAK.lastIndex = 0;
  let start = 0;
  for (let br = LINE_BREAK.exec(text); br; br = LINE_BREAK.exec(text)) {
    lines.push({ start, end: br.index });
    start = br.index + br[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}
