// The letter service: the one place a letter is reviewed, whatever shows it. Given a document
// (uri, version, text) it returns one review per document version and settings generation, made
// once and cached; when the review a letter shows changes, it fires one event, and every view (the
// Problems view, the status bar, the statistics panel, the folder summary) follows that event. Editor
// features (hover, outline, folding) ask for the current version's review and share the same cache,
// so a keystroke costs one parse. Letters on disk come in through an injected LetterFileSystem
// (see folder.ts). Host-neutral, after vscode-markdown-languageservice's createLanguageService: the
// extension adapts it to VS Code; tests drive it with a counting engine and an in-memory folder.
import { Emitter } from './event';
import type { CancellationToken, Disposable, Event } from './event';
import type { LetterFileSystem } from './fileSystem';
import { FolderReview } from './folder';
import type { FileOutcome, FilesResult, FolderOptions, FolderResult } from './folder';
import { LetterSet } from './letterSet';
import type { OfficialTable } from './letterSet';
import { readLetterText } from './letterText';
import type { PdfTextReader } from './letterText';
import { CORE_ENGINE, reviewLetter, SLOW_CHECK_MS, tooLargeFile, unreadableFile } from './review';
import type { LetterDocument, LetterEngine, LetterReview } from './review';
import type { LineIndex } from '../core';
import type { LetterReviewSettings } from './settings';
import type { PageSpan } from '../pdf/protocol';

export interface LetterServiceHost {
  /** The validated settings that apply to the letter at `uri` (a folder's own settings in a multi-root workspace). */
  settingsFor(uri: string): LetterReviewSettings;
  /** The letter's path as `letterReview.ignore` names it: workspace-relative, forward slashes. */
  relativePath(uri: string): string;
  /** Where letters on disk are found and read; needed only by `reviewFile` and `reviewFolder`. */
  fileSystem?: LetterFileSystem;
  /** Reads PDF letters' text (started on the first PDF); without it a PDF on disk is reported as unreadable. */
  pdfReader?: PdfTextReader;
  /** Where a PDF letter's pages start, for a document that does not say (an editor's letter text of a PDF). */
  pagesOf?(uri: string): readonly PageSpan[] | undefined;
  /** The engine; the core's by default (tests count its calls). */
  engine?: LetterEngine;
  /** Told when the engine threw on a letter (it never should). */
  logError?(message: string): void;
  /** Milliseconds, for timing checks and the time limit; performance.now by default (Date.now's whole milliseconds would let a short limit pass unseen). */
  now?(): number;
}

export class LetterService implements Disposable {
  /** Per URI, the newest review made (of any version): the cache. */
  private readonly latest = new Map<string, LetterReview>();
  /** Per URI, the review the views show: the last one checked (`check`, `reviewFile`). */
  private readonly shown = new Map<string, LetterReview>();
  /** Letters open in an editor: their editor text wins over the file on disk. */
  private readonly open = new Set<string>();
  private generation = 0;
  private readonly changed = new Emitter<readonly string[]>();
  /** While a batch runs: the letters whose shown review changed, told when it ends. */
  private pending: Set<string> | undefined;
  private readonly folder: FolderReview;
  private readonly engine: LetterEngine;
  private readonly now: () => number;
  /** The checks over letters read together, and what they add to each letter shown. */
  private readonly set: LetterSet;

  /**
   * Fires with the URIs whose shown review changed, or that are no longer shown: one URI for a letter
   * checked as it is typed, up to a batch of them while a folder is read.
   */
  readonly onDidChange: Event<readonly string[]> = this.changed.event;

  constructor(private readonly host: LetterServiceHost) {
    this.engine = host.engine ?? CORE_ENGINE;
    this.now = host.now ?? (() => performance.now());
    this.folder = new FolderReview(host.fileSystem, {
      settingsFor: (uri) => host.settingsFor(uri),
      isOpen: (uri) => this.open.has(uri),
      check: (document) => this.check(document),
      tooLarge: (uri, bytes, settings) => this.show(tooLargeFile(uri, bytes, settings, this.generation)),
      readText: async (uri, bytes, settings) => {
        const read = await readLetterText(uri, bytes, settings, host.pdfReader);
        if (!('unreadable' in read)) return read;
        // One message per file that cannot be read; the folder's other files are still checked.
        if (!this.open.has(uri)) this.show(unreadableFile(uri, read.unreadable, this.generation));
        return null;
      },
      forget: (uri) => this.forget(uri),
      current: (uri) => this.current(uri),
      all: () => this.all(),
      batch: (fn) => this.batch(fn),
      now: this.now,
    });
    this.set = new LetterSet({
      settingsFor: (uri) => host.settingsFor(uri),
      relativePath: (uri) => host.relativePath(uri),
      shown: () => this.shown.values(),
      changed: (uri) => this.tell(uri),
    });
  }

