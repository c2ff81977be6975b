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

export interface FlatText {
  flat: string;
  /** The source offset of flat[i]; for i === flat.length, the source length. */
  sourceAt(i: number): number;
  /** The flat index of the first flat character at or after a source offset. */
  flatIndexOf(offset: number): number;
}

/** Inline tags that only dress text; anything else (e.g. hostile `<img …>`) stays as literal text. */
const DRESS_TAG = /<\/?(?:u|b|i|em|strong|span|p|br)\s*\/?>/iy;
const LINE_BREAK = /\r\n|\r|\n/g;
/**
 * The characters that stop a run of plain prose: dress, brackets, and white space other than the
 * plain space and line breaks. Those in Latin-1 are each found with indexOf (memchr-fast).
 */
const STOP_CHARS = ['*', '<', '[', ']', '\t', '\v', '\f', '\u00a0'];
/**
 * The rest, beyond Latin-1, with one regex: indexOf would be slow on them (memchr looks for one byte
 * of the character, and 0x20 is the plain space), and on a text with no character beyond Latin-1
 * V8 fails this regex without reading the text.
 */
const WIDE_STOP = /[\u2000-\u200b\u2022\u202f\u3000\ufeff]/g;
/** Two plain spaces also stop a run: they fold to one. (A regex: indexOf('  ') stops at every space.) */
const DOUBLE_SPACE = / {2,}/g;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x2022 /* • bullet */;
}

/**
 * Where the next stop is (see STOP_CHARS), for positions that only ever rise: the next occurrence of
 * each kind is remembered until the reading passes it, so each kind is searched for once over the text.
 */
class Stops {
  private readonly next: number[] = STOP_CHARS.map(() => -1);
  private nextWide = -1;
  private nextDouble = -1;
  /** The nearest of the remembered stops: while it lies ahead, no stop lies before it. */
  private nearest = -1;
  /** Beyond every position: "none". */
  private readonly none: number;

  constructor(private readonly text: string) {
    this.none = text.length + 1;
  }

  /** The first stop at or after `i` (past the end of the text if there is none). */
  from(i: number): number {
    if (this.nearest >= i) return this.nearest;
    const { text, next, none } = this;
    let nearest = none;
    for (let k = 0; k < next.length; k++) {
      let at = next[k]!;
      if (at < i) {
        at = text.indexOf(STOP_CHARS[k]!, i);
        if (at < 0) at = none;
        next[k] = at;
      }
      if (at < nearest) nearest = at;
    }
    if (this.nextWide < i) this.nextWide = search(WIDE_STOP, text, i, none);
    if (this.nextWide < nearest) nearest = this.nextWide;
    if (this.nextDouble < i) this.nextDouble = search(DOUBLE_SPACE, text, i, none);
    if (this.nextDouble < nearest) nearest = this.nextDouble;
    this.nearest = nearest;
    return nearest;
  }
}

function search(pattern: RegExp, text: string, from: number, none: number): number {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : none;
}

/** text.indexOf(needle, i) for rising `i`: the last answer stands until `i` passes it. */
class Finder {
  private at = -1;
  private exhausted = false;

  constructor(private readonly text: string, private readonly needle: string) {}

  from(i: number): number {
    if (this.exhausted) return -1;
    if (this.at < i) {
      this.at = this.text.indexOf(this.needle, i);
      if (this.at < 0) this.exhausted = true;
    }
    return this.at;
  }
}

class FlatBuilder {
  /** Built with `+=`: V8 joins the pieces once, when the string is first read, cheaper than parts.join. */
  private flat = '';
  /** Segment k covers flat [flatStarts[k], flatStarts[k+1]) and starts at source srcStarts[k]. */
  readonly flatStarts: number[] = [];
  readonly srcStarts: number[] = [];
  length = 0;
  /** The source offset just after the last flat character's: a run starting there extends its segment. */
  private srcEnd = -1;
  /** Source copied but not yet added to `flat`, so that touching copies make one slice. */
  private copyFrom = 0;
  private copyTo = 0;
  private pendingSpace = false;
  private pendingSpaceAt = 0;

