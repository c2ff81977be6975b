// Which documents the panel shows, and reading one into a review with the user's rule settings.
import * as vscode from 'vscode';
import { looksBinary, looksLikeLetter, reviewText, RulesConfigSchema } from '../../core';
import type { Review, RulesConfig } from '../../core';
import type { PanelLog } from './log';

export const LETTER_LANGUAGE = 'ombudsman-letter';
/** Longer than any real letter by far; beyond it the panel says so instead of parsing. */
export const MAX_LETTER_LENGTH = 2_000_000;

/** A letter editor: the letter language, or a plain-text/Markdown file that reads like a letter. */
export function isLetterDocument(document: vscode.TextDocument): boolean {
  if (document.languageId === LETTER_LANGUAGE) return true;
  if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return false;
  return looksLikeLetter(document.getText(new vscode.Range(0, 0, 200, 0)));
}

/** The `letterReview.rules` setting, when it is valid; otherwise the rules' defaults (and a log line). */
export function readRules(document: vscode.TextDocument, log: PanelLog): RulesConfig | undefined {
  const raw = vscode.workspace.getConfiguration('letterReview', document.uri).get<unknown>('rules');
  if (raw === undefined || raw === null) return undefined;
  const parsed = RulesConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log.warn(`ignoring letterReview.rules: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return undefined;
}

export type DocumentReading = { ok: true; text: string; review: Review } | { ok: false; message: string };

export function reviewDocument(document: vscode.TextDocument, log: PanelLog): DocumentReading {
  const text = document.getText();
  const name = fileNameOf(document.uri);
  if (text.length > MAX_LETTER_LENGTH) return { ok: false, message: `${name} is too large to be a letter (${Math.round(text.length / 1e6)} million characters); the panel shows letters up to ${MAX_LETTER_LENGTH / 1e6} million.` };
  if (looksBinary(text)) return { ok: false, message: `${name} looks like a binary file, not a letter.` };
  return { ok: true, text, review: reviewText(text, readRules(document, log)) };
}

export function fileNameOf(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}
