// Splits text into lines with their offsets, without copying the text.
//
// Speed matters (this runs on every keystroke): splitting only finds where each line starts and
// ends (with indexOf when the text has no CR). A line's trimmed text is worked out the first time
// someone reads it, and kept. Most lines of a letter are long paragraphs that nobody reads through
// `trimmed` (flatten needs only the offsets, and the structure reader looks at short lines), so
// they are never trimmed nor searched for odd spaces.

export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's last character, before its line break. */
  end: number;
  /**
   * The line's text with surrounding white space (including NBSP) trimmed, and inner non-breaking
   * spaces read as plain spaces so line patterns ("By email", "Yours sincerely") match PDF-to-text
   * output. Same length as the source it stands for, so offsets into it map one to one.
   */
  trimmed: string;
  /** Offset of `trimmed` within the document. */
  trimmedStart: number;
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/gy;
const LEADING_SPACE = /^\s+/; // \s includes NBSP and the BOM
/** Space characters other than U+0020 that PDF-to-text output puts between words. */
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const HAS_ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

/** The characters `trim()` and `\s` take for white space. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A line of `text`; `trimmed` and `trimmedStart` are computed on first read. */
class TextLine implements Line {
  // Declared, and set in the constructor only: field initialisers would define each one twice.
  declare readonly start: number;
  declare readonly end: number;
  private declare readonly text: string;
  private declare trimmedText: string | null;
  private declare trimmedAt: number;

  constructor(text: string, start: number, end: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.trimmedText = null;
    this.trimmedAt = start;
  }

  get trimmed(): string {
    return this.trimmedText ?? this.trim();
  }

  get trimmedStart(): number {
    if (this.trimmedText === null) this.trim();
    return this.trimmedAt;
  }

  private trim(): string {
    const { text, start, end } = this;
    if (start === end) {
      // Empty: half the lines of a letter.
      this.trimmedAt = start;
      this.trimmedText = '';
      return '';
    }
    const raw = text.slice(start, end);
    // Trimmed only when an end is white space: most lines are not, and keep their slice as is.
    const padded = raw.length > 0 && (isWhiteSpace(raw.charCodeAt(0)) || isWhiteSpace(raw.charCodeAt(raw.length - 1)));
    const lead = padded ? LEADING_SPACE.exec(raw) : null;
    this.trimmedAt = start + (lead ? lead[0].length : 0);
    // Odd spaces are looked for in this line alone: a test is cheaper than a replace finding none.
    const trimmed = padded ? raw.trim() : raw;
    this.trimmedText = HAS_ODD_SPACE.test(trimmed) ? trimmed.replace(ODD_SPACE, ' ') : trimmed;
    return this.trimmedText;
  }
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Most texts have no CRs: then a line ends at the next \n, found with indexOf rather than a regex.
  if (!text.includes('\r')) {
    for (let start = 0; start < text.length; ) {
      const br = text.indexOf('\n', start);
      const end = br < 0 ? text.length : br;
      lines.push(new TextLine(text, start, end));
      start = end + 1;
    }
    return lines;
  }
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const start = LINE.lastIndex;
    const m = LINE.exec(text);
    if (!m || m[0].length === 0) break;
    let end = start + m[0].length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    lines.push(new TextLine(text, start, end));
  }
  return lines;
}
