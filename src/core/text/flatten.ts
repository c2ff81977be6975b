// A flat view of the text for reading sentences: white space of any kind (hard wraps, NBSP,
// lines holding only spaces) folds to one space, and Markdown/HTML dress (`**`, `<u>`, `[text](#)`,
// `## `, bullets, HTML comments) is dropped. Every flat character maps back to the source offset it
// came from, so a match in the flat text maps back to an exact source range.
//
// Speed matters (this runs on every keystroke and over whole folders): most lines of a letter are
// plain prose, copied as one slice after a single regex test; only lines carrying dress or odd
// spaces go through the character-by-character reader. The map is kept as segments (runs copied
// contiguously), not one entry per character.

export interface FlatText {
  flat: string;
  /** The source offset of flat[i]; for i === flat.length, the source length. */
  sourceAt(i: number): number;
  /** The flat index of the first flat character at or after a source offset. */
  flatIndexOf(offset: number): number;
}

/** Inline tags that only dress text; anything else (e.g. hostile `<img …>`) stays as literal text. */
const DRESS_TAG = /<\/?(?:u|b|i|em|strong|span|p|br)\s*\/?>/iy;
/**
 * A line that needs the character reader: dress, odd spaces, a bullet, two spaces, or a heading
 * marker (a line starting "#" or " #", tested per line: a line-start alternative here would make
 * the scan try every position).
 */
const NEEDS_READER = /[*<[\]\t\v\f\u00a0\u2000-\u200b\u202f\u3000\ufeff\u2022]| {2}/g;
const LINE_BREAK = /\r\n|\r|\n/g;
/**
 * Places at which the dress reader must look closely: dress, brackets, spaces other than U+0020
 * (the class spells out \s without the plain space), and a plain space unless a plain character
 * follows it. A single space between words is copied with them, so prose is one run, not one per word.
 */
const SPECIAL = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2022\u2028\u2029\u202f\u205f\u3000\ufeff*#<[\]]| (?![^\s\u200b\u2022*#<[\]])/g;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x2022 /* • bullet */;
}

class FlatBuilder {
  readonly parts: string[] = [];
  /** Segment k covers flat [flatStarts[k], flatStarts[k+1]) and starts at source srcStarts[k]. */
  readonly flatStarts: number[] = [];
  readonly srcStarts: number[] = [];
  length = 0;
  pendingSpace = false;
  private pendingSpaceAt = 0;

  space(at: number): void {
    if (!this.pendingSpace) this.pendingSpaceAt = at;
    this.pendingSpace = true;
  }

  copy(text: string, from: number, to: number): void {
    if (to <= from) return;
    if (this.pendingSpace && this.length > 0) this.push(' ', this.pendingSpaceAt);
    this.pendingSpace = false;
    this.push(text.slice(from, to), from);
  }

  private push(s: string, src: number): void {
    this.parts.push(s);
    this.flatStarts.push(this.length);
    this.srcStarts.push(src);
    this.length += s.length;
  }
}

/**
 * @param skip spans (sorted, non-overlapping) to leave out entirely, such as page footers that
 * PDF-to-text output drops into the middle of a sentence.
 */
