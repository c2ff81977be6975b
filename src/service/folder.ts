// Letters on disk: "Check All Letters in Workspace" and whatever reviews a whole folder (the folder
// summary). Finds the candidate files through the host's LetterFileSystem, reads and tells letters
// from other files by the same detection as the editor, and hands each to the letter service, which
// reviews and shows it. Files found to be letters stay tracked: the host reports their changes
// (reviewFile) and deletions (untrack), and a settings change reads them again.
// Where the speed work of a large folder goes: reading in bounded parallel batches, skipping a file
// whose stat (size, mtime) is unchanged since its last review, batching what the views are told.
import { isLetterFile } from './detection';
import type { CancellationToken } from './event';
import type { LetterFileSystem } from './fileSystem';
import { fileNameOf } from './fileSystem';
import type { LetterDocument, LetterReview } from './review';
import type { LetterReviewSettings } from './settings';

/** Most files one folder check reads; a workspace with more is a corpus, better served by the CLI. */
export const MAX_FILES = 5000;

/** What reviewing one file came to. */
export type FileOutcome = 'letter' | 'not a letter';

export interface FolderProgress {
  /** Files done so far, before this one. */
  done: number;
  total: number;
  /** The file about to be read. */
  uri: string;
}

export interface FolderOptions {
  token?: CancellationToken;
  /** Called before each file. */
  progress?: (p: FolderProgress) => void;
}

export interface FolderResult {
  /** Candidate files found (at most MAX_FILES). */
  files: number;
  /** Files done before the check ended (all of them unless cancelled). */
  done: number;
  /** Letters among them: checked, or too large to check. */
  letters: number;
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
  /** Every review shown. */
  all(): LetterReview[];
}

/** A file named as a letter (`.letter`) is reported as too large without being read; others stay unknown. */
const LETTER_BY_NAME = /\.letter$/i;

export class FolderReview {
  /** Files a folder check found to be letters, kept current while not open in an editor. */
  private readonly tracked = new Set<string>();

  constructor(
    private readonly fs: LetterFileSystem | undefined,
    private readonly host: FolderHost,
  ) {}

  tracks(uri: string): boolean {
    return this.tracked.has(uri);
  }

  async reviewFolder(options: FolderOptions): Promise<FolderResult> {
    const { token, progress } = options;
    const found = await this.fileSystem().findCandidates(MAX_FILES + 1, token);
    const files = found.slice(0, MAX_FILES);
    let letters = 0;
    let done = 0;
    for (const uri of files) {
      if (token?.isCancellationRequested) break;
      progress?.({ done, total: files.length, uri });
      if ((await this.reviewFile(uri, token)) === 'letter') letters++;
      done++;
    }
    const reviews = this.host.all().filter((r) => this.tracked.has(r.uri) || this.host.isOpen(r.uri));
    return { files: files.length, done, letters, cancelled: token?.isCancellationRequested === true, capped: found.length > MAX_FILES, reviews };
  }

  /** Reads and reviews one file; an open letter is left to its editor. */
  async reviewFile(uri: string, token?: CancellationToken): Promise<FileOutcome> {
    if (this.host.isOpen(uri)) {
      this.tracked.add(uri);
      return 'letter';
    }
    const settings = this.host.settingsFor(uri);
    try {
      const stat = await this.fileSystem().stat(uri);
      if (stat.type === 'directory' || token?.isCancellationRequested) return 'not a letter';
      if (stat.size > settings.maxFileSize) {
        // Unread, so unknown whether it is a letter; only a file named as a letter is reported.
        if (!LETTER_BY_NAME.test(fileNameOf(uri)) && !this.tracked.has(uri)) return 'not a letter';
        this.tracked.add(uri);
        if (!this.host.isOpen(uri)) this.host.tooLarge(uri, stat.size, settings);
        return 'letter';
      }
      const read = await this.host.readText(uri, await this.fileSystem().readFile(uri), settings);
      // Opened while it was being read: the editor's text wins.
      if (this.host.isOpen(uri)) return 'letter';
      if (read === null) {
        // A PDF that cannot be read: the host shows why; kept, so a settings change reads it again.
        this.tracked.add(uri);
        return 'letter';
      }
      const { text, pages } = read;
      if (!isLetterFile(fileNameOf(uri), text, settings.detect)) {
        this.untrack(uri);
        return 'not a letter';
      }
      this.tracked.add(uri);
      this.host.check({ uri, version: null, text, pages });
      return 'letter';
    } catch {
      // Unreadable or deleted since it was found: nothing to report.
      this.untrack(uri);
      return 'not a letter';
    }
  }

  /** The file is gone or no longer a letter: its review goes too, unless an editor has it open. */
  untrack(uri: string): void {
    if (this.tracked.delete(uri) && !this.host.isOpen(uri)) this.host.forget(uri);
  }

  /** Reads every tracked file again (settings changed). */
  refresh(): void {
    for (const uri of [...this.tracked]) void this.reviewFile(uri);
  }

  private fileSystem(): LetterFileSystem {
    if (!this.fs) throw new Error('the letter service was given no file system to read folders with');
    return this.fs;
  }
}
