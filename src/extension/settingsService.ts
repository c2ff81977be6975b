// Reads the validated `letterReview.*` settings for a document, warns once per bad value, and tells
// the rest of the extension when the settings change. Resource-scoped settings differ only from one
// workspace folder to another, so they are read and validated once per folder until they change: a
// folder check asks for them for every file (two reads of a thousand letters' settings cost more
// than their reviews on the shared test machine).
import * as vscode from 'vscode';
import { readSettings, SECTION, WarnOnce } from '../service/settings';
import type { LetterReviewSettings } from '../service/settings';
import { t } from './l10n';

export class SettingsService implements vscode.Disposable {
  private readonly warned = new WarnOnce();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after any `letterReview.*` setting changes. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  /** Per workspace folder (its URI; '' outside any), the settings read. */
  private readonly byFolder = new Map<string, LetterReviewSettings>();

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SECTION)) return;
        this.byFolder.clear();
        this.changed.fire();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.byFolder.clear()),
    ];
  }

  /** The settings that apply to `uri` (folder settings win in a multi-root workspace). */
  for(uri?: vscode.Uri): LetterReviewSettings {
    const folder = uri ? (vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '') : '';
    const known = this.byFolder.get(folder);
    if (known) return known;
    const settings = this.read(uri);
    this.byFolder.set(folder, settings);
    return settings;
  }

  private read(uri: vscode.Uri | undefined): LetterReviewSettings {
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
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
