// Checks open letters: at once when they open, then as they change (debounced, `letterReview.run`
// "onType") or when they are saved ("onSave"); clears their diagnostics when they close.
import * as vscode from 'vscode';
import { isCheckableScheme, LETTER_LANGUAGE } from '../service/detection';
import { SLOW_CHECK_MS } from './letterChecks';
import type { LetterChecks } from './letterChecks';
import { DocumentScheduler } from './scheduler';
import type { SettingsService } from './settingsService';

export const TYPING_DELAY_MS = 150;

export class LiveChecks implements vscode.Disposable {
  private readonly scheduler = new DocumentScheduler(TYPING_DELAY_MS);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly checks: LetterChecks,
    private readonly settings: SettingsService,
    /** Called when a letter closes: the workspace check may keep its diagnostics from disk. */
    private readonly onClosed: (uri: vscode.Uri) => void,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.checkNow(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !isLetter(e.document)) return;
        if (this.settings.for(e.document.uri).run !== 'onType' || this.isSlow(e.document.uri)) return;
        this.scheduler.schedule(e.document.uri.toString(), () => this.check(e.document));
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (isLetter(doc) && (this.settings.for(doc.uri).run === 'onSave' || this.isSlow(doc.uri))) this.checkNow(doc);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.scheduler.forget(doc.uri.toString());
        if (!isLetter(doc)) return;
        this.checks.forget(doc.uri);
        this.onClosed(doc.uri);
      }),
      settings.onDidChange(() => this.checkOpenLetters()),
    );
    this.checkOpenLetters();
  }

  /** Every open letter, again (settings changed, or a letter's ignore list). */
  checkOpenLetters(): void {
    for (const doc of vscode.workspace.textDocuments) this.checkNow(doc);
  }

  /** Whether `uri` is an open letter, whose diagnostics this class owns. */
  owns(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && isLetter(d));
  }

  private isSlow(uri: vscode.Uri): boolean {
    return (this.checks.get(uri)?.checkMs ?? 0) > SLOW_CHECK_MS;
  }

  private checkNow(doc: vscode.TextDocument): void {
    if (isLetter(doc)) this.scheduler.runNow(doc.uri.toString(), () => this.check(doc));
  }

  private check(doc: vscode.TextDocument): void {
    if (doc.isClosed) return;
    this.checks.check(doc.uri, doc.getText(), doc.version, this.settings.for(doc.uri));
  }

  dispose(): void {
    this.scheduler.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

export function isLetter(doc: vscode.TextDocument): boolean {
  return doc.languageId === LETTER_LANGUAGE && isCheckableScheme(doc.uri.scheme);
}