  constructor(private readonly text: string) {}

  space(at: number): void {
    if (!this.pendingSpace) this.pendingSpaceAt = at;
    this.pendingSpace = true;
  }

  /** Copies source [from, to), to > from, after the pending space if there is one and text before it. */
  copy(from: number, to: number): void {
    if (this.pendingSpace) {
      this.pendingSpace = false;
      if (this.length > 0) {
        this.flushCopy();
        this.flat += ' ';
        this.map(this.pendingSpaceAt, 1);
      }
    }
    if (from !== this.copyTo) {
      this.flushCopy();
      this.copyFrom = from;
    }
    this.copyTo = to;
    this.map(from, to - from);
  }

  build(): string {
    this.flushCopy();
    return this.flat;
  }

  private flushCopy(): void {
    if (this.copyTo > this.copyFrom) this.flat += this.text.slice(this.copyFrom, this.copyTo);
    this.copyFrom = this.copyTo = -1;
  }

  private map(src: number, n: number): void {
    if (src !== this.srcEnd) {
      this.flatStarts.push(this.length);
      this.srcStarts.push(src);
    }
    this.length += n;
    this.srcEnd = src + n;
  }
}

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

/**
 * The reader for lines with dress or odd spaces. Carries HTML comments and links across lines. It
 * copies the prose between two stops as one run; a run never starts or ends with a space, which is
 * read as a space instead (folded with its neighbours, or dropped at an end).
 */
class DressReader {
  private inComment = false;
  private linkClose = -1; // offset of the "](" closing the link being read
  private linkEnd = -1;
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
    let firstWord = -1; // where a "#" may open a heading: after the line's leading spaces only
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
        const end = this.commentEnds.from(i);
        if (end < 0 || end + 3 > to) {
          i = to;
          if (end < 0) this.inComment = false; // an unclosed comment runs to the end of its line
          continue;
        }
        i = end + 3;
        this.inComment = false;
        b.space(i);
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
        if (firstWord < 0) for (firstWord = from; text.charCodeAt(firstWord) === 32; ) firstWord++;
        if (i === firstWord) {
          let j = i;
          while (text.charCodeAt(j) === 35 && j - i < 6) j++;
          if (text.charCodeAt(j) === 32) {
            b.space(i);
            i = j;
            continue;
          }
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
      // A stop character.
      if (isSpace(c)) {
        b.space(i);
        i++;
        continue;
      }
      if (c === 42 /* * */ && text.charCodeAt(i + 1) === 42) {
        i += 2;
        continue;
      }
      if (c === 60 /* < */) {
        if (text.startsWith('<!--', i)) {
          this.inComment = true;
          i += 4;
          continue;
        }
        DRESS_TAG.lastIndex = i;
        if (DRESS_TAG.test(text)) {
          i = DRESS_TAG.lastIndex;
          continue;
        }
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
            i++;
            continue;
          }
        }
      }
      b.copy(i, i + 1);
      i++;
    }
    if (this.linkClose >= 0 && this.linkClose < to) this.linkClose = -1;
  }
}

function makeFlatText(flat: string, flatStarts: number[], srcStarts: number[], sourceLength: number): FlatText {
  const segmentOf = (i: number): number => {
    let lo = 0;
    let hi = flatStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (flatStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    flat,
    sourceAt(i: number): number {
      if (i >= flat.length || flatStarts.length === 0) return sourceLength;
      if (i <= 0) return srcStarts[0] ?? 0;
      const k = segmentOf(i);
      return srcStarts[k]! + (i - flatStarts[k]!);
    },
    flatIndexOf(offset: number): number {
      // Segments are in source order: find the last segment starting at or before the offset.
      let lo = 0;
      let hi = srcStarts.length - 1;
      if (hi < 0) return 0;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (srcStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      const start = srcStarts[lo]!;
      if (offset < start) return flatStarts[lo]!;
      const segmentLength = (flatStarts[lo + 1] ?? flat.length) - flatStarts[lo]!;
      const within = offset - start;
      return within < segmentLength ? flatStarts[lo]! + within : flatStarts[lo]! + segmentLength;
    },
  };
}
