// Letters on disk: "Check All Letters in Workspace" and whatever reviews a whole folder (the folder
// summary). Finds the candidate files through the host's LetterFileSystem, reads and tells letters
// from other files by the same detection as the editor, and hands each to the letter service, which
// reviews and shows it. Files found to be letters stay tracked: the host reports their changes
// (reviewFiles) and deletions (untrack), and a settings change reads them again.
//
// Speed (issue 18): in VS Code each stat and read is a round trip through workspace.fs, and each
// review shown is a message to the workbench (Problems view, status bar, panel). So files are read in
// batches of BATCH_SIZE at once; the views hear of a batch's reviews in one event; progress goes out
// at most every PROGRESS_INTERVAL_MS; the event loop is given back between batches, so the editor's
// own checks (typing) and a cancel get in; and a file whose size and modification time are those of
// its last review is not read again (nor is it when the watcher reports the folder check's own reads).
import { isLetterFile } from './detection';
import type { CancellationToken } from './event';
import type { FileStat, LetterFileSystem } from './fileSystem';
import { fileNameOf } from './fileSystem';
import type { LetterDocument, LetterReview } from './review';
import type { LetterReviewSettings } from './settings';

/** Most files one folder check reads; a workspace with more is a corpus, better served by the CLI. */
export const MAX_FILES = 5000;
/** Files read at once. Enough to hide each read's round trip; few enough that a batch is quick. */
export const BATCH_SIZE = 32;
/**
 * The longest the extension host's thread is held by reviews before the event loop gets a turn: well
 * inside an open letter's 150 ms pause and the 200 ms a Cancel may take. A batch of 32 letters took up
 * to 200–390 ms on a loaded machine (npm run bench, "Responsiveness"), so batches are applied in slices.
 */
const SLICE_MS = 40;
/** Progress goes out at most this often: each report is a message the workbench redraws. */
export const PROGRESS_INTERVAL_MS = 100;

/** What reviewing one file came to. */
export type FileOutcome = 'letter' | 'not a letter';

export interface FolderProgress {
  /** Files done so far. */
  done: number;
  total: number;
}

export interface FolderOptions {
  token?: CancellationToken;
  /** Called before the first batch, then at most every PROGRESS_INTERVAL_MS. */
  progress?: (p: FolderProgress) => void;
}

/** What reading a list of files came to. */
export interface FilesResult {
  /** Files done before the check ended (all of them unless cancelled). */
  done: number;
  /** Letters among them: checked, or too large to check. */
  letters: number;
  /** Files not read again: unchanged since their last review. */
  unchanged: number;
}

export interface FolderResult extends FilesResult {
  /** Candidate files found (at most MAX_FILES). */
  files: number;
  cancelled: boolean;
  /** More than MAX_FILES candidates: only the first MAX_FILES were read. */
  capped: boolean;
  /** The reviews shown for the folder's letters and the open letters, after the check. */
  reviews: LetterReview[];
}

/** What the folder review needs of the letter service. */
export interface FolderHost {
  settingsFor(uri: string): LetterReviewSettings;
  isOpen(uri: string): boolean;
  check(document: LetterDocument): LetterReview;
  tooLarge(uri: string, bytes: number, settings: LetterReviewSettings): void;
  /** A file's letter text (a PDF's text layer, see letterText.ts); null when unreadable (the host shows why). */
  readText(uri: string, bytes: Uint8Array, settings: LetterReviewSettings): Promise<Pick<LetterDocument, 'text' | 'pages'> | null>;
  forget(uri: string): void;
  /** The review shown for `uri`. */
  current(uri: string): LetterReview | undefined;
  /** Every review shown. */
  all(): LetterReview[];
  /** Runs `fn`; the views hear once, afterwards, of every review it showed or dropped. */
  batch(fn: () => void): void;
  now(): number;
}

/** A file read (or found unchanged), to be shown with the rest of its batch. */
interface Step {
  unchanged?: boolean;
  apply(): FileOutcome;
}

/** A file named as a letter (`.letter`) is reported as too large without being read; others stay unknown. */
const LETTER_BY_NAME = /\.letter$/i;

