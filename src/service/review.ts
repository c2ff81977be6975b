// One letter's review as every view shows it: the gates (size, binary), the engine's letter and
// findings with the user's rule levels and ignore list applied, its line index and its summary.
// Made once per document version by LetterService; pure, with the engine injected.
import { LineIndex, TimeLimitReached, deadlineAfter, looksBinary, reviewText, summarizeLetter, timeLimitMessage } from '../core';
import { PageIndex } from '../pdf/pages';
import type { PageSpan } from '../pdf/protocol';
import type { Finding, Letter, LetterSummary, ReviewOptions, RulesConfig, Severity } from '../core';
import { countBySeverity, withoutIgnored } from './diagnosticData';
import { exceedsSize, utf8Length } from './fileSize';
import { ignoredCodes } from './ignoreList';
import { TIME_LIMIT_SETTING } from './settings';
import type { LetterReviewSettings } from './settings';

/** A document to review: its URI (as a string), its editor version (null when read from disk), its text. */
export interface LetterDocument {
  uri: string;
  version: number | null;
  text: string;
  /** A PDF letter's pages: where each starts in `text`. */
  pages?: readonly PageSpan[];
}

/** What reads a letter and checks it: the core engine, or a stand-in in tests. */
export interface LetterEngine {
  review(text: string, rules: RulesConfig, options?: ReviewOptions): { letter: Letter; findings: Finding[] };
}

export const CORE_ENGINE: LetterEngine = { review: reviewText };

/**
 * A check runs on the extension host's thread: a letter whose check takes longer than this (a huge
 * file; real letters take a few milliseconds) is checked on open and save only, so typing never stalls.
 */
export const SLOW_CHECK_MS = 300;

interface ReviewOf {
  uri: string;
  /** The editor version reviewed; null when read from disk. */
  version: number | null;
  /** The settings generation it was made under (LetterService.settingsChanged starts a new one). */
  generation: number;
}

export interface CheckedReview extends ReviewOf {
  kind: 'checked';
  text: string;
  letter: Letter;
  /** After the rule levels and the letter's `letterReview.ignore` codes. */
  findings: Finding[];
  lines: LineIndex;
  summary: LetterSummary;
  counts: Record<Severity, number>;
  /** How long parsing and checking took, in milliseconds. */
  checkMs: number;
  /** A PDF letter's pages, to say on which page a finding stands. */
  pages?: PageIndex;
}

/** Not checked: larger than `letterReview.maxFileSize` (UTF-8 bytes, as on disk). */
export interface TooLargeReview extends ReviewOf {
  kind: 'tooLarge';
  bytes: number;
  maxBytes: number;
}

/** Not checked: the text looks binary. */
export interface BinaryReview extends ReviewOf {
  kind: 'binary';
}

/** Not checked: a PDF whose text cannot be read, or a check past the time limit; `reason` says why, in the user's words. */
export interface UnreadableReview extends ReviewOf {
  kind: 'unreadable';
  reason: string;
}

/** The engine threw (it should not): `error` says what; the host logs it. */
export interface FailedReview extends ReviewOf {
  kind: 'failed';
  error: string;
}

export type LetterReview = CheckedReview | TooLargeReview | BinaryReview | UnreadableReview | FailedReview;

export interface ReviewContext {
  settings: LetterReviewSettings;
  /** The letter's path as `letterReview.ignore` names it (workspace-relative, forward slashes). */
  relativePath: string;
  engine: LetterEngine;
  generation: number;
  now: () => number;
}

export function reviewLetter(document: LetterDocument, context: ReviewContext): LetterReview {
  const { uri, version, text } = document;
  const { settings, generation } = context;
  const of: ReviewOf = { uri, version, generation };
  if (exceedsSize(text, settings.maxFileSize)) return { ...of, kind: 'tooLarge', bytes: utf8Length(text), maxBytes: settings.maxFileSize };
  if (looksBinary(text)) return { ...of, kind: 'binary' };
  const started = context.now();
  try {
    const deadline = deadlineAfter(settings.timeLimit * 1000, context.now);
    const { letter, findings: all } = context.engine.review(text, settings.rules, { deadline });
    const findings = withoutIgnored(all, ignoredCodes(settings.ignore, context.relativePath));
    return {
      ...of,
      kind: 'checked',
      text,
      letter,
      findings,
      lines: new LineIndex(text),
      summary: summarizeLetter(letter),
      counts: countBySeverity(findings),
      checkMs: context.now() - started,
      ...(document.pages?.length ? { pages: new PageIndex(text, document.pages) } : {}),
    };
  } catch (e) {
    if (e instanceof TimeLimitReached) return { ...of, kind: 'unreadable', reason: timeLimitMessage('checking the letter', e.limitMs, TIME_LIMIT_SETTING) };
    // The engine never throws on any text; if it ever does, the views say the letter was not checked.
    return { ...of, kind: 'failed', error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

/** A file too large to read at all: reviewed from its size on disk. */
export function tooLargeFile(uri: string, bytes: number, settings: LetterReviewSettings, generation: number): TooLargeReview {
  return { uri, version: null, generation, kind: 'tooLarge', bytes, maxBytes: settings.maxFileSize };
}

/** A PDF whose text cannot be read: reviewed from the reader's reason. */
export function unreadableFile(uri: string, reason: string, generation: number): UnreadableReview {
  return { uri, version: null, generation, kind: 'unreadable', reason };
}
