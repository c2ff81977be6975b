// The Problems view: publishes the findings of the review the letter service shows for each letter
// (open letters and those the workspace check read), and clears them when it shows none. One set per
// service event: a folder check's batch of letters is one message to the workbench, not one per letter.
import * as vscode from 'vscode';
import type { LetterService } from '../service';
import { DIAGNOSTIC_SOURCE, toDiagnosticData } from '../service/diagnosticData';
import type { DiagnosticData } from '../service/diagnosticData';
import { toUri } from './documents';

const SEVERITY: Record<DiagnosticData['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class LetterDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly service: LetterService,
    /** docs/rules.md inside the extension: each diagnostic's code links to its section. */
    private readonly rulesDoc: vscode.Uri,
  ) {
    this.subscription = service.onDidChange((uris) => this.publish(uris));
  }

  private publish(keys: readonly string[]): void {
    // An empty list clears a letter's diagnostics, as delete would, within the same one set.
    this.collection.set(keys.map((key): [vscode.Uri, vscode.Diagnostic[]] => [toUri(key), this.diagnosticsOf(key)]));
  }

  private diagnosticsOf(key: string): vscode.Diagnostic[] {
    const review = this.service.current(key);
    if (review?.kind !== 'checked') return [];
    const uri = toUri(key);
    return review.findings.map((f) => this.toDiagnostic(uri, toDiagnosticData(f, review.lines)));
  }

  private toDiagnostic(uri: vscode.Uri, d: DiagnosticData): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: d.code, target: this.rulesDoc.with({ fragment: d.code }) };
    diagnostic.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
    return diagnostic;
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

export function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
