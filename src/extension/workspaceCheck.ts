// "Letter Review: Check All Letters in Workspace": the letter service reviews the workspace's letters
// (unopened ones too) through workspace.fs, with cancellable progress; a file watcher then keeps the
// letters it found current as files change on disk.
import * as vscode from 'vscode';
import { countBySeverity } from '../service/diagnosticData';
import { MAX_FILES } from '../service';
import type { FolderResult, LetterService } from '../service';
import { CANDIDATES, toUri } from './documents';
import { t } from './l10n';
import { folderReport } from '../service/folderReport';
import { DocumentScheduler } from './scheduler';

export const CHECK_WORKSPACE_COMMAND = 'letterReview.checkWorkspace';

export class WorkspaceCheck implements vscode.Disposable {
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly fileEvents = new DocumentScheduler(300);
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
          try {
            const result = await this.service.reviewFolder({
              token: source.token,
              progress: (p) =>
                progress.report({ message: t('{0} of {1}: {2}', p.done + 1, p.total, vscode.workspace.asRelativePath(toUri(p.uri))), increment: 100 / Math.max(1, p.total) }),
            });
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
    const changed = (uri: vscode.Uri): void => this.fileEvents.schedule(uri.toString(), () => void this.service.reviewFile(uri.toString()));
    this.watcher.onDidChange(changed);
    this.watcher.onDidCreate(changed);
    this.watcher.onDidDelete((uri) => {
      this.fileEvents.forget(uri.toString());
      this.service.fileDeleted(uri.toString());
    });
  }

  dispose(): void {
    this.running?.cancel();
    this.watcher?.dispose();
    this.fileEvents.dispose();
  }
}

function report(result: FolderResult): void {
  const findings = countBySeverity(result.reviews.flatMap((r) => (r.kind === 'checked' ? r.findings : [])));
  const summary = folderReport({ ...result, maxFiles: MAX_FILES, findings }, t);
  const problems = t('Show Problems');
  void vscode.window.showInformationMessage(summary, problems).then((choice) => {
    if (choice === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}
