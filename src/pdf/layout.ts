// Lines of text rebuilt from where a PDF places its pieces of text, the way a PDF-to-text converter
// lays a page out: pieces on one baseline form a line, read left to right; lines are read top to
// bottom; a gap between lines wider than a line's usual leading is a paragraph break (an empty
// line); pages are joined by an empty line. The engine then reads the text as it reads any
// PDF-to-text output (hard wraps, page footers, figures on lines of their own).
// Pure: no PDF library here, so it is tested on hand-placed pieces.
import type { PageSpan, PdfText } from './protocol';

/** A piece of text as the PDF places it: baseline origin and font size in points, y growing upwards. */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  /** Advance width of the whole piece, in points. */
  width: number;
  size: number;
}

/** Pieces whose baselines differ by less than this share of the smaller font size are one line. */
const SAME_LINE = 0.4;
/** A horizontal gap wider than this share of the font size is a space between words. */
const WORD_GAP = 0.15;
/** Baselines further apart than this many times the larger font size leave a paragraph break. */
const PARAGRAPH_GAP = 1.5;
/** A piece repeated within this share of the font size (fake bold, drawn twice) is read once. */
const OVERPRINT = 0.2;

interface Line {
  y: number;
  size: number;
  pieces: PlacedText[];
}

/** The lines of one page, top to bottom, with '' for a paragraph break; no line ends in spaces. */
export function layoutPage(pieces: readonly PlacedText[]): string[] {
  const lines = groupLines(pieces.filter((p) => p.str.trim() !== '' && p.size > 0));
  const out: string[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const text = lineText(line.pieces);
    if (text === '') continue;
    if (previous && previous.y - line.y > PARAGRAPH_GAP * Math.max(previous.size, line.size)) out.push('');
    out.push(text);
    previous = line;
  }
  return out;
}

function groupLines(pieces: PlacedText[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const p of sorted) {
    if (current && current.y - p.y < SAME_LINE * Math.min(p.size, current.size)) {
      current.pieces.push(p);
      current.size = Math.max(current.size, p.size);
    } else {
      current = { y: p.y, size: p.size, pieces: [p] };
      lines.push(current);
    }
  }
  return lines;
}

function lineText(pieces: PlacedText[]): string {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  let text = '';
  let last: PlacedText | null = null;
  for (const p of sorted) {
    if (last) {
      const size = Math.min(p.size, last.size);
      if (p.str === last.str && Math.abs(p.x - last.x) < OVERPRINT * size) continue;
      const gap = p.x - (last.x + last.width);
      if (gap > WORD_GAP * size && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
    }
    text += p.str;
    last = p;
  }
  return text.trimEnd();
}

/** Pages joined by an empty line, each page's span recorded. */
export function joinPages(pages: readonly string[][]): PdfText {
  let text = '';
  const spans: PageSpan[] = [];
  pages.forEach((lines, i) => {
    if (i > 0) text += '\n\n';
    const start = text.length;
    text += lines.join('\n');
    spans.push({ number: i + 1, start, end: text.length });
  });
  return { text, pages: spans };
}
