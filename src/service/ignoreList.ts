// Silencing a finding in one letter without editing the letter: the `letterReview.ignore` workspace
// setting (path → codes), and, for Markdown letters, the HTML-comment directive the engine honours.
// No vscode import.
import type { IgnoreList } from './settings';
import { normalizePath } from './settings';

/** The codes ignored for the letter at `relativePath`. */
export function ignoredCodes(list: IgnoreList, relativePath: string): string[] {
  return list[normalizePath(relativePath)] ?? [];
}

/** A new list with `code` ignored for `relativePath`; the input is left as it was. */
export function withIgnored(list: IgnoreList | undefined, relativePath: string, code: string): IgnoreList {
  const path = normalizePath(relativePath);
  const current = list?.[path] ?? [];
  if (current.includes(code)) return { ...list };
  return { ...list, [path]: [...current, code].sort() };
}

/**
 * Is this letter a Markdown file, so that an HTML comment stays invisible when it is rendered? Only
 * then is the comment directive offered. A `.txt` letter is read as it is, even one with Markdown
 * dress (`**45%**`, from a PDF-to-Markdown copy): a comment there is one more line of clutter.
 */
export function isMarkdownFile(fileName: string): boolean {
  return /\.(?:md|markdown)$/i.test(fileName);
}

/**
 * The directive to insert so the finding starting at `offset` is silenced: a
 * `<!-- letter-review-disable-next-line code -->` line placed just above the finding's line,
 * with that line's indentation and the text's own line ending.
 */
export function disableNextLineInsertion(text: string, offset: number, code: string): { offset: number; text: string } {
  const lineStart = offset <= 0 ? 0 : Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : text.includes('\r') ? '\r' : '\n';
  return { offset: lineStart, text: `${indent}<!-- letter-review-disable-next-line ${code} -->${eol}` };
}
