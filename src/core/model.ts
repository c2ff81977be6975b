// The letter model: the single source of truth for what the parser produces and what crosses
// a boundary (CLI JSON, webview messages). TypeScript types are inferred from these schemas.
import { z } from 'zod';

/** Half-open UTF-16 offsets into the text given to `parseLetter`. */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

/** A piece of text the parser recognised, with where it stands. */
export const LocatedTextSchema = z.object({ text: z.string(), span: SpanSchema });
export type LocatedText = z.infer<typeof LocatedTextSchema>;

/**
 * A number printed in the letter. `value` is null where the letter prints "n/a".
 * `noun` is the word(s) the number counts ("upheld decision"), kept so plural agreement can be checked.
 */
export const FigureSchema = z.object({
  value: z.number().nullable(),
  text: z.string(),
  span: SpanSchema,
  noun: z.object({ text: z.string(), span: SpanSchema, plural: z.boolean() }).nullable(),
});
export type Figure = z.infer<typeof FigureSchema>;

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PeriodSourceSchema = z.enum(['intro', 'upheld', 'compliance', 'remedy', 'footer', 'title', 'overview', 'heading']);
export type PeriodSource = z.infer<typeof PeriodSourceSchema>;

/** A period the letter quotes, and where. A footer quotes only an end date. */
export const PeriodMentionSchema = z.object({
  source: PeriodSourceSchema,
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema,
  text: z.string(),
  span: SpanSchema,
});
export type PeriodMention = z.infer<typeof PeriodMentionSchema>;

export const AreaSchema = z.enum(['upheld', 'compliance', 'remedy']);
export type Area = z.infer<typeof AreaSchema>;

/** A caption repeating a block's figure ("80% Complaints upheld by Poole Borough Council"). */
export const CaptionSchema = z.object({ percent: FigureSchema, authority: LocatedTextSchema.nullable(), span: SpanSchema });
export type Caption = z.infer<typeof CaptionSchema>;

/**
 * A figure the letter states a second time ("75% of complaints we investigated were upheld" in a summary
 * paragraph and again in the block). The block keeps the first statement in `field`; the checks compare
 * each later one with it.
 */
export const RestatementSchema = z.object({
  /** The block's field that holds the first statement ("percent", "investigations", "base", …). */
  field: z.string(),
  /** The later statement. */
  figure: FigureSchema,
  /** The first statement: the figure the block keeps in `field`. */
  first: FigureSchema,
});
export type Restatement = z.infer<typeof RestatementSchema>;

const blockCommon = {
  /** From the block's heading (or first statement) to its last statement. */
  span: SpanSchema,
  heading: LocatedTextSchema.nullable(),
  percent: FigureSchema.nullable(),
  /** The similar-authorities average; value null when printed "n/a". */
  average: FigureSchema.nullable(),
  period: PeriodMentionSchema.nullable(),
  captions: z.array(CaptionSchema),
  /** Figures of the block stated again, in text order; absent when none is. */
  restatements: z.array(RestatementSchema).optional(),
};

export const UpheldBlockSchema = z.object({
  area: z.literal('upheld'),
  ...blockCommon,
  decisions: FigureSchema.nullable(),
  investigations: FigureSchema.nullable(),
  /** Upheld decisions per 100,000 residents (2022-23 on), and the average for that type of authority. */
  rate: FigureSchema.nullable(),
  rateAverage: FigureSchema.nullable(),
});
export type UpheldBlock = z.infer<typeof UpheldBlockSchema>;

export const ComplianceBlockSchema = z.object({
  area: z.literal('compliance'),
  ...blockCommon,
  outcomes: FigureSchema.nullable(),
  /** "No recommendations were due for compliance in this period." */
  noneDue: LocatedTextSchema.nullable(),
});
export type ComplianceBlock = z.infer<typeof ComplianceBlockSchema>;

export const RemedyBlockSchema = z.object({
  area: z.literal('remedy'),
  ...blockCommon,
  decisions: FigureSchema.nullable(),
  /** The total the block says it is based on; by definition the upheld decisions, whatever the text calls it. */
  base: FigureSchema.nullable(),
});
export type RemedyBlock = z.infer<typeof RemedyBlockSchema>;

/**
 * The 2024-25 overview: "Between 1 April 2024 to 31 March 2025, we dealt with 59 complaints. Of these,
 * 18 were not for us or not ready for us to investigate. We assessed and closed 26 complaints. We
 * investigated 15 complaints." The three parts add up to the complaints dealt with.
 */
export const OverviewSchema = z.object({
  span: SpanSchema,
  period: PeriodMentionSchema.nullable(),
  /** "we dealt with 59 complaints" */
  complaints: FigureSchema.nullable(),
  /** "18 were not for us or not ready for us to investigate" */
  notForUs: FigureSchema.nullable(),
  /** "We assessed and closed 26 complaints" */
  assessed: FigureSchema.nullable(),
  /** "We investigated 15 complaints" */
  investigated: FigureSchema.nullable(),
  /** Counts of the overview stated again, in text order; absent when none is. */
  restatements: z.array(RestatementSchema).optional(),
});
export type Overview = z.infer<typeof OverviewSchema>;

