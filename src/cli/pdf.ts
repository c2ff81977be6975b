// PDF letters for the CLI: the file's bytes go to the PDF reader (dist/pdf-reader.js, a worker
// thread started on the first PDF, so a run over text letters never loads it), which gives back the
// text and where each page starts. Every failure is one message, as for text files.
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { looksLikeLetter, plainlyNotALetter } from '../core';
import { nodeWorkerSpawner } from '../pdf/nodeWorker';
import { MAX_PDF_BYTES, PDF_PROBLEMS } from '../pdf/problems';
import { PageIndex } from '../pdf/pages';
import type { PageSpan, PdfText } from '../pdf/protocol';
import { PdfReader } from '../pdf/reader';
import { NOT_A_LETTER, describeError } from './files';

export type PdfLetterResult = PdfText | { error: string } | { skip: string };

export function isPdfName(file: string): boolean {
  return file.toLowerCase().endsWith('.pdf');
}

/**
 * The reader bundle beside the CLI bundle (dist/); run from the sources (the tests), the one the
 * build wrote to dist/.
 */
function readerScript(): string | null {
  const candidates = [path.join(__dirname, 'pdf-reader.js'), path.join(__dirname, '..', '..', 'dist', 'pdf-reader.js')];
  return candidates.find((c) => existsSync(c)) ?? null;
}

let reader: PdfReader | undefined;

/** Reads a PDF letter's text; `timeLimit` in seconds. A file found in a folder that is no letter is passed over. */
export async function readPdfLetter(file: string, explicit: boolean, timeLimit: number): Promise<PdfLetterResult> {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_PDF_BYTES) return { error: PDF_PROBLEMS.tooLarge(size) };
    bytes = readFileSync(file);
  } catch (e) {
    return { error: describeError(e, 'cannot read') };
  }
  if (!reader) {
    const script = readerScript();
    if (!script) return { error: 'the PDF reader (pdf-reader.js) is missing beside the CLI: build or install it again' };
    reader = new PdfReader(nodeWorkerSpawner(script));
  }
  const result = await reader.read(bytes, { timeLimit, timeLimitSetting: '--time-limit' });
  if ('error' in result) return result;
  if (!explicit && !looksLikeLetter(result.text)) return { skip: 'not a letter' };
  if (explicit && plainlyNotALetter(result.text)) return { error: NOT_A_LETTER };
  return result;
}

/** Where a PDF letter's pages start in its text, to place findings by page; undefined for a text file. */
export function pagesOf(read: { text: string; pages?: PageSpan[] }): PageIndex | undefined {
  return read.pages ? new PageIndex(read.text, read.pages) : undefined;
}
