// The letter as the CLI's JSON and the statistics panel present it: plain values, no spans.
// The schema here is the contract for `letter-review --format json`.
import { z } from 'zod';
import type { Caption, Figure, Finding, Letter, Table } from './model';
import { IsoDateSchema, SeveritySchema } from './model';
import { letterPeriod } from './parseLetter';
import { councilOf, figuresOf, valueOf } from './figures';
import type { FigureArea } from './figures';
import { LineIndex } from './text/lineIndex';

const Num = z.number().nullable();

export const LetterSummarySchema = z.object({
  authority: z.string().nullable(),
  recipient: z.object({ name: z.string().nullable(), role: z.string().nullable() }),
  date: IsoDateSchema.nullable(),
  reviewYear: z.number().int().nullable(),
  period: z.object({ start: IsoDateSchema, end: IsoDateSchema }).nullable(),
  statistics: z.object({
    // Fields after the first line of each block came with later forms: optional so summaries
    // written before them stay valid; summarizeLetter always sets them.
    upheld: z.object({
      percent: Num, average: Num, decisions: Num, investigations: Num,
      /** Upheld decisions per 100,000 residents (2022-23 on), and the average for that type of authority. */
      rate: Num.optional(), rateAverage: Num.optional(),
      /** Percentages printed in captions ("80% Complaints upheld by …"). */
      captions: z.array(Num).optional(),
    }).nullable(),
    compliance: z.object({
      percent: Num, average: Num, outcomes: Num,
      /** "No recommendations were due for compliance in this period" (then outcomes is 0). */
      noneDue: z.boolean().optional(),
      captions: z.array(Num).optional(),
    }).nullable(),
    remedy: z.object({
      percent: Num, average: Num, decisions: Num,
      /** The total the block says it is based on (the upheld decisions, whatever the text calls it). */
      base: Num.optional(),
      captions: z.array(Num).optional(),
    }).nullable(),
    /** The 2024-25 overview of complaints dealt with. */
    overview: z.object({ complaints: Num, notForUs: Num, assessed: Num, investigated: Num }).nullable().optional(),
    /** The tables of letters before 2019-20, by column (see TableColumnKeySchema). */
    tables: z.object({
      received: z.record(z.string(), Num).nullable(),
      decisions: z.record(z.string(), Num).nullable(),
    }).optional(),
  }),
});
export type LetterSummary = z.infer<typeof LetterSummarySchema>;

export const PositionSchema = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
export const RangeSchema = z.object({ start: PositionSchema, end: PositionSchema });

/** For a PDF letter: the page (from 1) a range starts on; its range is in the PDF's extracted text. */
const PageSchema = z.number().int().positive().optional();

export const FindingJsonSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  range: RangeSchema,
  page: PageSchema,
  /**
   * Other places the finding involves. With `file`, the range is in that file (another letter of the
   * run, the official figures' CSV); without it, in this letter.
   */
  related: z.array(z.object({ message: z.string(), range: RangeSchema, page: PageSchema, file: z.string().optional() })),
});
export type FindingJson = z.infer<typeof FindingJsonSchema>;

export const FileReportSchema = z.object({
  file: z.string(),
  letter: LetterSummarySchema.nullable(),
  findings: z.array(FindingJsonSchema),
  /** Set when the file could not be checked (unreadable, binary, …); then letter is null. */
  error: z.string().optional(),
});
export type FileReport = z.infer<typeof FileReportSchema>;

export const CliJsonSchema = z.array(FileReportSchema);

const captions = (b: { captions: Caption[] }): (number | null)[] => b.captions.map((c) => c.percent.value);

function tableValues(table: Table | undefined): Record<string, number | null> | null {
  return table ? Object.fromEntries(table.columns.map((c) => [c.key, c.figure.value])) : null;
}

