// Which documents the panel shows, and reading one into a review with the user's rule settings.
import * as vscode from 'vscode';
import { looksBinary, looksLikeLetter, reviewText, RulesConfigSchema } from '../../core';
import type { Review, RulesConfig } from '../../core';
import type { PanelLog } from './log';
import { utf8Length } from '../../service/fileSize';

export const LETTER_LANGUAGE = 'ombudsman-letter';
/** letterReview.maxFileSize's default, used when the setting is not a positive number. */
export const MAX_LETTER_BYTES = 5_000_000;

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

/**
 * The review the diagnostics already made of this exact document version, if any. The panel shows it
 * rather than parsing the letter again, so it matches the Problems view (rules, ignore list) and a
 * keystroke costs one parse, not two.
 */
export type CurrentReview = (document: vscode.TextDocument) => Review | undefined;

export type DocumentReading = { ok: true; text: string; review: Review } | { ok: false; message: string };

export function reviewDocument(document: vscode.TextDocument, log: PanelLog, current?: CurrentReview): DocumentReading {
  const text = document.getText();
  const checked = current?.(document);
  if (checked) return { ok: true, text, review: checked };
  const name = fileNameOf(document.uri);
  // The same limit as diagnostics (letterReview.maxFileSize), so the panel and the Problems view agree.
  const configured = vscode.workspace.getConfiguration('letterReview', document.uri).get<unknown>('maxFileSize');
  const maxBytes = typeof configured === 'number' && Number.isFinite(configured) && configured > 0 ? configured : MAX_LETTER_BYTES;
  if (utf8Length(text) > maxBytes) return { ok: false, message: `${name} is larger than letterReview.maxFileSize (${maxBytes.toLocaleString('en-GB')} bytes), so it is not checked.` };
  if (looksBinary(text)) return { ok: false, message: `${name} looks like a binary file, not a letter.` };
  try {
    return { ok: true, text, review: reviewText(text, readRules(document, log)) };
  } catch (e) {
    // The engine is built never to throw; should it, the panel says so rather than going stale.
    log.warn(`could not check ${name}: ${(e as Error)?.message ?? String(e)}`);
    return { ok: false, message: `${name} could not be checked: ${(e as Error)?.message ?? String(e)}` };
  }
}

export function fileNameOf(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}
