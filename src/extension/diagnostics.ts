// The Problems view: publishes the findings of the review the letter service shows for each letter
// (open letters and those the workspace check read), and clears them when it shows none. One set per
// service event: a folder check's batch of letters is one message to the workbench, not one per letter.
import * as vscode from 'vscode';
import type { Finding } from '../core';
import type { LetterService } from '../service';
import { DIAGNOSTIC_SOURCE, toDiagnosticData } from '../service/diagnosticData';
import type { DiagnosticData } from '../service/diagnosticData';
import { toUri } from './documents';
import { t } from './l10n';
import { pdfKeysOf } from './pdfLetters';

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
    // One set per event: an empty list clears a letter's diagnostics, as delete would.
    this.collection.set(keys.map((key) => this.diagnosticsOf(key)));
  }

  private diagnosticsOf(key: string): [vscode.Uri, vscode.Diagnostic[]] {
    // A PDF's findings go to its letter-text document, whether an editor or Check All Letters read it.
    const pdf = pdfKeysOf(key);
    const uri = pdf?.target ?? toUri(key);
    const review = (pdf?.keys ?? [key]).map((k) => this.service.current(k)).find((r) => r !== undefined);
    if (review?.kind === 'unreadable') {
      const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), t('This file was not checked: {0}.', review.reason), vscode.DiagnosticSeverity.Warning);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      return [uri, [diagnostic]];
    }
    if (review?.kind !== 'checked') return [uri, []];
    return [uri, review.findings.map((f) => this.toDiagnostic(uri, toDiagnosticData(f, review.lines), f, review.pages?.pageAt(f.span.start)))];
  }

  /** `page`: a PDF letter's page the finding stands on, said in its message. */
  private toDiagnostic(uri: vscode.Uri, d: DiagnosticData, finding: Finding, page?: number): vscode.Diagnostic {
    const message = page === undefined ? d.message : t('{0} (page {1} of the PDF)', d.message, page);
    const diagnostic = new vscode.Diagnostic(toRange(d.range), message, SEVERITY[d.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: d.code, target: this.rulesDoc.with({ fragment: d.code }) };
    diagnostic.relatedInformation = d.related.map((r, i) => {
      // A finding over letters read together may point into another letter or the official figures.
      const other = finding.related[i]?.file;
      const lines = other ? this.service.linesOf(other) : undefined;
      if (!other) return new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message);
      // That file no longer shown: its start, never a range taken from this letter's lines.
      const range = lines ? toRange(lines.rangeOf(finding.related[i]!.span)) : new vscode.Range(0, 0, 0, 0);
      const location = new vscode.Location(toUri(other), range);
      return new vscode.DiagnosticRelatedInformation(location, r.message);
    });
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
