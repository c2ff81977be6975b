// "Letter Review: Check All Letters in Workspace": the letter service reviews the workspace's letters
// (unopened ones too) through workspace.fs, with cancellable progress ("312 of 1,000 letters", at most
// every PROGRESS_INTERVAL_MS); a file watcher then keeps the letters it found current as files change
// on disk, reading a burst of changed files as one batch.
import * as vscode from 'vscode';
import { countBySeverity } from '../service/diagnosticData';
import { MAX_FILES } from '../service';
import type { FolderProgress, FolderResult, LetterService } from '../service';
import { progressMessage } from '../service/folderProgress';
import { CANDIDATES } from './documents';
import { t } from './l10n';
import { folderReport } from '../service/folderReport';
import { letterFileOf } from './pdfLetters';

export const CHECK_WORKSPACE_COMMAND = 'letterReview.checkWorkspace';
/** Files changed on disk are read together once events have been quiet this long (a checkout, a sync). */
const FILE_EVENTS_MS = 300;

export class WorkspaceCheck implements vscode.Disposable {
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly changedFiles = new Set<string>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private running: vscode.CancellationTokenSource | undefined;

  constructor(private readonly service: LetterService) {}

  async run(): Promise<void> {
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: t('Letter Review: checking letters'), cancellable: true },
        async (progress, token) => {
          const cancel = token.onCancellationRequested(() => source.cancel());
          let reported = 0;
          const showProgress = (p: FolderProgress): void => {
            // The bar takes increments: the share of the files done since the last report.
            progress.report({ message: progressMessage(p, t), increment: (100 * (p.done - reported)) / Math.max(1, p.total) });
            reported = p.done;
          };
          try {
            const result = await this.service.reviewFolder({ token: source.token, progress: showProgress });
            this.watchFiles();
            report(result);
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

  /** Keeps the letters found current as files change on disk (after Check All, or the folder summary). */
  watchFiles(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(CANDIDATES);
    // A file whose size and time are unchanged (an event for the check's own read) is not read again.
    const changed = (uri: vscode.Uri): void => {
      this.changedFiles.add(uri.toString());
      this.flushTimer ??= setTimeout(() => this.readChangedFiles(), FILE_EVENTS_MS);
    };
    this.watcher.onDidChange(changed);
    this.watcher.onDidCreate(changed);
    this.watcher.onDidDelete((uri) => {
      this.changedFiles.delete(uri.toString());
      this.service.fileDeleted(uri.toString());
    });
  }

  private readChangedFiles(): void {
    this.flushTimer = undefined;
    const uris = [...this.changedFiles];
    this.changedFiles.clear();
    void this.service.reviewFiles(uris);
  }

  dispose(): void {
    this.running?.cancel();
    this.watcher?.dispose();
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.changedFiles.clear();
  }
}

function report(result: FolderResult): void {
  // A PDF open as letter text has two reviews of one letter (the open document's and the file's), as
  // the Problems view shows one: count each letter file once.
  const byFile = new Map(result.reviews.map((r) => [letterFileOf(r.uri).toString(), r]));
  const findings = countBySeverity([...byFile.values()].flatMap((r) => (r.kind === 'checked' ? r.findings : [])));
  const summary = folderReport({ ...result, maxFiles: MAX_FILES, findings }, t);
  const problems = t('Show Problems');
  void vscode.window.showInformationMessage(summary, problems).then((choice) => {
    if (choice === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}
