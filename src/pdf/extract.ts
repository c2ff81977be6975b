// A PDF's bytes to the letter's text, with pdf.js (pdfjs-dist's legacy build, which runs on Node
// 20 as well as in browsers). Host-neutral: no Node and no vscode import, so the same code runs in
// a Node worker thread (CLI, desktop VS Code) and in a Web Worker (vscode.dev, code-server's web
// worker extension host). It runs inside the reader's own worker: a hostile PDF can take a thread
// with it, and the host can end that thread when the time limit is hit.
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import { joinPages, layoutPage } from './layout';
import type { PlacedText } from './layout';
import { MAX_PAGES, MAX_TEXT_CHARS, PDF_PROBLEMS } from './problems';
import type { PdfReadResult } from './protocol';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });

let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js, with its parser (its "worker" half) loaded into this thread: pdf.js then runs it in
 * place rather than starting a worker of its own from a URL, which neither a bundle nor a Web
 * Worker inside VS Code's extension host could give it. Loaded on the first PDF only.
 */
export function loadPdfJs(): Promise<PdfJs> {
  return (pdfjs ??= (async () => {
    const scope = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
    // pdf.js's canvas renderer makes one DOMMatrix as it loads. Browsers and Web Workers have the
    // class; Node has none (pdf.js would borrow it from a native canvas package). Text is read
    // without ever drawing, so an inert stand-in lets the module load.
    scope.DOMMatrix ??= class InertMatrix {};
    scope.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })());
}

class PdfProblem extends Error {}

/** Reads a PDF's text layer, or says in one message why it cannot. Never throws. */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfReadResult> {
  try {
    checkBytes(bytes);
    return await readText(await loadPdfJs(), bytes);
  } catch (e) {
    return { error: e instanceof PdfProblem ? e.message : describe(e) };
  }
}

const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const END = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

/**
 * A PDF starts with %PDF- (readers allow it within the first kilobyte) and ends with %%EOF.
 * pdf.js would rebuild a file that lost its end and read what is left; a letter missing its last
 * pages would then be checked as if complete, so a cut-short file is refused instead.
 */
function checkBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new PdfProblem(PDF_PROBLEMS.empty);
  if (indexOf(bytes, HEADER, 0, 1024) < 0) throw new PdfProblem(PDF_PROBLEMS.notPdf);
  if (indexOf(bytes, END, Math.max(0, bytes.length - 4096), bytes.length) < 0) throw new PdfProblem(PDF_PROBLEMS.truncated);
}

function indexOf(bytes: Uint8Array, needle: number[], from: number, to: number): number {
  const last = Math.min(to, bytes.length) - needle.length;
  for (let i = from; i <= last; i++) {
    let j = 0;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/**
 * pdf.js reads around damage (a stream that does not decompress, an index of objects that does not
 * match the file) and only warns, at its warning level, on the console. Text read around damage can
 * lack a figure or a page, so these warnings are listened for while a file is read (the reader's
 * worker has no other use for its console) and such a file is reported as damaged.
 */
const DAMAGE_WARNING = /^Warning: (?:Invalid stream|Indexing all PDF objects)/;

async function readText(lib: PdfJs, bytes: Uint8Array): Promise<PdfReadResult> {
  const warn = console.warn;
  let damaged = false;
  console.warn = (message: unknown) => {
    if (typeof message === 'string' && DAMAGE_WARNING.test(message)) damaged = true;
  };
  try {
    const text = await readPages(lib, bytes);
    return damaged ? { error: PDF_PROBLEMS.partlyDamaged } : text;
  } finally {
    console.warn = warn;
  }
}

async function readPages(lib: PdfJs, bytes: Uint8Array): Promise<PdfReadResult> {
  const task = lib.getDocument({
    // pdf.js takes the buffer it is given (it is transferred to its parser): it gets a copy of its
    // own (not slice(), which on a Node Buffer is a view into memory Node shares between buffers).
    data: new Uint8Array(bytes),
    // Text only: no fonts installed, no scripts compiled from the file, nothing fetched; a part that
    // cannot be read is an error, not skipped (see DAMAGE_WARNING for what pdf.js skips all the same).
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: lib.VerbosityLevel.WARNINGS,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PAGES) throw new PdfProblem(PDF_PROBLEMS.tooManyPages(doc.numPages));
    const pages = await pageLines(doc);
    if (pages.every((lines) => lines.length === 0)) throw new PdfProblem(PDF_PROBLEMS.noText);
    return joinPages(pages);
  } finally {
    await task.destroy();
  }
}

async function pageLines(doc: PDFDocumentProxy): Promise<string[][]> {
  const pages: string[][] = [];
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    let lines: string[];
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: false });
      lines = layoutPage(content.items.filter(isTextItem).flatMap(placed));
      page.cleanup();
    } catch (e) {
      if (e instanceof PdfProblem) throw e;
      throw new PdfProblem(PDF_PROBLEMS.badPage(n));
    }
    chars += lines.reduce((sum, line) => sum + line.length + 1, 0);
    if (chars > MAX_TEXT_CHARS) throw new PdfProblem(PDF_PROBLEMS.tooMuchText);
    pages.push(lines);
  }
  return pages;
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item && 'transform' in item;
}

/**
 * Upright text only ([a b c d e f] with b = c = 0 and a, d > 0): a rotated stamp or a
 * watermark across the page is not part of the letter's reading order.
 */
function placed(item: TextItem): PlacedText[] {
  const [a, b, c, d, x, y] = item.transform as number[];
  if (a === undefined || d === undefined || x === undefined || y === undefined) return [];
  if (Math.abs(b ?? 0) > 1e-6 || Math.abs(c ?? 0) > 1e-6 || a <= 0 || d <= 0) return [];
  return [{ str: item.str, x, y, width: item.width, size: d }];
}

/** pdf.js's exceptions by name, in the reader's words (their messages can quote the file). */
function describe(e: unknown): string {
  const name = (e as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return PDF_PROBLEMS.encrypted;
  return PDF_PROBLEMS.damaged;
}
