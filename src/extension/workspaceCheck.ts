// "Letter Review: Check All Letters in Workspace": finds the letters among the workspace's .letter,
// .txt and .md files (unopened ones too, by the same detection as the editor), publishes their
// diagnostics with cancellable progress, and keeps them current as files change on disk.
// Reads through workspace.fs, so it works in virtual workspaces and vscode.dev.
import * as vscode from 'vscode';
import { decodeText } from '../core/text/decode';
import { countBySeverity } from '../service/diagnosticData';
import { isLetterFile } from '../service/detection';
import { t } from './l10n';
import type { LetterChecks } from './letterChecks';
import { DocumentScheduler } from './scheduler';
import type { SettingsService } from './settingsService';

export const CHECK_WORKSPACE_COMMAND = 'letterReview.checkWorkspace';
const CANDIDATES = '**/*.{letter,txt,md}';
/** Most files one check reads; a workspace with more is a corpus, better served by the CLI. */
export const MAX_FILES = 5000;

export class WorkspaceCheck implements vscode.Disposable {
  /** Files the last check found to be letters, checked from disk while not open. */
  private readonly tracked = new Set<string>();
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly fileEvents = new DocumentScheduler(300);
  private running: vscode.CancellationTokenSource | undefined;

  constructor(
    private readonly checks: LetterChecks,
    private readonly settings: SettingsService,
    /** Whether an open editor owns the diagnostics of `uri` (then the disk copy is not read). */
    private readonly isOpenLetter: (uri: vscode.Uri) => boolean,
  ) {}

  async run(): Promise<void> {
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: t('Letter Review: checking letters'), cancellable: true },
        async (progress, token) => {
          const cancel = token.onCancellationRequested(() => source.cancel());
          try {
            await this.checkAll(progress, source.token);
          } finally {
            cancel.dispose();
          }
        },
      );
    } finally {
      if (this.running === source) this.running = undefined;
      source.dispose();
    }
  }

  /** A letter closed in the editor: show its saved text's diagnostics again if the check tracks it. */
  reopenFromDisk(uri: vscode.Uri): void {
    if (this.tracked.has(uri.toString())) void this.checkFile(uri, undefined);
  }

  /** Settings changed: check the tracked files again with the new settings. */
  refresh(): void {
    for (const key of this.tracked) void this.checkFile(vscode.Uri.parse(key), undefined);
  }

  private async checkAll(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<void> {
    // Passing no exclude applies `files.exclude`; search.exclude is for searching, not for this.
    const uris = await vscode.workspace.findFiles(CANDIDATES, undefined, MAX_FILES + 1, token);
    const capped = uris.length > MAX_FILES;
    const files = uris.slice(0, MAX_FILES);
    let letters = 0;
    let done = 0;
    for (const uri of files) {
      if (token.isCancellationRequested) break;
      progress.report({ message: t('{0} of {1}: {2}', done + 1, files.length, vscode.workspace.asRelativePath(uri)), increment: 100 / Math.max(1, files.length) });
      if (await this.checkFile(uri, token)) letters++;
      done++;
    }
    this.ensureWatcher();

    const found = this.checks.all().filter((c) => this.tracked.has(c.uri.toString()) || this.isOpenLetter(c.uri));
    const counts = countBySeverity(found.flatMap((c) => c.findings));
    const findings = counts.error + counts.warning + counts.information + counts.hint;
    const summary = token.isCancellationRequested
      ? t('Letter Review: check cancelled after {0} of {1} files; {2} letter(s) so far.', done, files.length, letters)
      : t('Letter Review: {0} letter(s) among {1} file(s); {2} finding(s) ({3} error(s), {4} warning(s)).', letters, files.length, findings, counts.error, counts.warning);
    const more = capped ? ` ${t('Only the first {0} files were read.', MAX_FILES)}` : '';
    const problems = t('Show Problems');
    void vscode.window.showInformationMessage(summary + more, problems).then((choice) => {
      if (choice === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  }

  /** Reads and checks one file from disk; true when it is a letter. */
  private async checkFile(uri: vscode.Uri, token: vscode.CancellationToken | undefined): Promise<boolean> {
    const key = uri.toString();
    if (this.isOpenLetter(uri)) {
      this.tracked.add(key);
      return true;
    }
    const settings = this.settings.for(uri);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return false;
      if (token?.isCancellationRequested) return false;
      if (stat.size > settings.maxFileSize) {
        // Unread, so unknown whether it is a letter; only a file named as a letter is reported.
        if (/\.letter$/i.test(uri.path) || this.tracked.has(key)) {
          this.tracked.add(key);
          if (!this.isOpenLetter(uri)) this.checks.tooLarge(uri, stat.size, settings.maxFileSize);
          return true;
        }
        return false;
      }
      const text = decodeText(await vscode.workspace.fs.readFile(uri));
      // Opened while it was being read: the editor's text wins.
      if (this.isOpenLetter(uri)) return true;
      if (!isLetterFile(uri.path, text, settings.detect)) {
        this.untrack(uri);
        return false;
      }
      this.tracked.add(key);
      this.checks.check(uri, text, null, settings);
      return true;
    } catch {
      // Unreadable or deleted since it was found: nothing to report.
      this.untrack(uri);
      return false;
    }
  }

  private untrack(uri: vscode.Uri): void {
    if (this.tracked.delete(uri.toString()) && !this.isOpenLetter(uri)) this.checks.forget(uri);
  }

  private ensureWatcher(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(CANDIDATES);
    const changed = (uri: vscode.Uri): void => this.fileEvents.schedule(uri.toString(), () => void this.checkFile(uri, undefined));
    this.watcher.onDidChange(changed);
    this.watcher.onDidCreate(changed);
    this.watcher.onDidDelete((uri) => {
      this.fileEvents.forget(uri.toString());
      this.untrack(uri);
    });
  }

  dispose(): void {
    this.running?.cancel();
    this.watcher?.dispose();
    this.fileEvents.dispose();
  }
}
