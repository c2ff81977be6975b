// The letter as the CLI's JSON and the statistics panel present it: plain values, no spans.
// The schema here is the contract for `letter-review --format json`.
import { z } from 'zod';
import type { Caption, Finding, Letter, Table } from './model';
import { IsoDateSchema, SeveritySchema } from './model';
import { letterPeriod } from './parseLetter';
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
  related: z.array(z.object({ message: z.string(), range: RangeSchema, page: PageSchema })),
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

const v = (f: { value: number | null } | null | undefined): number | null => f?.value ?? null;

const captions = (b: { captions: Caption[] }): (number | null)[] => b.captions.map((c) => c.percent.value);

function tableValues(table: Table | undefined): Record<string, number | null> | null {
  return table ? Object.fromEntries(table.columns.map((c) => [c.key, c.figure.value])) : null;
}

export function summarizeLetter(letter: Letter): LetterSummary {
  const { upheld, compliance, remedy, overview, tables = [] } = letter.statistics;
  // A statistics text has no addressee: its heading or captions name the council.
  const named = letter.footers[0]?.authority.text ?? letter.statistics.authority?.text
    ?? [upheld, compliance, remedy].flatMap((b) => b?.captions ?? []).find((c) => c.authority)?.authority?.text ?? null;
  return {
    authority: letter.addressee?.authority?.text ?? named,
    recipient: { name: letter.addressee?.name?.text ?? null, role: letter.addressee?.role?.text ?? null },
    date: letter.date?.iso ?? null,
    reviewYear: letter.reviewYear,
    period: letterPeriod(letter),
    statistics: {
      upheld: upheld && {
        percent: v(upheld.percent), average: v(upheld.average), decisions: v(upheld.decisions), investigations: v(upheld.investigations),
        rate: v(upheld.rate), rateAverage: v(upheld.rateAverage), captions: captions(upheld),
      },
      compliance: compliance && {
        percent: v(compliance.percent), average: v(compliance.average),
        outcomes: compliance.noneDue && !compliance.outcomes ? 0 : v(compliance.outcomes),
        noneDue: compliance.noneDue !== null, captions: captions(compliance),
      },
      remedy: remedy && {
        percent: v(remedy.percent), average: v(remedy.average), decisions: v(remedy.decisions),
        base: v(remedy.base), captions: captions(remedy),
      },
      overview: overview ? { complaints: v(overview.complaints), notForUs: v(overview.notForUs), assessed: v(overview.assessed), investigated: v(overview.investigated) } : null,
      tables: { received: tableValues(tables.find((t) => t.name === 'received')), decisions: tableValues(tables.find((t) => t.name === 'decisions')) },
    },
  };
}

/** Which page an offset of a PDF letter's text is on. */
export interface PageLocator {
  pageAt(offset: number): number;
}

/** A finding as JSON; `pages` (a PDF letter) adds the page of the finding and of each related place. */
export function findingToJson(f: Finding, lines: LineIndex, pages?: PageLocator): FindingJson {
  const page = (offset: number): { page?: number } => (pages ? { page: pages.pageAt(offset) } : {});
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    range: lines.rangeOf(f.span),
    ...page(f.span.start),
    related: f.related.map((r) => ({ message: r.message, range: lines.rangeOf(r.span), ...page(r.span.start) })),
  };
}
