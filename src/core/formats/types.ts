// What a letter format contributes to the parser. A new year's wording is a new file that exports
// one of these and is listed in formats/index.ts: statements it can read, headings it uses.
import type { Area, Figure, PeriodSource } from '../model';

/** A named group of a statement's match, in flat-text indices. */
export interface Capture {
  text: string;
  start: number;
  end: number;
}

/** What a statement reads into the letter. `area: 'current'` means the block being read. */
export type Fact =
  | { kind: 'area'; area: Area; /** set for a heading line, which becomes the block's heading */ heading?: boolean }
  | { kind: 'figure'; area: Area | 'current'; field: string; figure: Figure }
  | { kind: 'period'; area: Area | 'current' | PeriodSource; from: Capture | null; to: Capture; whole: Capture };

/** Helpers a statement uses to turn captures into facts with source spans. */
export interface StatementReader {
  /** A figure from a number capture (or "n/a") and an optional noun capture. */
  figure(value: Capture, noun?: Capture | undefined): Figure;
  /** Date groups with prefix p: `${p}d`, `${p}m`, `${p}y` (written dates) or `${p}n` (31/03/20). */
  date(groups: Record<string, Capture | undefined>, prefix: string): Capture | null;
}

export interface Statement {
  /** Unique within the format, for debugging and tests. */
  name: string;
  /**
   * Lower-case literal text every match contains. Statements whose keyword is absent from the
   * letter are not run at all, which keeps letters without statistics cheap to read.
   */
  keyword: string;
  /** Run over the flat text (single spaces, no Markdown); flags must include g, i and d. */
  pattern: RegExp;
  read(groups: Record<string, Capture | undefined>, whole: Capture, reader: StatementReader): Fact[];
}

export interface HeadingRule {
  /** Matches the whole heading line (dress and a trailing colon removed); flag i. */
  pattern: RegExp;
  level: number;
  area?: Area;
}

export interface LetterFormat {
  name: string;
  description: string;
  statements: Statement[];
  headings: HeadingRule[];
}
