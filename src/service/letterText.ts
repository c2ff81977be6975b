// The text of a letter file as the service reviews it: a text file's bytes decoded; a PDF's text
// layer, read by the PDF reader (dist/pdf-reader.js, pdf.js in a worker of its own) with where each
// page starts. The reader is started on the first PDF only, so a workspace without PDFs never loads
// pdf.js. Host-neutral: the host says how the reader's worker is started (a Node worker thread, a
// Web Worker); the reader itself bounds time and memory and turns every failure into one message.
import { decodeText } from '../core';
import { MAX_PDF_BYTES, PDF_PROBLEMS } from '../pdf/problems';
import type { PageSpan, PdfReadResult } from '../pdf/protocol';
import { PdfReader } from '../pdf/reader';
import type { SpawnWorker } from '../pdf/reader';
import { fileNameOf } from './fileSystem';
import { TIME_LIMIT_SETTING } from './settings';
import type { LetterReviewSettings } from './settings';


/** Reads a PDF's text; never rejects (a PDF that cannot be read gives `{ error }`). */
export interface PdfTextReader {
  read(bytes: Uint8Array, timeLimitSeconds: number): Promise<PdfReadResult>;
}

/** A letter file's text (and, for a PDF, its pages), or the one reason it cannot be checked. */
export type LetterText = { text: string; pages?: PageSpan[] } | { unreadable: string };

export function isPdfFileName(fileName: string): boolean {
  return /\.pdf$/i.test(fileName);
}

export function isPdfUri(uri: string): boolean {
  return isPdfFileName(fileNameOf(uri));
}

/** The letter text of a file's bytes: decoded, or for a `.pdf`, its text layer as the PDF reader gives it. */
export async function readLetterText(uri: string, bytes: Uint8Array, settings: Pick<LetterReviewSettings, 'timeLimit'>, pdf: PdfTextReader | undefined): Promise<LetterText> {
  if (!isPdfUri(uri)) return { text: decodeText(bytes) };
  if (!pdf) return { unreadable: PDF_PROBLEMS.noReader };
  const result = await pdf.read(bytes, settings.timeLimit);
  if ('error' in result) return { unreadable: result.error };
  return { text: result.text, pages: result.pages };
}

/** How a host starts the reader's workers: resolved on the first PDF, when the reader bundle is found. */
export type StartPdfWorkers = () => Promise<SpawnWorker>;

/** The PDF reader, started on the first PDF read; a reader that could not start is tried again next time. */
export class LazyPdfReader implements PdfTextReader {
  private reader: Promise<PdfReader> | undefined;

  constructor(private readonly start: StartPdfWorkers) {}

  async read(bytes: Uint8Array, timeLimitSeconds: number): Promise<PdfReadResult> {
    if (bytes.length === 0) return { error: PDF_PROBLEMS.empty };
    if (bytes.length > MAX_PDF_BYTES) return { error: PDF_PROBLEMS.tooLarge(bytes.length) };
    this.reader ??= this.start().then((spawn) => new PdfReader(spawn));
    let reader: PdfReader;
    try {
      reader = await this.reader;
    } catch {
      this.reader = undefined;
      return { error: PDF_PROBLEMS.noReader };
    }
    return reader.read(bytes, { timeLimit: timeLimitSeconds, timeLimitSetting: TIME_LIMIT_SETTING });
  }

  dispose(): void {
    void this.reader?.then((r) => r.dispose(), () => undefined);
  }
}