/** Lets timers, typing and a cancel in between batches (setTimeout: there is no setImmediate in a browser). */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class FolderReview {
  /** Files a folder check found to be letters, kept current while not open in an editor. */
  private readonly tracked = new Set<string>();
  /** Per file, its size and time at its last review and what it was: unchanged, it is not read again. */
  private readonly seen = new Map<string, { size: number; mtime: number; outcome: FileOutcome }>();

  constructor(
    private readonly fs: LetterFileSystem | undefined,
    private readonly host: FolderHost,
  ) {}

  tracks(uri: string): boolean {
    return this.tracked.has(uri);
  }

  async reviewFolder(options: FolderOptions): Promise<FolderResult> {
    const found = await this.fileSystem().findCandidates(MAX_FILES + 1, options.token);
    const files = found.slice(0, MAX_FILES);
    const result = await this.reviewFiles(files, options);
    const reviews = this.host.all().filter((r) => this.tracked.has(r.uri) || this.host.isOpen(r.uri));
    return { files: files.length, ...result, cancelled: options.token?.isCancellationRequested === true, capped: found.length > MAX_FILES, reviews };
  }

  /**
   * Reads and reviews the files in batches; an open letter is left to its editor. The next batch is
   * read while this one is reviewed, so the reads' round trips overlap the reviews. A batch read but
   * not applied (cancelled) is dropped: reading shows nothing but an unreadable PDF's own message.
   */
  async reviewFiles(uris: readonly string[], options: FolderOptions = {}): Promise<FilesResult> {
    const { token, progress } = options;
    const result: FilesResult = { done: 0, letters: 0, unchanged: 0 };
    const readBatch = (start: number): Promise<Step[]> => Promise.all(uris.slice(start, start + BATCH_SIZE).map((uri) => this.read(uri, token)));
    let reportedAt = -Infinity;
    let reading = uris.length > 0 ? readBatch(0) : undefined;
    for (let start = 0; reading; start += BATCH_SIZE) {
      if (progress && this.host.now() - reportedAt >= PROGRESS_INTERVAL_MS) {
        progress({ done: result.done, total: uris.length });
        reportedAt = this.host.now();
      }
      const steps = await reading;
      if (token?.isCancellationRequested) break;
      reading = start + BATCH_SIZE < uris.length ? readBatch(start + BATCH_SIZE) : undefined;
      const applied = await this.applyInSlices(steps, result, token);
      result.done += applied;
      if (applied < steps.length) break;
      if (start + BATCH_SIZE < uris.length) await yieldToEventLoop();
    }
    return result;
  }

  /**
   * Reviews a batch's files, giving the event loop a turn whenever SLICE_MS have passed, so an open
   * letter's own check and a Cancel get in during a batch too (one view event per slice). Returns
   * how many were applied: fewer than all when cancelled (the rest are read again next time).
   */
  private async applyInSlices(steps: readonly Step[], result: FilesResult, token: CancellationToken | undefined): Promise<number> {
    let next = 0;
    while (next < steps.length) {
      const sliceStart = this.host.now();
      this.host.batch(() => {
        do {
          const step = steps[next++]!;
          if (step.apply() === 'letter') result.letters++;
          if (step.unchanged) result.unchanged++;
        } while (next < steps.length && this.host.now() - sliceStart < SLICE_MS);
      });
      if (next === steps.length) break;
      await yieldToEventLoop();
      if (token?.isCancellationRequested) break;
    }
    return next;
  }

  /** The file is gone or no longer a letter: its review goes too, unless an editor has it open. */
  untrack(uri: string): void {
    this.seen.delete(uri);
    if (this.tracked.delete(uri) && !this.host.isOpen(uri)) this.host.forget(uri);
  }

  /** Reads every tracked file again (settings changed: what was seen was judged under the old ones). */
  refresh(): void {
    this.seen.clear();
    void this.reviewFiles([...this.tracked]);
  }

  private async read(uri: string, token: CancellationToken | undefined): Promise<Step> {
    if (this.host.isOpen(uri)) return { apply: () => this.keep(uri) };
    const settings = this.host.settingsFor(uri);
    try {
      const stat = await this.fileSystem().stat(uri);
      if (stat.type === 'directory' || token?.isCancellationRequested) return { apply: () => 'not a letter' };
      const seen = this.seen.get(uri);
      if (seen && seen.size === stat.size && seen.mtime === stat.mtime && this.stillShown(uri, seen.outcome)) {
        return { unchanged: true, apply: () => seen.outcome };
      }
      if (stat.size > settings.maxFileSize) return { apply: () => this.tooLarge(uri, stat, settings) };
      // The one place a file's bytes become the text reviewed (a PDF's through its reader); a PDF that
      // cannot be read is kept (the host shows why), so a settings change reads it again.
      const read = await this.host.readText(uri, await this.fileSystem().readFile(uri), settings);
      return { apply: () => (read === null ? this.keep(uri) : this.review(uri, stat, read, settings)) };
    } catch {
      // Unreadable or deleted since it was found: nothing to report.
      return { apply: () => this.gone(uri) };
    }
  }

  private review(uri: string, stat: FileStat, read: Pick<LetterDocument, 'text' | 'pages'>, settings: LetterReviewSettings): FileOutcome {
    const { text, pages } = read;
    // Opened while it was being read: the editor's text wins.
    if (this.host.isOpen(uri)) return this.keep(uri);
    if (!isLetterFile(fileNameOf(uri), text, settings.detect)) {
      this.untrack(uri);
      return this.remember(uri, stat, 'not a letter');
    }
    this.tracked.add(uri);
    this.host.check({ uri, version: null, text, pages });
    return this.remember(uri, stat, 'letter');
  }

  private tooLarge(uri: string, stat: FileStat, settings: LetterReviewSettings): FileOutcome {
    // Unread, so unknown whether it is a letter; only a file named as a letter is reported.
    if (!LETTER_BY_NAME.test(fileNameOf(uri)) && !this.tracked.has(uri)) return this.remember(uri, stat, 'not a letter');
    this.tracked.add(uri);
    if (!this.host.isOpen(uri)) this.host.tooLarge(uri, stat.size, settings);
    return this.remember(uri, stat, 'letter');
  }

  private keep(uri: string): FileOutcome {
    this.tracked.add(uri);
    return 'letter';
  }

  private gone(uri: string): FileOutcome {
    this.untrack(uri);
    return 'not a letter';
  }

  private remember(uri: string, stat: FileStat, outcome: FileOutcome): FileOutcome {
    this.seen.set(uri, { size: stat.size, mtime: stat.mtime, outcome });
    return outcome;
  }

  /** Whether what was seen of the file still stands: a letter's review from disk is still shown. */
  private stillShown(uri: string, outcome: FileOutcome): boolean {
    if (outcome === 'not a letter') return !this.tracked.has(uri);
    return this.tracked.has(uri) && this.host.current(uri)?.version === null;
  }

  private fileSystem(): LetterFileSystem {
    if (!this.fs) throw new Error('the letter service was given no file system to read folders with');
    return this.fs;
  }
}
