import * as vscode from 'vscode';

// Placeholder wiring: the language-support issue fills this in.
export function activate(context: vscode.ExtensionContext): void {
  void context;
}

export function deactivate(): void {}