export function flatten(text: string, skip: readonly { start: number; end: number }[] = [], lines: readonly LineBounds[] = lineBoundsOf(text)): FlatText {
  const b = new FlatBuilder();
  const reader = new DressReader(text, b);
  let skipIndex = 0;
  // One pass over the whole text finds where dress starts; a line before the next such place is plain.
  let dirtyAt = -1;
  for (const { start: lineStart, end: lineEnd } of lines) {
    while (skip[skipIndex] && skip[skipIndex]!.end <= lineStart) skipIndex++;
    const s = skip[skipIndex];
    const overlapsSkip = s !== undefined && s.start < lineEnd;
    if (dirtyAt < lineStart) {
      NEEDS_READER.lastIndex = lineStart;
      const d = NEEDS_READER.exec(text);
      dirtyAt = d ? d.index : text.length + 1;
    }
    const first = text.charCodeAt(lineStart);
    const headingMarker = first === 35 /* # */ || (first === 32 && text.charCodeAt(lineStart + 1) === 35);
    if (!overlapsSkip && !reader.busy && dirtyAt >= lineEnd && !headingMarker) {
      // Plain prose: one slice, trimmed of its plain spaces.
      let a = lineStart;
      let z = lineEnd;
      while (a < z && text.charCodeAt(a) === 32) a++;
      while (z > a && text.charCodeAt(z - 1) === 32) z--;
      b.copy(text, a, z);
    } else {
      // The skip list is passed with where to start in it, not sliced: a copy per line would make a
      // text of thousands of footers quadratic.
      reader.read(lineStart, lineEnd, overlapsSkip ? skip : [], skipIndex);
    }
    b.space(lineEnd);
  }
  return makeFlatText(b.parts.join(''), b.flatStarts, b.srcStarts, text.length);
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

/** The character reader for lines with dress. Carries HTML comments and links across lines. */
class DressReader {
  private inComment = false;
  private linkClose = -1; // offset of the "](" closing the link being read
  private linkEnd = -1;

  constructor(private readonly text: string, private readonly b: FlatBuilder) {}

  get busy(): boolean {
    return this.inComment || this.linkClose >= 0;
  }

  read(from: number, to: number, skip: readonly { start: number; end: number }[], firstSkip = 0): void {
    const { text, b } = this;
    let chunk = -1;
    const flush = (end: number): void => {
      if (chunk >= 0) b.copy(text, chunk, end);
      chunk = -1;
    };
    let skipIndex = firstSkip;
    let i = from;
    while (i < to) {
      const s = skip[skipIndex];
      if (s && i >= s.start) {
        flush(i);
        i = Math.max(i, s.end);
        skipIndex++;
        b.space(i);
        continue;
      }
      if (this.inComment) {
        const end = text.indexOf('-->', i);
        if (end < 0 || end + 3 > to) {
          i = to;
          if (end < 0) this.inComment = false; // an unclosed comment runs to the end of the text
          continue;
        }
        i = end + 3;
        this.inComment = false;
        b.space(i);
        continue;
      }
      if (i === this.linkClose) {
        flush(i);
        i = this.linkEnd;
        this.linkClose = -1;
        continue;
      }
      // Jump over a run of ordinary characters in one step: only the characters in SPECIAL can
      // start dress or a space, so everything before the next one is copied as it stands.
      SPECIAL.lastIndex = i;
      const special = SPECIAL.exec(text);
      let plainEnd = special && special.index < to ? special.index : to;
      if (s && s.start < plainEnd) plainEnd = Math.max(i, s.start);
      // A run never starts or ends with a space: those are read as spaces (folded, or trimmed).
      if (plainEnd > i && text.charCodeAt(plainEnd - 1) === 32) plainEnd--;
      if (chunk < 0 && text.charCodeAt(i) === 32) plainEnd = i;
      if (plainEnd > i) {
        if (chunk < 0) chunk = i;
        i = plainEnd;
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        flush(i);
        b.space(i);
        i++;
        continue;
      }
      if (c === 42 /* * */ && text.charCodeAt(i + 1) === 42) {
        flush(i);
        i += 2;
        continue;
      }
      if (c === 35 /* # */ && chunk < 0 && isLineStart(text, from, i)) {
        let j = i;
        while (text.charCodeAt(j) === 35 && j - i < 6) j++;
        if (text.charCodeAt(j) === 32) {
          b.space(i);
          i = j;
          continue;
        }
      }
      if (c === 60 /* < */) {
        if (text.startsWith('<!--', i)) {
          flush(i);
          this.inComment = true;
          i += 4;
          continue;
        }
        DRESS_TAG.lastIndex = i;
        const tag = DRESS_TAG.exec(text);
        if (tag) {
          flush(i);
          i += tag[0].length;
          continue;
        }
      }
      if (c === 91 /* [ */ && this.linkClose < 0) {
        // "[text](#)" keeps "text"; brackets and target go. Look-ahead bounded to 300 characters
        // (a slice, so a run of "[" cannot make this quadratic).
        const window = text.slice(i + 1, Math.min(text.length, i + 301));
        const close = window.indexOf('](');
        if (close >= 0) {
          const paren = text.slice(i + close + 3, Math.min(text.length, i + close + 303)).indexOf(')');
          if (paren >= 0) {
            flush(i);
            this.linkClose = i + 1 + close;
            this.linkEnd = i + close + 3 + paren + 1;
            i++;
            continue;
          }
        }
      }
      if (chunk < 0) chunk = i;
      i++;
    }
    flush(to);
    if (this.linkClose >= 0 && this.linkClose < to) this.linkClose = -1;
    if (this.linkEnd > to && this.linkClose < 0) this.linkEnd = -1;
  }
}

function isLineStart(text: string, lineFrom: number, i: number): boolean {
  for (let j = lineFrom; j < i; j++) if (text.charCodeAt(j) !== 32) return false;
  return true;
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
