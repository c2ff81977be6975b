// Checks open letters: at once when they open, then as they change (debounced, `letterReview.run`
// "onType") or when they are saved ("onSave"); a letter's review goes when it closes. Each check is
// the letter service's: it reviews the document version once and tells every view.
import * as vscode from 'vscode';
import type { LetterService } from '../service';
import { isCheckableScheme, LETTER_LANGUAGE } from '../service/detection';
import { letterDocument } from './documents';
import { DocumentScheduler } from './scheduler';
import type { SettingsService } from './settingsService';

export const TYPING_DELAY_MS = 150;

export class LiveChecks implements vscode.Disposable {
  private readonly scheduler = new DocumentScheduler(TYPING_DELAY_MS);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly service: LetterService,
    private readonly settings: SettingsService,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.checkNow(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !isLetter(e.document)) return;
        const key = e.document.uri.toString();
        if (this.settings.for(e.document.uri).run !== 'onType' || this.service.isSlow(key)) return;
        this.scheduler.schedule(key, () => this.check(e.document));
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (isLetter(doc) && (this.settings.for(doc.uri).run === 'onSave' || this.service.isSlow(doc.uri.toString()))) this.checkNow(doc);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.scheduler.forget(doc.uri.toString());
        // A letter the workspace check found is read from disk again (the service does that).
        if (isLetter(doc)) this.service.close(doc.uri.toString());
      }),
    );
    this.checkOpenLetters();
  }

  /** Every open letter, again (settings changed, or a letter's ignore list). */
  checkOpenLetters(): void {
    for (const doc of vscode.workspace.textDocuments) this.checkNow(doc);
  }

  private checkNow(doc: vscode.TextDocument): void {
    if (isLetter(doc)) this.scheduler.runNow(doc.uri.toString(), () => this.check(doc));
  }

  private check(doc: vscode.TextDocument): void {
    if (!doc.isClosed) this.service.check(letterDocument(doc));
  }

  dispose(): void {
    this.scheduler.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

export function isLetter(doc: vscode.TextDocument): boolean {
  return doc.languageId === LETTER_LANGUAGE && isCheckableScheme(doc.uri.scheme);
}
