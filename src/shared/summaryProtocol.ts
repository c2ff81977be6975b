// The folder summary's contract: every message between the extension and the summary's webview, in
// both directions, and the webview's persisted state. Both sides `safeParse` everything they receive
// and drop what fails. No vscode import: this file is bundled into the webview too.
import { z } from 'zod';
import { IsoDateSchema, SeveritySchema } from '../core/model';
import type { Severity } from '../core/model';

export type { Severity };

const MAX_TEXT = 10_000;
const Text = z.string().max(MAX_TEXT);
/** Rows of one table; far more letters than the Ombudsman sends in a year. */
export const MAX_ROWS = 100_000;
/** A figure as the CLI's JSON gives it: null when not stated or printed "n/a". */
const Figure = z.number().nullable();
const Count = z.number().int().nonnegative();

// ---- One row per letter --------------------------------------------------------------------------

export const SummaryRowSchema = z.object({
  /** The extension's key for the letter; the webview only hands it back. */
  id: Text,
  /** The file as shown: its path in the workspace. */
  file: Text,
  council: Text.nullable(),
  reviewYear: z.number().int().nullable(),
  period: z.object({ start: IsoDateSchema, end: IsoDateSchema }).nullable(),
  upheld: z.object({ percent: Figure, decisions: Figure, investigations: Figure, average: Figure }).nullable(),
  compliance: z.object({ percent: Figure, outcomes: Figure, average: Figure }).nullable(),
  remedy: z.object({ percent: Figure, decisions: Figure, base: Figure, average: Figure }).nullable(),
  findings: z.object({ error: Count, warning: Count, information: Count, hint: Count }),
  /** Why the letter shows no figures: "not checked: larger than 5 MB". */
  note: Text.nullable(),
});
export type SummaryRow = z.infer<typeof SummaryRowSchema>;

export const ProgressSchema = z.object({ done: Count, total: Count }).nullable();
export type Progress = z.infer<typeof ProgressSchema>;

// ---- Extension → webview -------------------------------------------------------------------------

export const ExtensionToSummarySchema = z.discriminatedUnion('type', [
  /** The whole table (the first message, and after a change of workspace folders). */
  z.object({ type: z.literal('table'), rows: z.array(SummaryRowSchema).max(MAX_ROWS) }),
  /** Rows added or changed (by id), and rows removed, as letters change. */
  z.object({ type: z.literal('patch'), upsert: z.array(SummaryRowSchema).max(MAX_ROWS), remove: z.array(Text).max(MAX_ROWS) }),
  /** Reading progress ("312 of 1,000 letters"; null when done) and lines to show above the table. */
  z.object({ type: z.literal('status'), progress: ProgressSchema, notices: z.array(Text).max(20) }),
]);
export type ExtensionToSummary = z.infer<typeof ExtensionToSummarySchema>;

// ---- Webview → extension -------------------------------------------------------------------------

export const SortSchema = z.object({ column: Text, direction: z.enum(['ascending', 'descending']) }).nullable();
export type Sort = z.infer<typeof SortSchema>;

export const SummaryToExtensionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** Open this row's letter. */
  z.object({ type: z.literal('open'), id: Text }),
  /** Reveal the first finding of this severity in this row's letter. */
  z.object({ type: z.literal('revealFinding'), id: Text, severity: SeveritySchema }),
  z.object({ type: z.literal('export'), format: z.enum(['csv', 'json']) }),
  /** Stop reading the folder. */
  z.object({ type: z.literal('cancel') }),
  /**
   * The webview drew the table. It reports what the page now shows, read back from the DOM, so tests in
   * a real VS Code can see the page itself.
   */
  z.object({
    type: z.literal('rendered'),
    rows: Count,
    shown: Count,
    sort: SortSchema,
    filter: Text,
    /** The council cells of the first rows shown, in order, as the page shows them. */
    councils: z.array(Text).max(50),
    /** img/script/iframe/object elements inside the table: always 0. */
    foreignElements: Count,
  }),
]);
export type SummaryToExtension = z.infer<typeof SummaryToExtensionSchema>;

// ---- Webview state (kept by VS Code across reloads) -----------------------------------------------

export const SummaryStateSchema = z.object({ sort: SortSchema, filter: Text });
export type SummaryState = z.infer<typeof SummaryStateSchema>;

export const SUMMARY_VIEW_TYPE = 'letterReview.summary';
