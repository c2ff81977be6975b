// The folder summary: a webview with one row per letter of the workspace. It asks the letter service
// to read the folder (as Check All Letters does, with cancellable progress), then follows the
// service: every review shown for a workspace file becomes a row, sent in batches as letters change.
// The page asks to open a letter, reveal a finding, export or cancel; rows travel by opaque id (the
// letter's URI, never opened unless it is a row). Every message is checked against the shared schema.
import * as vscode from 'vscode';
import type { FileReport } from '../../core';
import type { LetterService } from '../../service';
import { reportOfReview } from '../../service/reports';
import { describeIssues } from '../../shared/describeIssues';
import { ExtensionToSummarySchema, SummaryToExtensionSchema } from '../../shared/summaryProtocol';
import type { ExtensionToSummary, Progress, SummaryRow, SummaryToExtension } from '../../shared/summaryProtocol';
import { summaryRow } from '../../shared/summaryRows';
import { toUri } from '../documents';
import type { PanelLog } from '../panel/log';
import { pageResources, webviewOptions } from '../panel/statisticsPanel';
import { exportSummary } from './exportSummary';
import { buildSummaryHtml } from './html';
import { revealFinding } from './reveal';

/** Rows changed while letters are read or typed in go to the page at most this often. */
export const PATCH_INTERVAL_MS = 200;

export interface SummaryHost {
  readonly extensionUri: vscode.Uri;
  readonly service: LetterService;
  readonly log: PanelLog;
  /** Starts keeping the folder's letters current as files change (Check All's file watcher). */
  watchFiles(): void;
  /** Lines to show above the table (a setting that was ignored, official figures that could not be read). */
  notices(): string[];
  onDidDispose(panel: SummaryPanel): void;
}

type Rendered = Extract<SummaryToExtension, { type: 'rendered' }>;

/** What tests in a real VS Code read back (through a development-only command). */
export interface SummarySnapshot {
  rows: number;
  reading: boolean;
  lastStatus: Extract<ExtensionToSummary, { type: 'status' }> | null;
  lastRendered: Rendered | null;
  dropped: number;
  opened: string[];
}

