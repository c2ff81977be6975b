// The status bar entry for the active letter: its three headline figures and its findings (or why it
// was not checked). Clicking it opens the statistics panel when that is installed, else the Problems view.
import * as vscode from 'vscode';
import { t } from './l10n';
import type { LetterService } from '../service';
import { statusText } from '../service/statusText';

export const OPEN_DETAILS_COMMAND = 'letterReview.openDetails';
const STATISTICS_COMMAND = 'letterReview.showStatistics';

export class LetterStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('letterReview.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  private hasStatisticsPanel = false;

  constructor(private readonly service: LetterService) {
    this.item.name = t('Letter Review');
    this.item.command = OPEN_DETAILS_COMMAND;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      service.onDidChange((uris) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active !== undefined && uris.includes(active)) this.update();
      }),
      vscode.commands.registerCommand(OPEN_DETAILS_COMMAND, () => openDetails()),
    );
    void vscode.commands.getCommands(true).then((all) => {
      this.hasStatisticsPanel = all.includes(STATISTICS_COMMAND);
      this.update();
    });
    this.update();
  }

  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const review = uri && this.service.current(uri.toString());
    if (!review) {
      this.item.hide();
      return;
    }
    const s = statusText(review, t, this.hasStatisticsPanel ? 'statistics' : 'problems');
    this.item.text = s.text;
    const tooltip = new vscode.MarkdownString(s.tooltip);
    tooltip.supportHtml = false;
    tooltip.isTrusted = false;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = s.attention ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

async function openDetails(): Promise<void> {
  const all = await vscode.commands.getCommands(true);
  await vscode.commands.executeCommand(all.includes(STATISTICS_COMMAND) ? STATISTICS_COMMAND : 'workbench.actions.view.problems');
}
