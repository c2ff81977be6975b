// letter-review: the command-line twin of the extension. Checks letters, alone and together, and
// prints findings as `path:line:col: severity code message` (1-based), as JSON (0-based LSP ranges)
// or as a CSV table of the letters (src/cli/report.ts).
import { TimeLimitReached, deadlineAfter, letterForSet, reviewText, summarizeLetter, timeLimitMessage } from '../core';
import type { PageSpan } from '../pdf/protocol';
import { USAGE, parseArgs } from './args';
import type { CliOptions } from './args';
import { LETTER_EXTENSIONS, findTargets, readLetterFile } from './files';
import type { Target } from './files';
import { checkTogether, fileLocator } from './letterSet';
import type { CheckedLetter, OfficialText } from './letterSet';
import { loadOfficialFigures } from './official';
import { isPdfName, readPdfLetter } from './pdf';
import type { PdfLetterResult } from './pdf';
import { ReportPrinter } from './report';

declare const LETTER_REVIEW_VERSION: string | undefined;

/**
 * The command line, in-process. `clock` (milliseconds) is what the time limit is read on; tests pass
 * one that moves on its own, so a cut-off never depends on how fast the machine is.
 */
export async function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void, clock?: () => number): Promise<number> {
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
  return check(parsed.options, out, err, clock);
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

  /** When due, flushes and goes back to the event loop, so a closed pipe (`| head`) is noticed and ends the run. */
  async yieldWhenDue(): Promise<void> {
    if (!this.due()) return;
    this.flush();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** One run over the files named: the letters it reads, and what it counts for the summary and exit status. */
class Run {
  /** Folders searched, with how many of their files read as letters: a folder with none is reported. */
  readonly folders = new Map<string, { candidates: number; letters: number }>();
  /** Letters checked, and files that could not be, in the order they are listed. */
  private readonly entries: (CheckedLetter | { file: string; error: string })[] = [];
  readonly printer: ReportPrinter;

  constructor(
    private readonly options: CliOptions,
    readonly output: ChunkedOutput,
    private readonly err: (s: string) => void,
    private readonly clock: (() => number) | undefined,
  ) {
    this.printer = new ReportPrinter(options.format, (s) => output.write(s));
  }

  fail(file: string, message: string): void {
    this.printer.totals.failures++;
    this.report(file, message);
  }

  /** A folder with no letter in it: said plainly, and not counted as a file not checked. */
  noLetters(folder: string, candidates: number): void {
    this.printer.totals.foldersWithoutLetters++;
    this.report(folder, noLettersMessage(candidates));
  }

  private report(file: string, message: string): void {
    // What was printed before this file goes out first, so stdout and stderr interleave as they happen.
    this.output.flush();
    this.err(`${file}: error: ${message}\n`);
    this.entries.push({ file, error: message });
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
      ? await readPdfLetter(target.file, target.explicit, this.options.timeLimit)
      : readLetterFile(target.file, target.explicit);
    if ('skip' in read) return;
    if ('error' in read) return this.fail(target.file, read.error);
    // A letter of its folder, even if its check is cut off below; counted as checked only once it is.
    if (folder !== null) this.folders.get(folder)!.letters++;
    let review;
    try {
      review = reviewText(read.text, this.options.rules, { deadline: deadlineAfter(this.options.timeLimit * 1000, this.clock) });
    } catch (e) {
      if (e instanceof TimeLimitReached) return this.fail(target.file, timeLimitMessage('checking the letter', e.limitMs, '--time-limit'));
      // The engine is built never to throw; if it does, say so plainly and go on.
      return this.fail(target.file, `internal error while checking: ${(e as Error)?.message ?? e}`);
    }
    this.printer.totals.files++;
    const pages = (read as { pages?: PageSpan[] }).pages;
    const summary = this.options.format === 'text' ? null : summarizeLetter(review.letter);
    this.entries.push({ file: target.file, text: read.text, ...(pages ? { pages } : {}), letter: letterForSet(review.letter), summary, findings: review.findings });
  }

  /** Checks the letters together, then prints every file, giving way to the event loop between chunks. */
  async finish(official: OfficialText | null): Promise<void> {
    for (const [folder, f] of this.folders) {
      if (f.letters === 0) this.noLetters(folder, f.candidates);
    }
    const letters = this.entries.filter((e): e is CheckedLetter => 'letter' in e);
    checkTogether(letters, this.options.rules, official);
    const elsewhere = fileLocator(letters, official);
    for (const entry of this.entries) {
      if ('letter' in entry) this.printer.letter(entry, elsewhere);
      else this.printer.failure(entry.file, entry.error);
      await this.output.yieldWhenDue();
    }
    this.printer.end();
    this.output.flush();
  }
}

async function check(options: CliOptions, out: (s: string) => void, err: (s: string) => void, clock: (() => number) | undefined): Promise<number> {
  const run = new Run(options, new ChunkedOutput(out), err, clock);
  let official: OfficialText | null = null;
  let officialFailed = false;
  if (options.official !== undefined) {
    const loaded = loadOfficialFigures(options.official, options.timeLimit, clock);
    if ('error' in loaded) err(`${loaded.error}; the letters are checked without them\n`);
    else official = loaded;
    officialFailed = 'error' in loaded;
  }
  for (const target of await findTargets(options.paths)) {
    await run.output.yieldWhenDue();
    await run.checkTarget(target);
  }
  await run.finish(official);
  const totals = run.printer.totals;
  if (totals.failures > 0 || totals.foldersWithoutLetters > 0 || officialFailed) return 2;
  return totals.errors > 0 ? 1 : 0;
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
