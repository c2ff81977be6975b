// Where the next character that can start dress or an odd space lies, for a reading whose position
// only rises: each kind of stop is searched for once over the text (indexOf, a memchr, for those in
// Latin-1; one regex for the rest). Used by flatten's dress reader and its plain-prose fast path.

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

export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x2022 /* • bullet */;
}

/**
 * Where the next stop is (see STOP_CHARS), for positions that only ever rise: the next occurrence of
 * each kind is remembered until the reading passes it, so each kind is searched for once over the text.
 */
export class Stops {
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
export class Finder {
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
