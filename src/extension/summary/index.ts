// "Letter Review: Show Folder Summary": one summary panel for the workspace (shown again if open),
// brought back after a window reload by its serializer. Development and test builds add commands to
// read what the panel last sent and drew, to act as its page, and to export without the dialog.
import * as vscode from 'vscode';
import type { LetterService } from '../../service';
import { SUMMARY_VIEW_TYPE } from '../../shared/summaryProtocol';
import { PanelLog } from '../panel/log';
import { webviewOptions } from '../panel/statisticsPanel';
import { SummaryPanel } from './summaryPanel';
import type { SummaryHost } from './summaryPanel';

export const SHOW_SUMMARY_COMMAND = 'letterReview.showSummary';
export const SUMMARY_STATE_COMMAND = 'letterReview._summary.state';
export const SUMMARY_RECEIVE_COMMAND = 'letterReview._summary.receive';
export const SUMMARY_EXPORT_COMMAND = 'letterReview._summary.exportTo';

export interface SummaryHooks {
  watchFiles(): void;
  notices(): string[];
}

class Summaries implements SummaryHost, vscode.Disposable {
  panel: SummaryPanel | undefined;
  readonly log = new PanelLog();

  constructor(
    readonly extensionUri: vscode.Uri,
    readonly service: LetterService,
    private readonly hooks: SummaryHooks,
  ) {}

  watchFiles(): void {
    this.hooks.watchFiles();
  }

  notices(): string[] {
    return this.hooks.notices();
  }

  show(): void {
    if (this.panel) return this.panel.reveal();
    const panel = vscode.window.createWebviewPanel(SUMMARY_VIEW_TYPE, 'Letter Summary', vscode.ViewColumn.Active, {
      ...webviewOptions(this.extensionUri),
      enableFindWidget: true,
      retainContextWhenHidden: false,
    });
    this.panel = new SummaryPanel(panel, this);
  }

  restore(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = new SummaryPanel(panel, this);
  }

  onDidDispose(panel: SummaryPanel): void {
    if (this.panel === panel) this.panel = undefined;
  }

  dispose(): void {
    this.panel?.dispose();
    this.log.dispose();
  }
}

export function registerSummary(context: vscode.ExtensionContext, service: LetterService, hooks: SummaryHooks): vscode.Disposable {
  const summaries = new Summaries(context.extensionUri, service, hooks);
  const disposables: vscode.Disposable[] = [
    summaries,
    vscode.commands.registerCommand(SHOW_SUMMARY_COMMAND, () => summaries.show()),
    vscode.window.registerWebviewPanelSerializer(SUMMARY_VIEW_TYPE, { deserializeWebviewPanel: async (panel) => summaries.restore(panel) }),
  ];
  if (context.extensionMode !== vscode.ExtensionMode.Production) {
    disposables.push(
      vscode.commands.registerCommand(SUMMARY_STATE_COMMAND, () => summaries.panel?.snapshot() ?? null),
      vscode.commands.registerCommand(SUMMARY_RECEIVE_COMMAND, (message: unknown) => (summaries.panel ? (summaries.panel.receive(message), true) : false)),
      vscode.commands.registerCommand(SUMMARY_EXPORT_COMMAND, (format: 'csv' | 'json', target: vscode.Uri) => summaries.panel?.export(format, target) ?? false),
    );
  }
  return vscode.Disposable.from(...disposables);
}