  /** The review of this document version: from the cache, or made now. Views are not told. */
  review(document: LetterDocument): LetterReview {
    const cached = this.latest.get(document.uri);
    if (cached && cached.generation === this.generation && cached.version === document.version) {
      // A file read from disk has no version: the same text is the same review.
      if (document.version !== null || (cached.kind === 'checked' && cached.text === document.text)) return cached;
    }
    const settings = this.host.settingsFor(document.uri);
    const pages = document.pages ?? this.host.pagesOf?.(document.uri);
    const review = reviewLetter(pages ? { uri: document.uri, version: document.version, text: document.text, pages } : document, {
      settings,
      relativePath: this.host.relativePath(document.uri),
      engine: this.engine,
      generation: this.generation,
      now: this.now,
    });
    if (review.kind === 'failed') this.host.logError?.(`checking ${document.uri} failed: ${review.error}`);
    this.latest.set(document.uri, review);
    return review;
  }

  /**
   * The review for an editor feature (hover, outline, folding): made now unless the letter is slow to
   * check (then it is checked on open and save only, and only a review already made of this version is given).
   */
  reviewUnlessSlow(document: LetterDocument): LetterReview | undefined {
    const cached = this.latest.get(document.uri);
    const fresh = cached && cached.generation === this.generation && cached.version === document.version && document.version !== null;
    if (!fresh && this.isSlow(document.uri)) return undefined;
    return this.review(document);
  }

  /** Reviews the document (or takes its cached review) and shows it: the views are told. */
  check(document: LetterDocument): LetterReview {
    if (document.version !== null) this.open.add(document.uri);
    const review = this.review(document);
    this.show(review);
    return review;
  }

  /** The review the views show for `uri`, with the findings of the letters read together. */
  current(uri: string): LetterReview | undefined {
    const review = this.shown.get(uri);
    return review && this.set.withFindings(review);
  }

  /** Every review shown: open letters and the letters a folder check read. */
  all(): LetterReview[] {
    return [...this.shown.values()].map((r) => this.set.withFindings(r));
  }

  /**
   * The official figures to compare every letter with (`letterReview.officialFigures`), or null; `lines`
   * places the related location of a finding in the file's text.
   */
  setOfficialFigures(official: OfficialTable | null): void {
    this.set.setOfficial(official);
  }

  /** The line index of a file a finding's related location points into: a letter shown, or the official figures. */
  linesOf(file: string): LineIndex | undefined {
    const review = this.current(file);
    return review?.kind === 'checked' ? review.lines : this.set.officialLines(file);
  }

  /** Whether checking the letter at `uri` took longer than SLOW_CHECK_MS last time. */
  isSlow(uri: string): boolean {
    const last = this.latest.get(uri);
    return last?.kind === 'checked' && last.checkMs > SLOW_CHECK_MS;
  }

  /** Whether `uri` is open in an editor (checked with a version, not closed since). */
  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  /** The letter's editor closed: its review goes, and a letter the folder check found is read from disk again. */
  close(uri: string): void {
    this.open.delete(uri);
    this.forget(uri);
    if (this.folder.tracks(uri)) void this.reviewFile(uri);
  }

  /** Drops the letter's reviews; the views are told if one was shown. */
  forget(uri: string): void {
    this.latest.delete(uri);
    if (this.shown.delete(uri)) {
      this.tell(uri);
      this.set.schedule();
    }
  }

  /**
   * The settings changed: every review made before is stale. The host checks its open letters again
   * (with their current text); the letters a folder check read are read again here.
   */
  settingsChanged(): void {
    this.generation++;
    this.folder.refresh();
  }

  /** Reads and reviews one file from disk, shows its review, and keeps it current as a folder letter. */
  async reviewFile(uri: string, token?: CancellationToken): Promise<FileOutcome> {
    return (await this.folder.reviewFiles([uri], { token })).letters === 1 ? 'letter' : 'not a letter';
  }

  /** Reads and reviews files from disk (changed on disk, a burst at a time), in batches as reviewFolder does. */
  reviewFiles(uris: readonly string[], options: FolderOptions = {}): Promise<FilesResult> {
    return this.folder.reviewFiles(uris, options);
  }

  /** Finds the letters among the folder's candidate files, reviews and shows each. */
  async reviewFolder(options: FolderOptions = {}): Promise<FolderResult> {
    // From now on the letters shown are read together; the set is checked once the folder is read.
    const result = await this.set.whileReading(() => this.folder.reviewFolder(options));
    return { ...result, reviews: result.reviews.map((r) => this.set.withFindings(r)) };
  }

  /** A file of the folder was deleted. */
  fileDeleted(uri: string): void {
    this.folder.untrack(uri);
  }

  dispose(): void {
    this.changed.dispose();
    this.latest.clear();
    this.shown.clear();
  }

  private show(review: LetterReview): void {
    if (this.shown.get(review.uri) === review) return;
    this.shown.set(review.uri, review);
    this.tell(review.uri);
    this.set.schedule();
  }

  /** Runs `fn`, telling the views once, afterwards, of every review it showed or dropped. */
  private batch(fn: () => void): void {
    if (this.pending) return fn();
    const pending = (this.pending = new Set());
    try {
      fn();
    } finally {
      this.pending = undefined;
      if (pending.size > 0) this.changed.fire([...pending]);
    }
  }

  private tell(uri: string): void {
    if (this.pending) this.pending.add(uri);
    else this.changed.fire([uri]);
  }
}
