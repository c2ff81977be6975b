// Switches plain-text and Markdown documents that read as letters to the letter language, when they
// open and for those already open at activation (setting `letterReview.detect`).
import * as vscode from 'vscode';
import { isCheckableScheme, LanguageChoices, LETTER_LANGUAGE, shouldSwitchToLetter } from '../service/detection';
import type { SettingsService } from './settingsService';

export class LanguageDetector implements vscode.Disposable {
  private readonly choices = new LanguageChoices();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly settings: SettingsService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.consider(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.languageId === LETTER_LANGUAGE) this.choices.noteClosed(doc.uri.toString(), Date.now());
      }),
      settings.onDidChange(() => this.considerOpenDocuments()),
    );
    this.considerOpenDocuments();
  }

  considerOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) this.consider(doc);
  }

  private consider(doc: vscode.TextDocument): void {
    if (!isCheckableScheme(doc.uri.scheme)) return;
    const { detect } = this.settings.for(doc.uri);
    if (!shouldSwitchToLetter(doc.languageId, doc.getText(), detect)) return;
    const key = doc.uri.toString();
    if (!this.choices.maySwitch(key, Date.now())) return;
    vscode.languages.setTextDocumentLanguage(doc, LETTER_LANGUAGE).then(
      () => this.log.info(`detected a letter: ${doc.uri.toString(true)}`),
      (e: unknown) => this.log.warn(`could not switch ${doc.uri.toString(true)} to ${LETTER_LANGUAGE}`, e),
    );
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
