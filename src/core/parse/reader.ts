// The helpers statements use to turn their captures (flat-text indices) into figures, dates and
// located text with exact source spans (see formats/types.ts, StatementReader).
import type { Figure, LocatedText, Span } from '../model';
import type { Capture, StatementReader } from '../formats/types';
import type { FlatText } from '../text/flatten';
import { parseNumericDate, parseWrittenDate } from '../dates';
import { countWordValue } from '../formats/numberWords';

const LOWER_CASE_LETTER = /^\p{Ll}$/u;
const UPPER_CASE_LETTER = /^\p{Lu}$/u;

/** Farther than any line a statement reads (a council's name is at most 100 characters). */
const LINE_REACH = 1000;

/** Where the source line holding `offset` ends (before its line break), looking at most LINE_REACH ahead. */
function lineEndAfter(source: string, offset: number): number {
  const limit = Math.min(source.length, offset + LINE_REACH);
  const window = source.slice(offset, limit);
  const lf = window.indexOf('\n');
  const cr = window.indexOf('\r');
  if (lf < 0) return cr < 0 ? limit : offset + cr;
  return offset + (cr < 0 ? lf : Math.min(lf, cr));
}

/** Where the source line holding `offset` starts, looking at most LINE_REACH back. */
function lineStartBefore(source: string, offset: number): number {
  const from = Math.max(0, offset - LINE_REACH);
  const window = source.slice(from, offset);
  return from + Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r')) + 1;
}

/** The number a figure's text stands for: digits ("1,234"), a count in words ("five"), or null ("n/a"). */
function valueOf(text: string): number | null {
  const word = countWordValue(text);
  if (word !== null) return word;
  if (text.toLowerCase() === 'n/a') return null;
  const numeric = Number(text.replace(/,/g, ''));
  return Number.isFinite(numeric) ? numeric : null;
}

/** The source span of flat indices [start, end). */
export function spanMapper(flatText: FlatText): (start: number, end: number) => Span {
  const at = (i: number): number => flatText.sourceAt(i);
  return (start, end) => ({ start: at(start), end: end > start ? at(end - 1) + 1 : at(start) });
}

export function createReader(source: string, flatText: FlatText): StatementReader {
  const { flat } = flatText;
  const toSpan = spanMapper(flatText);
  return {
    figure(value: Capture, noun?: Capture, stated?: number): Figure {
      return {
        value: stated ?? valueOf(value.text),
        text: value.text,
        span: toSpan(value.start, value.end),
        noun: noun ? { text: noun.text, span: toSpan(noun.start, noun.end), plural: /s$/i.test(noun.text) } : null,
      };
    },
    date(groups, p): Capture | null {
      const d = groups[`${p}d`];
      const m = groups[`${p}m`];
      const y = groups[`${p}y`];
      if (d && m && y) {
        const iso = parseWrittenDate(d.text, m.text, y.text);
        const first = d.start < m.start ? d : m;
        return iso ? { text: iso, start: first.start, end: y.end } : null;
      }
      const n = groups[`${p}n`];
      if (n) {
        const iso = parseNumericDate(n.text);
        return iso ? { text: iso, start: n.start, end: n.end } : null;
      }
      return null;
    },
    located(c: Capture): LocatedText {
      const span = toSpan(c.start, c.end);
      return { text: source.slice(span.start, span.end), span };
    },
    lineOf(at: number): Capture {
      const offset = flatText.sourceAt(Math.min(Math.max(at, 0), flat.length));
      // Searched within LINE_REACH characters either way, so that statements on one giant line (a
      // PDF export without line breaks) do not each rescan the whole line: linear time on any text.
      const lineStart = lineStartBefore(source, offset);
      const lineEnd = lineEndAfter(source, offset);
      let start = flatText.flatIndexOf(lineStart);
      let end = flatText.flatIndexOf(lineEnd);
      while (start < end && flat.charCodeAt(start) === 32) start++;
      while (end > start && flat.charCodeAt(end - 1) === 32) end--;
      return { text: flat.slice(start, end), start, end };
    },
    word(c: Capture): Capture | null {
      const n = c.text.length;
      if (n >= 2 && UPPER_CASE_LETTER.test(c.text.charAt(n - 1)) && LOWER_CASE_LETTER.test(c.text.charAt(n - 2))) {
        return { text: c.text.slice(0, -1), start: c.start, end: c.end - 1 };
      }
      return LOWER_CASE_LETTER.test(flat.charAt(c.end)) ? null : c;
    },
    textFrom(at: number, length: number): Capture {
      const start = Math.min(Math.max(at, 0), flat.length);
      const end = Math.min(flat.length, start + Math.max(0, length));
      return { text: flat.slice(start, end), start, end };
    },
  };
}
