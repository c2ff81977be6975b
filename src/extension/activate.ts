// Wires the extension together; shared by the desktop (node.ts) and browser (browser.ts) entries, so
// nothing here or below may use a Node API.
import * as vscode from 'vscode';
import { IGNORE_COMMAND, ignoreInLetter, LetterCodeActions } from './codeActions';
import { LETTER_LANGUAGE } from '../service/detection';
import { LanguageDetector } from './languageDetector';
import { LetterChecks } from './letterChecks';
import { LiveChecks } from './liveChecks';
import { registerStatsPanel } from './panel';
import { CurrentLetters, LetterHovers, LetterSymbols, LetterWorkspaceSymbols } from './navigation';
import { SettingsService } from './settingsService';
import { LetterStatusBar } from './statusBar';
import { CHECK_WORKSPACE_COMMAND, WorkspaceCheck } from './workspaceCheck';

/**
 * What activate() returns (the extension's exports). The integration tests use it to wait until the
 * extension has checked a document's current text, instead of sleeping and hoping.
 */
export interface LetterReviewApi {
  /** The version of the document last checked (null: read from disk), or undefined when not checked. */
  checkedVersion(uri: vscode.Uri): number | null | undefined;
}

export function activate(context: vscode.ExtensionContext): LetterReviewApi {
  const log = vscode.window.createOutputChannel('Letter Review', { log: true });
  const selector: vscode.DocumentSelector = { language: LETTER_LANGUAGE };
  const settings = new SettingsService();
  const checks = new LetterChecks(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md'), log);

  // The live checks and the workspace check hand letters to each other as they open and close
  // (the callbacks run on later events, once both exist).
  const live: LiveChecks = new LiveChecks(checks, settings, (uri) => workspaceCheck.reopenFromDisk(uri));
  const workspaceCheck: WorkspaceCheck = new WorkspaceCheck(checks, settings, (uri) => live.owns(uri));
  const letters = new CurrentLetters(checks, settings);
  const symbols = new LetterSymbols(letters);

  context.subscriptions.push(
    log,
    settings,
    checks,
    live,
    workspaceCheck,
    settings.onDidChange(() => workspaceCheck.refresh()),
    new LanguageDetector(settings, log),
    registerStatsPanel(context, (document) => {
      const checked = checks.get(document.uri);
      return checked?.letter && checked.version === document.version ? { letter: checked.letter, findings: checked.findings } : undefined;
    }),
    new LetterStatusBar(checks),
    vscode.languages.registerCodeActionsProvider(selector, new LetterCodeActions(checks), LetterCodeActions.metadata),
    vscode.languages.registerHoverProvider(selector, new LetterHovers(letters)),
    vscode.languages.registerDocumentSymbolProvider(selector, symbols, { label: 'Letter Review' }),
    vscode.languages.registerFoldingRangeProvider(selector, symbols),
    vscode.languages.registerWorkspaceSymbolProvider(new LetterWorkspaceSymbols(checks)),
    vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, () => workspaceCheck.run()),
    vscode.commands.registerCommand(IGNORE_COMMAND, (uri: vscode.Uri | string, code: string) => ignoreInLetter(uri, code)),
  );
  return {
    checkedVersion: (uri) => {
      const checked = checks.get(uri);
      return checked?.state.kind === 'checked' ? checked.version : undefined;
    },
  };
}

export function deactivate(): void {}
