// One statistics panel: a webview showing one letter's figures. It follows the active letter unless
// locked, re-renders while the letter is typed in (at once, then throttled), and answers the webview's
// requests (reveal a range, toggle the lock, export). Its HTML is set once; updates go by postMessage.
import * as vscode from 'vscode';
import { ExtensionToWebviewSchema, WebviewToExtensionSchema, describeIssues } from '../../shared/panelProtocol';
import type { ExportAction, ExtensionToWebview, PanelSpan, WebviewToExtension } from '../../shared/panelProtocol';
import { buildPanelViewModel } from '../../shared/panelViewModel';
import { buildPanelHtml, makeNonce } from './html';
import type { LetterService } from '../../service';
import { fileNameOf, reviewDocument } from './letterDocument';
import type { PanelLog } from './log';
import { Throttle } from './throttle';
import { exportStatistics } from './exportCommands';

export const UPDATE_INTERVAL_MS = 300;

export interface PanelHost {
  readonly extensionUri: vscode.Uri;
  readonly log: PanelLog;
  /** Every panel shows the letter service's review of its letter. */
  readonly service: LetterService;
  onDidDispose(panel: StatisticsPanel): void;
  onDidUnlock(panel: StatisticsPanel): void;
}

type Rendered = Extract<WebviewToExtension, { type: 'rendered' }>;

/** What tests in a real VS Code read back (through a development-only command). */
export interface PanelSnapshot {
  documentUri: string | null;
  locked: boolean;
  title: string;
  visible: boolean;
  lastPosted: ExtensionToWebview | null;
  lastRendered: Rendered | null;
  dropped: number;
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** What every page of the extension is built from: its CSP source, a fresh nonce, and its script and style as webview URIs. */
export function pageResources(webview: vscode.Webview, extensionUri: vscode.Uri, script: string, style: string): { cspSource: string; nonce: string; scriptUri: string; styleUri: string } {
  return {
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', script)).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', style)).toString(),
  };
}

export class StatisticsPanel implements vscode.Disposable {
  private ready = false;
  private disposed = false;
  /** Increases with each render; a slower, older render never overwrites a newer one. */
  private renderSeq = 0;
  private lastPosted: ExtensionToWebview | null = null;
  private lastRendered: Rendered | null = null;
  private dropped = 0;
  private readonly throttle = new Throttle(() => void this.render(), UPDATE_INTERVAL_MS);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly host: PanelHost,
    private resource: vscode.Uri | undefined,
    private locked: boolean,
  ) {
    const webview = panel.webview;
    webview.options = webviewOptions(host.extensionUri);
    webview.html = buildPanelHtml(pageResources(webview, host.extensionUri, 'main.js', 'panel.css'));
    panel.iconPath = {
      light: vscode.Uri.joinPath(host.extensionUri, 'media', 'statistics-light.svg'),
      dark: vscode.Uri.joinPath(host.extensionUri, 'media', 'statistics-dark.svg'),
    };
    this.disposables.push(
      webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get documentUri(): vscode.Uri | undefined {
    return this.resource;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /** Shows another letter (or the same one again), drawn at once. */
  show(resource: vscode.Uri): void {
    if (this.resource?.toString() === resource.toString()) return;
    this.resource = resource;
    this.throttle.now();
  }

  /** The letter's review changed (typing, settings): redraw, throttled. */
  refresh(): void {
    this.throttle.trigger();
  }

  reveal(column: vscode.ViewColumn, preserveFocus: boolean): void {
    this.panel.reveal(column, preserveFocus);
  }

  snapshot(): PanelSnapshot {
    return {
      documentUri: this.resource?.toString() ?? null,
      locked: this.locked,
      title: this.panel.title,
      visible: this.panel.visible,
      lastPosted: this.lastPosted,
      lastRendered: this.lastRendered,
      dropped: this.dropped,
    };
  }

  /** Every message from the webview comes through here and is validated first. */
  receive(raw: unknown): void {
    const parsed = WebviewToExtensionSchema.safeParse(raw);
    if (!parsed.success) {
      this.dropped++;
      this.host.log.warn(`dropped an invalid message from the webview (${describeIssues(parsed.error)})`);
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.throttle.now();
        return;
      case 'rendered':
        this.lastRendered = message;
        return;
      case 'toggleLock':
        this.locked = !this.locked;
        this.throttle.now();
        if (!this.locked) this.host.onDidUnlock(this);
        return;
      case 'reveal':
        this.revealSpan(message.span).catch((e: unknown) => this.host.log.warn(`could not reveal the figure: ${(e as Error)?.message ?? String(e)}`));
        return;
      case 'export':
        void this.export(message.action);
        return;
    }
  }

  private async document(): Promise<vscode.TextDocument | undefined> {
    const resource = this.resource;
    if (!resource) return undefined;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === resource.toString());
    if (open) return open;
    try {
      return await vscode.workspace.openTextDocument(resource);
    } catch {
      return undefined;
    }
  }

  /**
   * Draws at once, without waiting for the page to say it is ready: a panel brought back after a
   * reload sends its letter's figures while its page loads (VS Code holds the message until the page
   * listens), instead of staying blank until the page's 'ready' and a first review. 'ready' draws again.
   */
  async renderBeforeReady(): Promise<void> {
    await this.render(true);
  }

  private async render(early = false): Promise<void> {
    if ((!this.ready && !early) || this.disposed) return;
    const seq = ++this.renderSeq;
    const message = await this.compose();
    if (seq !== this.renderSeq || this.disposed) return;
    // Checked on the way out too: a message the webview would drop is a bug to log here, not there.
    const checked = ExtensionToWebviewSchema.safeParse(message);
    if (!checked.success) {
      this.host.log.warn(`not sending an invalid update (${describeIssues(checked.error)})`);
      return;
    }
    this.lastPosted = checked.data;
    void this.panel.webview.postMessage(checked.data);
  }

  private async compose(): Promise<ExtensionToWebview> {
    const locked = this.locked;
    if (!this.resource) {
      this.panel.title = 'Statistics';
      return { type: 'empty', documentUri: null, locked, message: 'Open an Ombudsman letter to see its statistics here.' };
    }
    const documentUri = this.resource.toString();
    const document = await this.document();
    if (!document) {
      this.panel.title = 'Statistics';
      return { type: 'empty', documentUri, locked, message: `${fileNameOf(this.resource)} cannot be opened: it may have been moved or deleted.` };
    }
    const reading = reviewDocument(this.host.service, document);
    if (!reading.ok) {
      this.panel.title = `Statistics: ${fileNameOf(document.uri)}`;
      return { type: 'empty', documentUri, locked, message: reading.message };
    }
    const { letter, findings, text, version } = reading.review;
    const model = buildPanelViewModel({ letter, findings, text, fileName: fileNameOf(document.uri) });
    this.panel.title = model.title;
    return { type: 'update', documentUri, documentVersion: version ?? document.version, locked, model };
  }

  /** Selects the span in the letter's editor, after checking it lies within the letter. */
  private async revealSpan(span: PanelSpan): Promise<void> {
    const document = await this.document();
    if (!document) return;
    const length = document.getText().length;
    if (span.end > length) {
      this.host.log.warn(`ignored a reveal of ${span.start}–${span.end}: ${fileNameOf(document.uri)} has ${length} characters`);
      return;
    }
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
    const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async export(action: ExportAction): Promise<void> {
    const document = await this.document();
    if (!document) {
      void vscode.window.showWarningMessage('Letter Review: there is no letter in the statistics panel to export.');
      return;
    }
    await exportStatistics(action, document, this.host.service);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.throttle.dispose();
    this.host.onDidDispose(this);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
