// The letters of one run, kept until all are read: checked together (averages-disagree, and
// official-mismatch when --official names a file), then printed in natural order of their paths. A
// related place in another file (a letter of the majority, a line of the official figures) is placed
// in that file's text.
import { LineIndex, checkLetterSet } from '../core';
import type { Finding, Letter, LetterSummary, OfficialFigures, RulesConfig } from '../core';
import { PageIndex } from '../pdf/pages';
import type { PageSpan } from '../pdf/protocol';

export interface CheckedLetter {
  file: string;
  text: string;
  /** A PDF letter's pages in its text. */
  pages?: PageSpan[];
  /** What the checks over the set read of the letter (letterForSet): thousands are kept until all are read. */
  letter: Letter;
  /** The letter as JSON and CSV give it, made when it was read; null for the text output. */
  summary: LetterSummary | null;
  findings: Finding[];
}

export interface OfficialText {
  table: OfficialFigures;
  text: string;
}

/**
 * Adds each letter's findings over the set to its own, in document order. A lone letter is compared
 * only with the official figures, when there are any.
 */
export function checkTogether(letters: readonly CheckedLetter[], rules: RulesConfig, official: OfficialText | null): void {
  if (letters.length < 2 && !official) return;
  const cross = checkLetterSet(letters.map(({ file, letter, text }) => ({ file, letter, text })), { rules, official: official?.table ?? null });
  letters.forEach((entry, i) => {
    const more = cross[i]!;
    if (more.length === 0) return;
    entry.findings = [...entry.findings, ...more].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  });
}

/** Where a span of a file of the run stands: its lines, and a PDF letter's pages. */
export type PlaceFile = (file: string) => { lines: LineIndex; pages?: PageIndex } | undefined;

/** Where each file of the run stands: line starts (and pages) worked out once, when first needed. */
export function fileLocator(letters: readonly CheckedLetter[], official: OfficialText | null): PlaceFile {
  const texts = new Map<string, { text: string; pages?: PageSpan[] }>();
  for (const l of letters) texts.set(l.file, l);
  if (official) texts.set(official.table.source.file, { text: official.text });
  const placed = new Map<string, { lines: LineIndex; pages?: PageIndex }>();
  return (file) => {
    const known = placed.get(file);
    if (known) return known;
    const source = texts.get(file);
    if (!source) return undefined;
    const lines = new LineIndex(source.text);
    const made = source.pages ? { lines, pages: new PageIndex(source.text, source.pages) } : { lines };
    placed.set(file, made);
    return made;
  };
}