/** Columns of the tables letters carried before 2019-20, by the table they belong to. */
export const RECEIVED_COLUMNS = ['adultCare', 'benefitsAndTax', 'corporate', 'education', 'environment', 'highways', 'housing', 'planning', 'other', 'total'] as const;
export const DECISION_COLUMNS = ['upheld', 'notUpheld', 'adviceGiven', 'closedAfterInitialEnquiries', 'incompleteOrInvalid', 'referredBack', 'upholdRate', 'averageUpholdRate', 'total'] as const;
export const TableColumnKeySchema = z.enum([...new Set([...RECEIVED_COLUMNS, ...DECISION_COLUMNS])] as [string, ...string[]]);
export type TableColumnKey = (typeof RECEIVED_COLUMNS)[number] | (typeof DECISION_COLUMNS)[number];

/** One column of a table: its printed label and the figure under it (a percentage for the rates). */
export const TableColumnSchema = z.object({ key: TableColumnKeySchema, label: LocatedTextSchema, figure: FigureSchema });
export type TableColumn = z.infer<typeof TableColumnSchema>;

/**
 * "Complaints and enquiries received" (by service area) or "Decisions made" (detailed investigations
 * upheld / not upheld, advice given, …, uphold rate): one header row and one row of figures.
 */
export const TableSchema = z.object({
  name: z.enum(['received', 'decisions']),
  title: LocatedTextSchema,
  span: SpanSchema,
  columns: z.array(TableColumnSchema),
});
export type Table = z.infer<typeof TableSchema>;

export const StatisticsSchema = z.object({
  upheld: UpheldBlockSchema.nullable(),
  compliance: ComplianceBlockSchema.nullable(),
  remedy: RemedyBlockSchema.nullable(),
  // Optional so letters built by hand before these forms were read stay valid; the parser always sets them.
  /** The 2024-25 overview of all complaints dealt with. */
  overview: OverviewSchema.nullable().optional(),
  /** The tables of letters before 2019-20, in document order. */
  tables: z.array(TableSchema).optional(),
  /** The council a statistics heading names ("Poole Borough Council Annual statistics"). */
  authority: LocatedTextSchema.nullable().optional(),
});
export type Statistics = z.infer<typeof StatisticsSchema>;

export const SectionSchema = z.object({
  heading: LocatedTextSchema,
  /** From the heading to just before the next section heading (or the end of the letter). */
  span: SpanSchema,
  level: z.number().int().min(1).max(6),
});
export type Section = z.infer<typeof SectionSchema>;

export const AddresseeSchema = z.object({
  name: LocatedTextSchema.nullable(),
  role: LocatedTextSchema.nullable(),
  authority: LocatedTextSchema.nullable(),
  span: SpanSchema,
});
export type Addressee = z.infer<typeof AddresseeSchema>;

export const FooterSchema = z.object({
  authority: LocatedTextSchema,
  periodEnd: PeriodMentionSchema,
  span: SpanSchema,
});
export type Footer = z.infer<typeof FooterSchema>;

export const LetterSchema = z.object({
  /** The Ombudsman's heading line. */
  heading: LocatedTextSchema.nullable(),
  date: z.object({ iso: IsoDateSchema, text: z.string(), span: SpanSchema }).nullable(),
  delivery: LocatedTextSchema.nullable(),
  addressee: AddresseeSchema.nullable(),
  salutation: LocatedTextSchema.nullable(),
  title: LocatedTextSchema.nullable(),
  /** From the title ("Annual Review letter 2020"), else the year the period ends. */
  reviewYear: z.number().int().nullable(),
  sections: z.array(SectionSchema),
  statistics: StatisticsSchema,
  /** Every period the letter quotes, in document order. */
  periods: z.array(PeriodMentionSchema),
  signOff: LocatedTextSchema.nullable(),
  signatory: LocatedTextSchema.nullable(),
  footers: z.array(FooterSchema),
  /** True when the text says the Ombudsman reports on three key areas (so figures are expected). */
  expectsStatistics: z.boolean(),
  /** Which statement patterns matched, by format name ("2020", …): for diagnostics and support. */
  formats: z.array(z.string()),
  /** Length of the text parsed; every span lies within it. */
  length: z.number().int().nonnegative(),
});
export type Letter = z.infer<typeof LetterSchema>;

// ---- Findings -----------------------------------------------------------------------------

export const SeveritySchema = z.enum(['error', 'warning', 'information', 'hint']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Another place a finding involves. Without `file`, a span of the same letter. With `file`, a span of
 * another file's text: a check over letters read together points into another letter, or into the
 * file of official figures. `file` is how the host named that file (a path on the command line, a URI
 * in VS Code).
 */
export const RelatedSchema = z.object({ message: z.string(), span: SpanSchema, file: z.string().optional() });

export const FindingSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  span: SpanSchema,
  related: z.array(RelatedSchema),
  /** A replacement the user may choose to apply (quick fix); never applied automatically. */
  fix: z.object({ title: z.string(), span: SpanSchema, newText: z.string() }).nullable(),
});
export type Finding = z.infer<typeof FindingSchema>;
