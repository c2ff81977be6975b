// Reads the validated `letterReview.*` settings for a document, warns once per bad value, and tells
// the rest of the extension when the settings change.
import * as vscode from 'vscode';
import { readSettings, SECTION, WarnOnce } from '../service/settings';
import type { LetterReviewSettings } from '../service/settings';
import { t } from './l10n';

export class SettingsService implements vscode.Disposable {
  private readonly warned = new WarnOnce();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after any `letterReview.*` setting changes. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) this.changed.fire();
    });
  }

  /** The settings that apply to `uri` (folder settings win in a multi-root workspace). */
  for(uri?: vscode.Uri): LetterReviewSettings {
    const config = vscode.workspace.getConfiguration(SECTION, uri);
    const { settings, problems } = readSettings((key) => config.get(key), t);
    for (const p of this.warned.fresh(problems)) {
      const open = t('Open Settings');
      void vscode.window.showWarningMessage(p.message, open).then((choice) => {
        // `letterReview.ignore["a.txt"]` opens as `letterReview.ignore`.
        if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', p.setting.split('[')[0]);
      });
    }
    return settings;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
