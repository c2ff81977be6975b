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

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const start = LINE.lastIndex;
    const m = LINE.exec(text);
    if (!m || m[0].length === 0) break;
    let end = start + m[0].length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    const raw = text.slice(start, end);
    const lead = LEADING_SPACE.exec(raw);
    const trimmedStart = start + (lead ? lead[0].length : 0);
    lines.push({ start, end, trimmed: raw.trim().replace(ODD_SPACE, ' '), trimmedStart });
  }
  return lines;
}
