// Every reason a PDF is not checked, in the words the CLI prints and VS Code shows: one message
// each, never the PDF library's own (which can quote the file's bytes), never a stack trace.

/** A real letter is a few pages; past this many the file is not a letter, and reading it would take long. */
export const MAX_PAGES = 100;
/** A letter's PDF is well under a megabyte; this leaves room for scans and embedded fonts. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;
/** As much text as the largest file the extension checks (letterReview.maxFileSize's default). */
export const MAX_TEXT_CHARS = 5 * 1024 * 1024;
/** Seconds a PDF may take to read before it is given up on, unless the user sets another limit. */
export const DEFAULT_TIME_LIMIT_SECONDS = 10;
/** An hour: longer than any PDF letter could need, short enough that a forgotten read ends. */
export const MAX_TIME_LIMIT_SECONDS = 3600;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const PDF_PROBLEMS = {
  empty: 'empty file, nothing to check',
  notPdf: 'not a PDF: the file is named .pdf but does not start as a PDF does',
  truncated: 'the PDF is cut short (its end is missing): a download that did not finish?',
  damaged: 'the PDF is damaged and cannot be read',
  partlyDamaged: 'the PDF is damaged: part of it cannot be read, so its text would be incomplete',
  encrypted: 'encrypted: the PDF needs a password to open; check a copy saved without one',
  noText: 'no text layer: a scanned letter? run OCR first',
  crashed: 'the PDF reader stopped unexpectedly on this file',
  outOfMemory: 'the PDF needs more memory to read than any letter would',
  noReader: 'the PDF reader (pdf-reader.js) could not be started: install the extension again',
  tooLarge: (bytes: number): string => `a PDF of ${(bytes / (1024 * 1024)).toFixed(0)} MB is too large for a letter (at most ${MAX_PDF_BYTES / (1024 * 1024)} MB are read)`,
  tooManyPages: (pages: number): string => `a PDF of ${plural(pages, 'page')} is too long for a letter (at most ${MAX_PAGES} pages are read)`,
  tooMuchText: `the PDF holds more text than any letter (over ${MAX_TEXT_CHARS / (1024 * 1024)} MB)`,
  badPage: (page: number): string => `the PDF is damaged: page ${page} cannot be read`,
  timeLimit: (seconds: number, setting: string): string => `reading the PDF took longer than the time limit of ${plural(seconds, 'second')} (${setting})`,
} as const;
