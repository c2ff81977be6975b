// The one place letters are checked and their diagnostics published, whether the text comes from an
// open editor or from disk (the workspace check). Keyed by URI: a live check replaces a disk check.
import * as vscode from 'vscode';
import { LineIndex, looksBinary, reviewText, summarizeLetter } from '../core';
import type { Finding, Letter } from '../core';
import { countBySeverity, DIAGNOSTIC_SOURCE, toDiagnosticData, withoutIgnored } from '../service/diagnosticData';
import type { DiagnosticData } from '../service/diagnosticData';
import { exceedsSize, utf8Length } from '../service/fileSize';
import { ignoredCodes } from '../service/ignoreList';
import type { LetterReviewSettings } from '../service/settings';
import type { LetterState } from '../service/statusText';

export interface CheckedLetter {
  uri: vscode.Uri;
  /** The document version checked; null when read from disk. */
  version: number | null;
  state: LetterState;
  /** Null when the letter was not checked (too large, binary) or the check failed. */
  letter: Letter | null;
  /** The findings published, after `letterReview.ignore`. */
  findings: Finding[];
  lines: LineIndex | null;
  /** How long the check took, in milliseconds (0 when not checked). */
  checkMs: number;
}

/**
 * A check runs on the extension host's thread: a letter whose check takes longer than this (a huge
 * file; real letters take a few milliseconds) is checked on open and save only, so typing never stalls.
 */
export const SLOW_CHECK_MS = 300;

const SEVERITY: Record<DiagnosticData['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class LetterChecks implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly checked = new Map<string, CheckedLetter>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a letter is checked or forgotten. */
  readonly onDidChange = this.changed.event;

  constructor(
    /** docs/rules.md inside the extension: each diagnostic's code links to its section. */
    private readonly rulesDoc: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Checks `text` as the letter at `uri` and publishes its diagnostics. */
  check(uri: vscode.Uri, text: string, version: number | null, settings: LetterReviewSettings): CheckedLetter {
    let entry: CheckedLetter;
    const started = Date.now();
    if (exceedsSize(text, settings.maxFileSize)) {
      entry = this.notChecked(uri, version, { kind: 'tooLarge', bytes: utf8Length(text), maxBytes: settings.maxFileSize });
    } else if (looksBinary(text)) {
      entry = this.notChecked(uri, version, { kind: 'binary' });
    } else {
      try {
        const { letter, findings: all } = reviewText(text, settings.rules);
        const findings = withoutIgnored(all, ignoredCodes(settings.ignore, vscode.workspace.asRelativePath(uri, false)));
        const lines = new LineIndex(text);
        this.collection.set(uri, findings.map((f) => this.toDiagnostic(uri, toDiagnosticData(f, lines))));
        const checkMs = Date.now() - started;
        entry = {
          uri,
          version,
          state: {
            kind: 'checked',
            summary: summarizeLetter(letter),
            counts: countBySeverity(findings),
            ...(checkMs > SLOW_CHECK_MS ? { slowMs: checkMs } : {}),
          },
          letter,
          findings,
          lines,
          checkMs,
        };
      } catch (e) {
        // The engine never throws on any text; if it ever does, say where and keep the editor working.
        this.log.error(`checking ${uri.toString(true)} failed`, e);
        entry = this.notChecked(uri, version, { kind: 'failed' });
      }
    }
    this.checked.set(uri.toString(), entry);
    this.changed.fire(uri);
    return entry;
  }

  /** Records a file too large to read (the workspace check knows its size without reading it). */
  tooLarge(uri: vscode.Uri, bytes: number, maxBytes: number): void {
    this.checked.set(uri.toString(), this.notChecked(uri, null, { kind: 'tooLarge', bytes, maxBytes }));
    this.changed.fire(uri);
  }

  get(uri: vscode.Uri): CheckedLetter | undefined {
    return this.checked.get(uri.toString());
  }

  all(): CheckedLetter[] {
    return [...this.checked.values()];
  }

  forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
    if (this.checked.delete(uri.toString())) this.changed.fire(uri);
  }

  dispose(): void {
    this.collection.dispose();
    this.changed.dispose();
    this.checked.clear();
  }

  private notChecked(uri: vscode.Uri, version: number | null, state: LetterState): CheckedLetter {
    this.collection.delete(uri);
    return { uri, version, state, letter: null, findings: [], lines: null, checkMs: 0 };
  }

  private toDiagnostic(uri: vscode.Uri, d: DiagnosticData): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: d.code, target: this.rulesDoc.with({ fragment: d.code }) };
    diagnostic.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
    return diagnostic;
  }
}

export function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
