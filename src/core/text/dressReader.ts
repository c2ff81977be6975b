// The reader for the lines of a text that hold dress or odd spaces (see flatten.ts).
import type { FlatBuilder } from './flatBuilder';
import { Finder, isSpace } from './stops';
import type { Stops } from './stops';

/** Inline tags that only dress text; anything else (e.g. hostile `<img …>`) stays as literal text. */
const DRESS_TAG = /<\/?(?:u|b|i|em|strong|span|p|br)\s*\/?>/iy;

/**
 * The reader for lines with dress or odd spaces. Carries HTML comments and links across lines. It
 * copies the prose between two stops as one run; a run never starts or ends with a space, which is
 * read as a space instead (folded with its neighbours, or dropped at an end).
 */
export class DressReader {
  private inComment = false;
  private linkClose = -1; // offset of the "](" closing the link being read
  private linkEnd = -1;
  /** Where the line being read has its first word: a "#" there may open a heading (-1: not looked for yet). */
  private firstWord = -1;
  private readonly commentEnds: Finder;
  private readonly linkMiddles: Finder;
  private readonly parens: Finder;

  constructor(private readonly text: string, private readonly b: FlatBuilder, private readonly stops: Stops, private readonly skip: readonly { start: number; end: number }[]) {
    this.commentEnds = new Finder(text, '-->');
    this.linkMiddles = new Finder(text, '](');
    this.parens = new Finder(text, ')');
  }

  get busy(): boolean {
    return this.inComment || this.linkClose >= 0;
  }

  /**
   * Reads the line [from, to). A skip span or dress reaching past `to` ends the line's reading; the
   * next line is read from its own start.
   * @param skipIndex the first skip span that ends after `from` (the list is not sliced per line: a
   * copy per line would make a text of thousands of footers quadratic).
   */
  read(from: number, to: number, skipIndex: number): void {
    const { text, b, skip } = this;
    this.firstWord = -1;
    let i = from;
    while (i < to) {
      const s = skip[skipIndex];
      if (s && i >= s.start) {
        i = Math.max(i, s.end);
        skipIndex++;
        b.space(i);
        continue;
      }
      if (this.inComment) {
        i = this.endComment(i, to);
        continue;
      }
      if (i === this.linkClose) {
        i = this.linkEnd;
        this.linkClose = -1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 32) {
        b.space(i);
        i++;
        continue;
      }
      if (c === 35 /* # */) {
        const after = this.headingMarker(i, from);
        if (after > i) {
          b.space(i);
          i = after;
          continue;
        }
      }
      // Copy the prose up to the next stop (a "#" that opens no heading is prose), leaving out a
      // space just before the stop.
      let end = this.stops.from(i);
      if (end > to) end = to;
      if (s && s.start < end) end = s.start;
      if (end > i + 1 && text.charCodeAt(end - 1) === 32) end--;
      if (end > i) {
        b.copy(i, end);
        i = end;
        continue;
      }
      i = this.readStop(i, c);
    }
    if (this.linkClose >= 0 && this.linkClose < to) this.linkClose = -1;
  }

  /** Inside an HTML comment at `i`: where reading goes on (past its end, or the line's end). */
  private endComment(i: number, to: number): number {
    const end = this.commentEnds.from(i);
    if (end < 0 || end + 3 > to) {
      if (end < 0) this.inComment = false; // an unclosed comment runs to the end of its line
      return to;
    }
    this.inComment = false;
    this.b.space(end + 3);
    return end + 3;
  }

  /** A "#" at `i`: past the heading marker ("## ") when it opens the line, else `i` itself. */
  private headingMarker(i: number, from: number): number {
    const { text } = this;
    if (this.firstWord < 0) for (this.firstWord = from; text.charCodeAt(this.firstWord) === 32; ) this.firstWord++;
    if (i !== this.firstWord) return i;
    let j = i;
    while (text.charCodeAt(j) === 35 && j - i < 6) j++;
    return text.charCodeAt(j) === 32 ? j : i;
  }

  /** A stop character at `i`, with no prose before it: reads it and returns where reading goes on. */
  private readStop(i: number, c: number): number {
    const { text, b } = this;
    if (isSpace(c)) {
      b.space(i);
      return i + 1;
    }
    if (c === 42 /* * */ && text.charCodeAt(i + 1) === 42) return i + 2;
    if (c === 60 /* < */) {
      if (text.startsWith('<!--', i)) {
        this.inComment = true;
        return i + 4;
      }
      DRESS_TAG.lastIndex = i;
      if (DRESS_TAG.test(text)) return DRESS_TAG.lastIndex;
    }
    if (c === 91 /* [ */ && this.linkClose < 0) {
      // "[text](#)" keeps "text"; brackets and target go. The "](" must lie within 300 characters
      // of the "[", and the ")" within 300 of the "](".
      const close = this.linkMiddles.from(i + 1);
      if (close >= 0 && close <= i + 299) {
        const paren = this.parens.from(close + 2);
        if (paren >= 0 && paren < close + 302) {
          this.linkClose = close;
          this.linkEnd = paren + 1;
          return i + 1;
        }
      }
    }
    b.copy(i, i + 1);
    return i + 1;
  }
}
