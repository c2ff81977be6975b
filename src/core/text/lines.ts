// Splits text into lines with their offsets, without copying the text.

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
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Most texts have neither CRs nor odd spaces: then a line ends at the next \n and needs no
  // replacing, and both are found with indexOf rather than a regex per line.
  const oddSpaces = HAS_ODD_SPACE.test(text);
  const add = (start: number, end: number): void => {
    const raw = text.slice(start, end);
    // Trimmed only when an end is white space: most lines are not, and keep their slice as is.
    const padded = raw.length > 0 && (isWhiteSpace(raw.charCodeAt(0)) || isWhiteSpace(raw.charCodeAt(raw.length - 1)));
    const lead = padded ? LEADING_SPACE.exec(raw) : null;
    const trimmedStart = start + (lead ? lead[0].length : 0);
    const trimmed = padded ? raw.trim() : raw;
    lines.push({ start, end, trimmed: oddSpaces ? trimmed.replace(ODD_SPACE, ' ') : trimmed, trimmedStart });
  };
  if (!text.includes('\r')) {
    for (let start = 0; start < text.length; ) {
      const br = text.indexOf('\n', start);
      const end = br < 0 ? text.length : br;
      add(start, end);
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
    add(start, end);
  }
  return lines;
}
