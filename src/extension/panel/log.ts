// Where the panel reports what it dropped (invalid messages, spans outside the letter, bad settings).
// The "Letter Review" output channel is created on first use, so a session with nothing to report
// adds no channel.
import * as vscode from 'vscode';

export class PanelLog implements vscode.Disposable {
  private channel: vscode.LogOutputChannel | undefined;

  warn(message: string): void {
    this.channel ??= vscode.window.createOutputChannel('Letter Review', { log: true });
    this.channel.warn(`[statistics panel] ${message}`);
  }

  dispose(): void {
    this.channel?.dispose();
  }
}
