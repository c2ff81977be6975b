// The letter as the CLI's JSON and the statistics panel present it: plain values, no spans.
// The schema here is the contract for `letter-review --format json`.
import { z } from 'zod';
import type { Finding, Letter } from './model';
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
    upheld: z.object({ percent: Num, average: Num, decisions: Num, investigations: Num }).nullable(),
    compliance: z.object({ percent: Num, average: Num, outcomes: Num }).nullable(),
    remedy: z.object({ percent: Num, average: Num, decisions: Num }).nullable(),
  }),
});
export type LetterSummary = z.infer<typeof LetterSummarySchema>;

export const PositionSchema = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
export const RangeSchema = z.object({ start: PositionSchema, end: PositionSchema });

export const FindingJsonSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  range: RangeSchema,
  related: z.array(z.object({ message: z.string(), range: RangeSchema })),
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

export function summarizeLetter(letter: Letter): LetterSummary {
  const { upheld, compliance, remedy } = letter.statistics;
  const footerAuthority = letter.footers[0]?.authority.text ?? null;
  return {
    authority: letter.addressee?.authority?.text ?? footerAuthority,
    recipient: { name: letter.addressee?.name?.text ?? null, role: letter.addressee?.role?.text ?? null },
    date: letter.date?.iso ?? null,
    reviewYear: letter.reviewYear,
    period: letterPeriod(letter),
    statistics: {
      upheld: upheld && { percent: v(upheld.percent), average: v(upheld.average), decisions: v(upheld.decisions), investigations: v(upheld.investigations) },
      compliance: compliance && { percent: v(compliance.percent), average: v(compliance.average), outcomes: v(compliance.outcomes) },
      remedy: remedy && { percent: v(remedy.percent), average: v(remedy.average), decisions: v(remedy.decisions) },
    },
  };
}

export function findingToJson(f: Finding, lines: LineIndex): FindingJson {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    range: lines.rangeOf(f.span),
    related: f.related.map((r) => ({ message: r.message, range: lines.rangeOf(r.span) })),
  };
}
