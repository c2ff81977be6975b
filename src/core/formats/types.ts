// What a letter format contributes to the parser. A new year's wording is a new file that exports
// one of these and is listed in formats/index.ts: statements it can read, headings it uses.
import type { Area, Figure, LocatedText, Overview, PeriodSource, Span, Table } from '../model';

/** A named group of a statement's match, in flat-text indices. */
export interface Capture {
  text: string;
  start: number;
  end: number;
}

/** The overview's counts (2024-25). */
export type OverviewField = Exclude<keyof Overview, 'span' | 'period'>;

/** What a statement reads into the letter. `area: 'current'` means the block being read. */
export type Fact =
  | { kind: 'area'; area: Area; /** set for a heading line, which becomes the block's heading */ heading?: boolean }
  | { kind: 'figure'; area: Area | 'current'; field: string; figure: Figure }
  | {
      kind: 'period'; area: Area | 'current' | PeriodSource; from: Capture | null; to: Capture; whole: Capture;
      /**
       * A year a sentence of prose quotes ("for the period 2021/22"): the letter's only when that
       * sentence speaks of no other council, no other year and not of the country (parse/scope.ts).
       */
      inProse?: boolean;
    }
  /** A caption line repeating a block's percentage; read once, kept apart from the sentence's figure. */
  | { kind: 'caption'; area: Area; percent: Figure; authority: LocatedText | null; span: Span }
  /** "No recommendations were due for compliance in this period." */
  | { kind: 'none-due'; text: LocatedText }
  | { kind: 'overview'; field: OverviewField; figure: Figure }
  | { kind: 'table'; table: Table }
  /**
   * The council the text names as its own: a statistics heading (which also starts a new statistics
   * page: `startsPage`), a line of its own above one, the population sentence.
   */
  | { kind: 'authority'; authority: LocatedText; startsPage?: boolean }
  /** A glossary's heading: what follows defines terms and states no figures, up to the next statistics page. */
  | { kind: 'glossary' };

/** Helpers a statement uses to turn captures into facts with source spans. */
export interface StatementReader {
  /**
   * A figure from a number capture (digits, a count in words, or "n/a") and an optional noun capture;
   * `stated` gives the value where the words mean a number without being one ("In all cases" = 100).
   */
  figure(value: Capture, noun?: Capture | undefined, stated?: number): Figure;
  /** Date groups with prefix p: `${p}d`, `${p}m`, `${p}y` (written dates) or `${p}n` (31/03/20). */
  date(groups: Record<string, Capture | undefined>, prefix: string): Capture | null;
  /** The source text and span a capture stands for (dress inside it included). */
  located(capture: Capture): LocatedText;
  /** The flat text of the source line holding flat index `at`, white space trimmed. */
  lineOf(at: number): Capture;
  /**
   * The capture as a whole word: null when a lower-case letter follows it. A capital may follow,
   * since a lost line break glues sentences ("decisionsStatistics"); and as the i flag lets a
   * plural "s?" take that capital ("decisionStatistics" → "decisionS"), such a capital is dropped.
   */
  word(capture: Capture): Capture | null;
  /** Up to `length` characters of flat text from flat index `at`, for statements that read a table. */
  textFrom(at: number, length: number): Capture;
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
  /**
   * Its statements are the other formats' sentences as reports quote them, and also match those
   * sentences as the letter prints them: they are looked for only outside what the formats before
   * it have read, so that a letter is not read twice over (issue 11's cost).
   */
  variantsOfOthers?: boolean;
  statements: Statement[];
  headings: HeadingRule[];
}

/** A period a statement quotes. */
export type PeriodFact = Extract<Fact, { kind: 'period' }>;
