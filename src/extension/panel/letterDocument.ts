// Which documents the panel shows, and the review of one it shows: the letter service's, the same the
// Problems view and the status bar show (its rules, its ignore list, its size limit).
import * as vscode from 'vscode';
import { looksLikeLetter } from '../../core';
import type { CheckedReview, LetterReview, LetterService } from '../../service';
import { LETTER_LANGUAGE } from '../../service/detection';
import { formatBytes } from '../../service/fileSize';
import { letterDocument } from '../documents';

/** A letter editor: the letter language, or a plain-text/Markdown file that reads like a letter. */
export function isLetterDocument(document: vscode.TextDocument): boolean {
  if (document.languageId === LETTER_LANGUAGE) return true;
  if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return false;
  return looksLikeLetter(document.getText(new vscode.Range(0, 0, 200, 0)));
}

export type DocumentReading = { ok: true; review: CheckedReview } | { ok: false; message: string };

/**
 * The review the views show for this letter; for a letter no check has shown yet (one detection has
 * not switched to the letter language), the service's review of its current version.
 */
export function reviewDocument(service: LetterService, document: vscode.TextDocument): DocumentReading {
  const review = service.current(document.uri.toString()) ?? service.review(letterDocument(document));
  if (review.kind === 'checked') return { ok: true, review };
  return { ok: false, message: notChecked(fileNameOf(document.uri), review) };
}

function notChecked(name: string, review: Exclude<LetterReview, CheckedReview>): string {
  switch (review.kind) {
    case 'tooLarge':
      return `${name} (${formatBytes(review.bytes)}) is larger than letterReview.maxFileSize (${formatBytes(review.maxBytes)}), so it is not checked.`;
    case 'binary':
      return `${name} looks like a binary file, not a letter.`;
    case 'unreadable':
      return `${name} was not checked: ${review.reason}.`;
    case 'failed':
      return `${name} could not be checked: ${review.error.split('\n')[0]}`;
  }
}

export function fileNameOf(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}
