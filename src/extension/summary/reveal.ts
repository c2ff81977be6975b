// "Show the first error" from a count in the folder summary: opens the letter and selects the first
// finding of that severity, as the Problems view would.
import * as vscode from 'vscode';
import type { Severity } from '../../core';
import type { LetterService } from '../../service';
import { toRange } from '../diagnostics';
import { toUri } from '../documents';

export async function revealFinding(service: LetterService, uri: string, severity: Severity): Promise<boolean> {
  const review = service.current(uri);
  if (review?.kind !== 'checked') return false;
  const first = review.findings.filter((f) => f.severity === severity).sort((a, b) => a.span.start - b.span.start)[0];
  if (!first) return false;
  const range = toRange(review.lines.rangeOf(first.span));
  await vscode.window.showTextDocument(toUri(uri), { viewColumn: vscode.ViewColumn.Beside, preview: true, selection: range });
  return true;
}
