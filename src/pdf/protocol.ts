// The messages between a host (CLI, extension) and the PDF reader's worker, validated on both
// sides: whatever arrives from the other side of a thread is checked before it is used.
import { z } from 'zod';

export const PdfRequestSchema = z.object({
  id: z.number().int(),
  bytes: z.instanceof(Uint8Array),
});
export type PdfRequest = z.infer<typeof PdfRequestSchema>;

/** A page's place in the joined text: [start, end) offsets, pages numbered from 1. */
export const PageSpanSchema = z.object({
  number: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export type PageSpan = z.infer<typeof PageSpanSchema>;

/** A PDF's text: its pages in order, joined by an empty line. */
export const PdfTextSchema = z.object({ text: z.string(), pages: z.array(PageSpanSchema).min(1) });
export type PdfText = z.infer<typeof PdfTextSchema>;

/** What reading one PDF gives: its text and pages, or the one reason it could not be read. */
export const PdfReadResultSchema = z.union([PdfTextSchema, z.object({ error: z.string() })]);
export type PdfReadResult = z.infer<typeof PdfReadResultSchema>;

/** The worker's first message: pdf.js is loaded, so a read's time limit counts reading only. */
export const PdfReadySchema = z.object({ ready: z.literal(true) });
export type PdfReady = z.infer<typeof PdfReadySchema>;

export const PdfResponseSchema = z.object({ id: z.number().int(), result: PdfReadResultSchema });
export type PdfResponse = z.infer<typeof PdfResponseSchema>;
