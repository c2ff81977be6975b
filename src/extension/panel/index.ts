// The statistics panel's wiring: the two Show commands, the serializer that brings panels back after a
// reload, and the editor events a panel follows. Like VS Code's Markdown preview: at most one panel
// follows the active letter; locked panels stay on theirs.
import * as vscode from 'vscode';
import { PANEL_VIEW_TYPE, PanelStateSchema, describeIssues } from '../../shared/panelProtocol';
import type { LetterService } from '../../service';
import { isLetterDocument } from './letterDocument';
import { PanelLog } from './log';
import { StatisticsPanel, webviewOptions } from './statisticsPanel';
import type { PanelHost, PanelSnapshot } from './statisticsPanel';

export const SHOW_COMMAND = 'letterReview.showStatistics';
export const SHOW_TO_SIDE_COMMAND = 'letterReview.showStatisticsToSide';
/** Development and test builds only: what each panel last sent and drew, and a way to act as its webview. */
export const STATE_COMMAND = 'letterReview._statisticsPanel.state';
export const RECEIVE_COMMAND = 'letterReview._statisticsPanel.receive';
/** Development and test builds only: brings a panel back from saved state, as the serializer does after a reload. */
export const RESTORE_COMMAND = 'letterReview._statisticsPanel.restore';

class StatisticsPanels implements PanelHost, vscode.Disposable {
  private readonly panels = new Set<StatisticsPanel>();
  readonly log = new PanelLog();

  constructor(
    readonly extensionUri: vscode.Uri,
    readonly service: LetterService,
  ) {}

  async show(argument: unknown, toSide: boolean): Promise<void> {
    const resource = argument instanceof vscode.Uri ? argument : activeLetter()?.uri;
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const existing =
      [...this.panels].find((p) => !p.isLocked) ??
      (resource ? [...this.panels].find((p) => p.documentUri?.toString() === resource.toString()) : undefined);
    if (existing) {
      if (resource) existing.show(resource);
      existing.reveal(existing.panel.viewColumn ?? column, toSide);
      return;
    }
    this.panels.add(new StatisticsPanel(this.createPanel(column, toSide), this, resource, false));
  }

  createPanel(column: vscode.ViewColumn, preserveFocus: boolean): vscode.WebviewPanel {
    return vscode.window.createWebviewPanel(
      PANEL_VIEW_TYPE,
      'Statistics',
      { viewColumn: column, preserveFocus },
      { ...webviewOptions(this.extensionUri), enableFindWidget: true, retainContextWhenHidden: false },
    );
  }

  /** After a window reload: the webview's saved state says which letter, and whether it was locked. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const parsed = PanelStateSchema.safeParse(state ?? { documentUri: null, locked: false });
    if (!parsed.success) this.log.warn(`restoring a statistics panel with unreadable state (${describeIssues(parsed.error)})`);
    let resource: vscode.Uri | undefined;
    if (parsed.success && parsed.data.documentUri) {
      try {
        resource = vscode.Uri.parse(parsed.data.documentUri, true);
      } catch {
        this.log.warn('restoring a statistics panel whose saved letter address is not a URI');
      }
    }
    const locked = parsed.success && parsed.data.locked && resource !== undefined;
    const restored = new StatisticsPanel(panel, this, resource ?? activeLetter()?.uri, locked);
    this.panels.add(restored);
    // The letter it was showing is reviewed and sent now, not when the page is ready.
    await restored.renderBeforeReady();
  }

  followActiveEditor(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isLetterDocument(editor.document)) return;
    for (const p of this.panels) if (!p.isLocked) p.show(editor.document.uri);
  }

  /** The letter service shows new reviews of `uris` (typed in, saved, settings changed, read from disk). */
  reviewChanged(uris: readonly string[]): void {
    for (const p of this.panels) {
      const shown = p.documentUri?.toString();
      if (shown !== undefined && uris.includes(shown)) p.refresh();
    }
  }

  snapshots(): PanelSnapshot[] {
    return [...this.panels].map((p) => p.snapshot());
  }

  /** Hands a message to a panel as if its webview had sent it (tests: reveal, invalid messages). */
  receive(message: unknown, index = 0): boolean {
    const panel = [...this.panels][index];
    panel?.receive(message);
    return panel !== undefined;
  }

  onDidDispose(panel: StatisticsPanel): void {
    this.panels.delete(panel);
  }

  onDidUnlock(panel: StatisticsPanel): void {
    // Only one panel follows the active letter: an unlocked panel elsewhere gives way.
    for (const p of this.panels) if (p !== panel && !p.isLocked) p.dispose();
    const letter = activeLetter();
    if (letter) panel.show(letter.uri);
  }

  dispose(): void {
    for (const p of [...this.panels]) p.dispose();
    this.log.dispose();
  }
}

function activeLetter(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isLetterDocument(document) ? document : undefined;
}

export function registerStatsPanel(context: vscode.ExtensionContext, service: LetterService): vscode.Disposable {
  const panels = new StatisticsPanels(context.extensionUri, service);
  const disposables: vscode.Disposable[] = [
    panels,
    vscode.commands.registerCommand(SHOW_COMMAND, (uri?: unknown) => panels.show(uri, false)),
    vscode.commands.registerCommand(SHOW_TO_SIDE_COMMAND, (uri?: unknown) => panels.show(uri, true)),
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => panels.restore(panel, state),
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => panels.followActiveEditor(editor)),
    service.onDidChange((uris) => panels.reviewChanged(uris)),
    // The language can be set after opening (a .txt recognised as a letter): follow it then too.
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document === vscode.window.activeTextEditor?.document) panels.followActiveEditor(vscode.window.activeTextEditor);
    }),
  ];
  if (context.extensionMode !== vscode.ExtensionMode.Production) {
    disposables.push(
      vscode.commands.registerCommand(STATE_COMMAND, () => panels.snapshots()),
      vscode.commands.registerCommand(RECEIVE_COMMAND, (message: unknown, index?: unknown) => panels.receive(message, typeof index === 'number' ? index : 0)),
      vscode.commands.registerCommand(RESTORE_COMMAND, (state: unknown) => panels.restore(panels.createPanel(vscode.ViewColumn.Beside, true), state)),
    );
  }
  return vscode.Disposable.from(...disposables);
}
