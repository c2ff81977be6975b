// letter-review: the command-line twin of the extension. Checks letters and prints findings as
// `path:line:col: severity code message` (1-based) or as JSON (0-based LSP ranges).
import { LineIndex, fileReport, reviewText } from '../core';
import type { FileReport, Finding, Letter } from '../core';
import type { PageSpan } from '../pdf/protocol';
import { USAGE, parseArgs } from './args';
import type { CliOptions } from './args';
import { LETTER_EXTENSIONS, findTargets, readLetterFile } from './files';
import type { Target } from './files';
import { isPdfName, pagesOf, readPdfLetter } from './pdf';
import type { PdfLetterResult } from './pdf';

declare const LETTER_REVIEW_VERSION: string | undefined;

interface Totals {
  files: number;
  errors: number;
  warnings: number;
  others: number;
  failures: number;
  /** Folders named or searched that hold no letter. */
  foldersWithoutLetters: number;
}

export async function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    out(USAGE + '\n');
    return 0;
  }
  if (parsed.kind === 'version') {
    out(`${typeof LETTER_REVIEW_VERSION === 'string' ? LETTER_REVIEW_VERSION : 'dev'}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    // One line, as compilers print usage errors; the full usage is one --help away.
    err(`letter-review: ${parsed.message} (letter-review --help for usage)\n`);
    return 2;
  }
  return check(parsed.options, out, err);
}

/**
 * Output is gathered into chunks of about this many characters, one write each rather than one
 * per file, and goes out at least this often, so a terminal still sees findings as they come.
 */
const CHUNK = 1 << 16;
const FLUSH_MS = 100;

class ChunkedOutput {
  private pending = '';
  private flushBy = Date.now() + FLUSH_MS;

  constructor(private readonly out: (s: string) => void) {}

  write(s: string): void {
    this.pending += s;
  }

  /** Whether enough is gathered, or has waited long enough, to go out. */
  due(): boolean {
    return this.pending.length >= CHUNK || (this.pending !== '' && Date.now() >= this.flushBy);
  }

  flush(): void {
    if (this.pending) this.out(this.pending);
    this.pending = '';
    this.flushBy = Date.now() + FLUSH_MS;
  }
}

/** One run over the files named: what it prints, and what it counts for the summary and exit status. */
class Run {
  readonly totals: Totals = { files: 0, errors: 0, warnings: 0, others: 0, failures: 0, foldersWithoutLetters: 0 };
  /** Folders searched, with how many of their files read as letters: a folder with none is reported. */
  readonly folders = new Map<string, { candidates: number; letters: number }>();
  private readonly json: boolean;
  private first = true;

  constructor(
    private readonly options: CliOptions,
    readonly output: ChunkedOutput,
    private readonly err: (s: string) => void,
  ) {
    this.json = options.format === 'json';
  }

  /** Streamed in chunks so a large folder never sits in memory as one string. */
  private emitJson(report: FileReport): void {
    // Typed as FileReport; test/cli validates the output against CliJsonSchema, so no per-file parse here.
    this.output.write(`${this.first ? '[\n' : ',\n'}${JSON.stringify(report)}`);
    this.first = false;
  }

  fail(file: string, message: string): void {
    this.totals.failures++;
    this.report(file, message);
  }

  /** A folder with no letter in it: said plainly, and not counted as a file not checked. */
  noLetters(folder: string, candidates: number): void {
    this.totals.foldersWithoutLetters++;
    this.report(folder, noLettersMessage(candidates));
  }

  private report(file: string, message: string): void {
    // What was printed before this file goes out first, so stdout and stderr interleave as they happen.
    this.output.flush();
    this.err(`${file}: error: ${message}\n`);
    if (this.json) this.emitJson({ file, letter: null, findings: [], error: message });
  }

  async checkTarget(target: Target): Promise<void> {
    if ('emptyFolder' in target) return this.noLetters(target.emptyFolder, 0);
    const folder = 'folder' in target && target.folder !== undefined ? target.folder : null;
    if (folder !== null) {
      const f = this.folders.get(folder) ?? { candidates: 0, letters: 0 };
      f.candidates++;
      this.folders.set(folder, f);
    }
    if ('error' in target) return this.fail(target.file, target.error);
    const read: PdfLetterResult | ReturnType<typeof readLetterFile> = isPdfName(target.file)
      ? await readPdfLetter(target.file, target.explicit, this.options.pdfTimeLimit)
      : readLetterFile(target.file, target.explicit);
    if ('skip' in read) return;
    if ('error' in read) return this.fail(target.file, read.error);
    this.totals.files++;
    if (folder !== null) this.folders.get(folder)!.letters++;
    let review;
    try {
      review = reviewText(read.text, this.options.rules);
    } catch (e) {
      // The engine is built never to throw; if it does, say so plainly and go on.
      return this.fail(target.file, `internal error while checking: ${(e as Error)?.message ?? e}`);
    }
    this.printReview(target.file, read, review.letter, review.findings);
  }

  private printReview(file: string, read: { text: string; pages?: PageSpan[] }, letter: Letter, findings: readonly Finding[]): void {
    const t = this.totals;
    for (const f of findings) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else t.others++;
    }
    // Line starts are worked out only for a letter with something to place.
    const lines = findings.length > 0 ? new LineIndex(read.text) : null;
    // A PDF letter's findings also say their page (text: p2:14:1, line within the page; JSON: "page").
    const pages = lines ? pagesOf(read) : undefined;
    if (this.json) {
      this.emitJson(fileReport(file, letter, findings, lines ?? read.text, pages));
    } else if (lines) {
      for (const f of findings) {
        const p = lines.positionAt(f.span.start);
        const at = pages ? pages.label(f.span.start) : `${p.line + 1}:${p.character + 1}`;
        this.output.write(`${file}:${at}: ${f.severity} ${f.code} ${f.message}\n`);
      }
    }
  }

  finish(): void {
    for (const [folder, f] of this.folders) {
      if (f.letters === 0) this.noLetters(folder, f.candidates);
    }
    this.output.write(this.json ? (this.first ? '[]\n' : '\n]\n') : summaryLine(this.totals));
    this.output.flush();
  }
}

async function check(options: CliOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const run = new Run(options, new ChunkedOutput(out), err);
  for (const target of await findTargets(options.paths)) {
    if (run.output.due()) {
      run.output.flush();
      // Back to the event loop between chunks, so a closed pipe (`| head`) is noticed and ends the run.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await run.checkTarget(target);
  }
  run.finish();
  if (run.totals.failures > 0 || run.totals.foldersWithoutLetters > 0) return 2;
  return run.totals.errors > 0 ? 1 : 0;
}

function summaryLine(t: Totals): string {
  const n = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  const failed = t.failures > 0 ? `, ${n(t.failures, 'file')} not checked` : '';
  const empty = t.foldersWithoutLetters > 0 ? `, ${n(t.foldersWithoutLetters, 'folder')} without letters` : '';
  // Each file and folder that gave no letter has had its line on stderr.
  if (t.files === 0) return '\nNo letters checked.\n';
  const parts = [n(t.errors, 'error'), n(t.warnings, 'warning'), `${t.others} information/hint`];
  return `\n${n(t.files, 'letter')} checked: ${parts.join(', ')}${failed}${empty}\n`;
}

/** Why a folder holds no letter: no file of a letter's kind, or none that reads as one. */
function noLettersMessage(candidates: number): string {
  const kinds = LETTER_EXTENSIONS.join(', ').replace(/, (?=[^,]*$)/, ' or ');
  if (candidates === 0) return `no letters in this folder: it holds no ${kinds} file`;
  if (candidates === 1) return `no letters in this folder: its one ${kinds} file does not read as a letter`;
  return `no letters in this folder: none of its ${candidates} ${kinds} files reads as a letter`;
}

if (require.main === module) {
  // Output goes through one buffered writer per stream; write errors (a closed pipe) end quietly.
  process.stdout.on('error', () => process.exit(process.exitCode ?? 0));
  run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`letter-review: internal error: ${(e as Error)?.message ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