/** The values of an area's figures, keyed as the registry names them, then the area's other fields. */
function figureValues(letter: Letter, area: FigureArea, rest: Record<string, unknown> = {}): Record<string, unknown> {
  const block = letter.statistics[area] as unknown as Record<string, Figure | null | undefined>;
  const out: Record<string, unknown> = {};
  for (const def of figuresOf(area)) out[def.key] = valueOf(block[def.key], letter, def);
  for (const key in rest) out[key] = rest[key];
  return out;
}

type Stats = LetterSummary['statistics'];

export function summarizeLetter(letter: Letter): LetterSummary {
  const { upheld, compliance, remedy, overview, tables = [] } = letter.statistics;
  return {
    authority: councilOf(letter)?.text ?? null,
    recipient: { name: letter.addressee?.name?.text ?? null, role: letter.addressee?.role?.text ?? null },
    date: letter.date?.iso ?? null,
    reviewYear: letter.reviewYear,
    period: letterPeriod(letter),
    statistics: {
      upheld: upheld && (figureValues(letter, 'upheld', { captions: captions(upheld) }) as Stats['upheld']),
      compliance: compliance && (figureValues(letter, 'compliance', { noneDue: compliance.noneDue !== null, captions: captions(compliance) }) as Stats['compliance']),
      remedy: remedy && (figureValues(letter, 'remedy', { captions: captions(remedy) }) as Stats['remedy']),
      overview: overview ? (figureValues(letter, 'overview') as NonNullable<Stats['overview']>) : null,
      tables: { received: tableValues(tables.find((t) => t.name === 'received')), decisions: tableValues(tables.find((t) => t.name === 'decisions')) },
    },
  };
}

/** Which page an offset of a PDF letter's text is on. */
export interface PageLocator {
  pageAt(offset: number): number;
}

/** How to place a span of another file (a related place in another letter or in the official figures). */
export type FileLocator = (file: string) => { lines: LineIndex; pages?: PageLocator } | undefined;

/**
 * One file's report, as `--format json` prints it and the panel exports it. Ranges come from `lines`,
 * or from a line index of `text` made only when there is a finding to place; `pages` (a PDF letter)
 * adds the page of each finding and related place; `elsewhere` places related spans in other files.
 */
export function fileReport(file: string, letter: Letter, findings: readonly Finding[], lines: LineIndex | string, pages?: PageLocator, elsewhere?: FileLocator): FileReport {
  return summaryReport(file, summarizeLetter(letter), findings, lines, pages, elsewhere);
}

/** fileReport for a letter already summarised (a host that keeps summaries rather than letters). */
export function summaryReport(file: string, summary: LetterSummary, findings: readonly Finding[], lines: LineIndex | string, pages?: PageLocator, elsewhere?: FileLocator): FileReport {
  if (findings.length === 0) return { file, letter: summary, findings: [] };
  const index = typeof lines === 'string' ? new LineIndex(lines) : lines;
  return { file, letter: summary, findings: findings.map((f) => findingToJson(f, index, pages, elsewhere)) };
}

/** A report as "Copy JSON" and "Save JSON" write it: indented, one trailing newline. */
export function reportJson(report: FileReport): string {
  return `${JSON.stringify(report, null, 2)}
`;
}

/**
 * A finding as JSON; `pages` (a PDF letter) adds the page of the finding and of each related place. A
 * related place in another file keeps its `file`, placed by `elsewhere` (a file it cannot place: line 0).
 */
export function findingToJson(f: Finding, lines: LineIndex, pages?: PageLocator, elsewhere?: FileLocator): FindingJson {
  const page = (at: PageLocator | undefined, offset: number): { page?: number } => (at ? { page: at.pageAt(offset) } : {});
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    range: lines.rangeOf(f.span),
    ...page(pages, f.span.start),
    related: f.related.map((r) => {
      if (r.file === undefined) return { message: r.message, range: lines.rangeOf(r.span), ...page(pages, r.span.start) };
      const there = elsewhere?.(r.file);
      const range = there ? there.lines.rangeOf(r.span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return { message: r.message, range, ...page(there?.pages, r.span.start), file: r.file };
    }),
  };
}
