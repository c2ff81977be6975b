// The statistics panel's contract: every message between the extension and the panel's webview, in
// both directions, plus the webview's persisted state. Both sides import these schemas and `safeParse`
// everything they receive; anything that fails is dropped and logged. No vscode import: this file is
// bundled into the webview too.
import { z } from 'zod';
import { AreaSchema, SeveritySchema } from '../core/model';

/** Longest string any message carries; the view model truncates letter text long before this. */
const MAX_TEXT = 10_000;
const Text = z.string().max(MAX_TEXT);

/** Half-open UTF-16 offsets into the document, start ≤ end. The extension also checks the document's length. */
export const PanelSpanSchema = z
  .object({ start: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), end: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) })
  .refine((s) => s.start <= s.end, { message: 'span ends before it starts' });
export type PanelSpan = z.infer<typeof PanelSpanSchema>;

// ---- The view model: what the panel shows, computed on the extension side --------------------------

/** One line of the letter's particulars ("Council", "Rochford District Council"); value null = not stated. */
export const DetailSchema = z.object({
  key: z.enum(['council', 'addressee', 'role', 'date', 'reviewYear', 'period']),
  label: Text,
  value: Text.nullable(),
  span: PanelSpanSchema.nullable(),
});
export type Detail = z.infer<typeof DetailSchema>;

/** stated: a number; na: printed "n/a" (or no recommendations due); missing: the letter does not say. */
export const FigureStateSchema = z.enum(['stated', 'na', 'missing']);
export type FigureState = z.infer<typeof FigureStateSchema>;

export const FigureViewSchema = z.object({
  state: FigureStateSchema,
  value: z.number().nullable(),
  /** As shown: "100%", "n/a", "not stated". */
  text: Text,
  span: PanelSpanSchema.nullable(),
});
export type FigureView = z.infer<typeof FigureViewSchema>;

export const ComparisonSchema = z.object({
  direction: z.enum(['above', 'below', 'same']),
  /** Absolute difference in percentage points. */
  points: z.number().nonnegative(),
  /** "55 points above average". */
  text: Text,
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export const AreaViewSchema = z.object({
  area: AreaSchema,
  title: Text,
  /** False when the letter has no statement at all for this area. */
  stated: z.boolean(),
  span: PanelSpanSchema.nullable(),
  percent: FigureViewSchema,
  average: FigureViewSchema,
  /**
   * What the figure is based on: "1 of 1 detailed investigation", in parts; a count's part reveals
   * exactly that count in the letter.
   */
  basis: z.object({ text: Text, parts: z.array(z.object({ text: Text, span: PanelSpanSchema.nullable() })).max(4) }).nullable(),
  /** The worst finding on this area's own figures (above hint), so its card carries the mark too. */
  problem: z.object({ severity: SeveritySchema, count: z.number().int().positive(), message: Text }).nullable(),
  /** A statement that stands in for the figure ("No recommendations were due …"). */
  note: Text.nullable(),
  comparison: ComparisonSchema.nullable(),
  /** The whole area in one sentence, for screen readers (the chart's accessible name). */
  description: Text,
});
export type AreaView = z.infer<typeof AreaViewSchema>;

export const FindingViewSchema = z.object({
  code: Text,
  severity: SeveritySchema,
  message: Text,
  span: PanelSpanSchema,
  /** 1-based, as the editor's gutter shows it. */
  line: z.number().int().positive(),
});
export type FindingView = z.infer<typeof FindingViewSchema>;

export const PanelViewModelSchema = z.object({
  /** "Statistics: Rochford District Council" (the panel's tab title). */
  title: Text,
  fileName: Text,
  council: Text.nullable(),
  details: z.array(DetailSchema).max(10),
  areas: z.array(AreaViewSchema).max(3),
  findings: z.array(FindingViewSchema).max(1000),
  /** Findings beyond those listed (the list is capped). */
  findingsOmitted: z.number().int().nonnegative(),
  counts: z.object({ error: z.number().int().nonnegative(), warning: z.number().int().nonnegative(), information: z.number().int().nonnegative(), hint: z.number().int().nonnegative() }),
});
export type PanelViewModel = z.infer<typeof PanelViewModelSchema>;

// ---- Extension → webview ---------------------------------------------------------------------------

export const UpdateMessageSchema = z.object({
  type: z.literal('update'),
  documentUri: Text,
  documentVersion: z.number().int(),
  locked: z.boolean(),
  model: PanelViewModelSchema,
});
export type UpdateMessage = z.infer<typeof UpdateMessageSchema>;

/** Nothing to show: no letter open yet, or the pinned letter cannot be read. */
export const EmptyMessageSchema = z.object({
  type: z.literal('empty'),
  documentUri: Text.nullable(),
  locked: z.boolean(),
  message: Text,
});
export type EmptyMessage = z.infer<typeof EmptyMessageSchema>;

export const ExtensionToWebviewSchema = z.discriminatedUnion('type', [UpdateMessageSchema, EmptyMessageSchema]);
export type ExtensionToWebview = z.infer<typeof ExtensionToWebviewSchema>;

// ---- Webview → extension ---------------------------------------------------------------------------

export const ExportActionSchema = z.enum(['copyJson', 'saveJson', 'saveCsv']);
export type ExportAction = z.infer<typeof ExportActionSchema>;

export const WebviewToExtensionSchema = z.discriminatedUnion('type', [
  /** The script has loaded and listens: the extension answers with the current state at once. */
  z.object({ type: z.literal('ready') }),
  /** Reveal and select this range of the letter in its editor. */
  z.object({ type: z.literal('reveal'), span: PanelSpanSchema }),
  z.object({ type: z.literal('toggleLock') }),
  z.object({ type: z.literal('export'), action: ExportActionSchema }),
  /**
   * The webview drew an update. It reports what the page now shows, read back from the DOM, so tests in
   * a real VS Code can see the page itself, not only what was sent to it.
   */
  z.object({
    type: z.literal('rendered'),
    documentUri: Text.nullable(),
    documentVersion: z.number().int().nullable(),
    council: Text.nullable(),
    figures: z.array(Text).max(20),
    /** img/script/iframe/object elements inside the content: always 0, letter text never becomes markup. */
    foreignElements: z.number().int().nonnegative(),
  }),
]);
export type WebviewToExtension = z.infer<typeof WebviewToExtensionSchema>;

// ---- Webview state (vscode.getState/setState; handed to the serializer after a reload) ---------------

export const PanelStateSchema = z.object({
  documentUri: Text.nullable(),
  locked: z.boolean(),
});
export type PanelState = z.infer<typeof PanelStateSchema>;

export const PANEL_VIEW_TYPE = 'letterReview.statistics';

export { describeIssues } from './describeIssues';