export class SummaryPanel implements vscode.Disposable {
  private readonly rows = new Map<string, SummaryRow>();
  /** Each row's report, as drawn: what the export writes. */
  private readonly reports = new Map<string, FileReport>();
  private readonly changed = new Set<string>();
  private patchTimer: ReturnType<typeof setTimeout> | undefined;
  private reading: vscode.CancellationTokenSource | undefined;
  private progress: Progress = null;
  private resultNotices: string[] = [];
  private lastStatus: SummarySnapshot['lastStatus'] = null;
  private lastRendered: Rendered | null = null;
  private lastProgressPost = 0;
  private dropped = 0;
  private readonly opened: string[] = [];
  private disposed = false;
  private readStarted = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly host: SummaryHost,
  ) {
    const webview = panel.webview;
    webview.options = webviewOptions(host.extensionUri);
    webview.html = buildSummaryHtml(pageResources(webview, host.extensionUri, 'summary.js', 'summary.css'));
    this.disposables.push(
      webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      panel.onDidDispose(() => this.dispose()),
      host.service.onDidChange((uris) => {
        for (const uri of uris) this.letterChanged(uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.read()),
    );
    // The letters already shown (Check All ran, or the summary was open before) are rows at once.
    for (const review of host.service.all()) this.changed.add(review.uri);
    this.flush();
  }

  /** A message from the page (or a test acting as it). Anything the schema refuses is dropped. */
  receive(message: unknown): void {
    const parsed = SummaryToExtensionSchema.safeParse(message);
    if (!parsed.success) {
      this.dropped++;
      this.host.log.warn(`folder summary: dropped an invalid message (${describeIssues(parsed.error)})`);
      return;
    }
    const m = parsed.data;
    switch (m.type) {
      case 'ready':
        this.postTable();
        this.postStatus();
        // Each panel reads the folder once (open letters alone are not the folder); then it follows changes.
        if (!this.readStarted) void this.read();
        return;
      case 'open':
        return void this.open(m.id);
      case 'revealFinding':
        if (this.rows.has(m.id)) void revealFinding(this.host.service, m.id, m.severity);
        return;
      case 'export':
        return void this.export(m.format);
      case 'cancel':
        return this.reading?.cancel();
      case 'rendered':
        this.lastRendered = m;
        return;
    }
  }

  /** Reads the workspace's letters (again), with progress in the page and in the window. */
  async read(): Promise<void> {
    this.readStarted = true;
    this.reading?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.reading = source;
    this.progress = { done: 0, total: 0 };
    this.resultNotices = [];
    this.postStatus();
    try {
      const result = await this.host.service.reviewFolder({
        token: source.token,
        progress: (p) => {
          this.progress = { done: p.done, total: p.total };
          // A status message per file would flood the page on a large folder: a few a second.
          if (Date.now() - this.lastProgressPost >= PATCH_INTERVAL_MS) this.postStatus();
        },
      });
      this.host.watchFiles();
      if (result.cancelled) this.resultNotices.push(`Reading stopped after ${result.done} of ${result.files} files: the table shows the letters read so far.`);
      if (result.capped) this.resultNotices.push(`Only the first ${result.files} files were read.`);
    } catch (e) {
      this.resultNotices.push(`The workspace could not be read: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (this.reading === source) {
        this.reading = undefined;
        this.progress = null;
      }
      source.dispose();
      this.flush();
      this.postStatus();
    }
  }

  snapshot(): SummarySnapshot {
    return { rows: this.rows.size, reading: this.reading !== undefined, lastStatus: this.lastStatus, lastRendered: this.lastRendered, dropped: this.dropped, opened: [...this.opened] };
  }

  /** Exports to `target` (tests), or to a file the user picks. */
  export(format: 'csv' | 'json', target?: vscode.Uri): Promise<boolean> {
    const table = [...this.rows.values()].map((row) => ({ row, report: this.reports.get(row.id)! }));
    return exportSummary(table, format, { target, extensionUri: this.host.extensionUri });
  }

  reveal(): void {
    this.panel.reveal(this.panel.viewColumn, false);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.reading?.cancel();
    if (this.patchTimer) clearTimeout(this.patchTimer);
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
    this.host.onDidDispose(this);
  }

  private async open(id: string): Promise<void> {
    if (!this.rows.has(id)) return;
    this.opened.push(id);
    await vscode.window.showTextDocument(toUri(id), { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }

  private letterChanged(uri: string): void {
    this.changed.add(uri);
    if (!this.patchTimer && !this.disposed) this.patchTimer = setTimeout(() => this.flush(), PATCH_INTERVAL_MS);
  }

  /** Sends the rows that changed since the last patch: one message for many letters. */
  private flush(): void {
    if (this.patchTimer) clearTimeout(this.patchTimer);
    this.patchTimer = undefined;
    const upsert: SummaryRow[] = [];
    const remove: string[] = [];
    for (const uri of this.changed) {
      const report = this.reportOf(uri);
      if (report) {
        const row = summaryRow(uri, report);
        this.rows.set(uri, row);
        this.reports.set(uri, report);
        upsert.push(row);
      } else if (this.rows.delete(uri)) {
        this.reports.delete(uri);
        remove.push(uri);
      }
    }
    this.changed.clear();
    if (upsert.length || remove.length) this.post({ type: 'patch', upsert, remove });
  }

  /** The letter's report, when the service shows a review of a file in the workspace. */
  private reportOf(uri: string): FileReport | null {
    const review = this.host.service.current(uri);
    const resource = toUri(uri);
    if (!review || !vscode.workspace.getWorkspaceFolder(resource)) return null;
    return reportOfReview(review, vscode.workspace.asRelativePath(resource));
  }

  private postTable(): void {
    this.flush();
    this.post({ type: 'table', rows: [...this.rows.values()] });
  }

  private postStatus(): void {
    this.lastProgressPost = Date.now();
    const notices = [...this.host.notices(), ...this.resultNotices].slice(0, 20);
    const status: SummarySnapshot['lastStatus'] = { type: 'status', progress: this.progress, notices };
    this.lastStatus = status;
    this.post(status);
  }

  private post(message: ExtensionToSummary): void {
    if (this.disposed) return;
    const checked = ExtensionToSummarySchema.safeParse(message);
    if (!checked.success) {
      this.host.log.warn(`folder summary: not sending an invalid message (${describeIssues(checked.error)})`);
      return;
    }
    // The page may be closing: a message it cannot take is not an error.
    this.panel.webview.postMessage(checked.data).then(undefined, () => undefined);
  }
}
