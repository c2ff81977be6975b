// A line as the structure reads it: without its Markdown dress, and whether it is blank.
import { isWhiteSpace, type Line } from '../text/lines';

/** A line's text without Markdown dress: leading #'s, surrounding ** and a trailing colon. */
export function undressed(line: Line): { text: string; start: number; level: number | null; bold: boolean } {
  let text = line.trimmed;
  let start = line.trimmedStart;
  let level: number | null = null;
  const hashes = text.charCodeAt(0) === 35 /* # */ ? /^(#{1,6})\s+/.exec(text) : null;
  if (hashes) {
    level = hashes[1]!.length;
    text = text.slice(hashes[0].length);
    start += hashes[0].length;
  }
  // A colon after the bold ("**Complaints upheld**:") or inside it ("**Complaints upheld:**").
  text = withoutTrailingColon(text);
  let bold = false;
  if (text.length > 4 && text.startsWith('**') && text.endsWith('**') && !text.slice(2, -2).includes('**')) {
    bold = true;
    text = withoutTrailingColon(text.slice(2, -2));
    start += 2;
  }
  // Most lines are already trimmed: trim (and measure the lead) only when an end is white space.
  if (text === '' || !(isWhiteSpace(text.charCodeAt(0)) || isWhiteSpace(text.charCodeAt(text.length - 1)))) return { text, start, level, bold };
  const lead = /^\s*/.exec(text)![0].length;
  return { text: text.trim(), start: start + lead, level, bold };
}

/** The text without one trailing colon and the white space before it. */
function withoutTrailingColon(text: string): string {
  // The look-behind starts the match only where a run of spaces starts: linear on long lines.
  const trailing = text.endsWith(':') ? /(?<!\s)\s*:$/.exec(text) : null;
  return trailing ? text.slice(0, text.length - trailing[0].length) : text;
}

/** Whether the line is blank, told from its first character when it can be (without trimming it). */
export function isBlank(text: string, line: Line): boolean {
  if (line.start === line.end) return true;
  return isWhiteSpace(text.charCodeAt(line.start)) && line.trimmed === '';
}
