// The panel's export buttons: copy the letter's statistics as JSON, or save them as JSON or CSV through
// the save dialog. The content is the current review of the letter's text; the letter itself is never
// written (a save onto the letter's own file is refused).
import * as vscode from 'vscode';
import type { ExportAction } from '../../shared/panelProtocol';
import type { LetterService } from '../../service';
import { fileNameOf, reviewDocument } from './letterDocument';
import { fileReport, reportJson } from '../../core/summary';
import { reportsCsv } from '../../core/csv';

export async function exportStatistics(action: ExportAction, document: vscode.TextDocument, service: LetterService): Promise<void> {
  const reading = reviewDocument(service, document);
  if (!reading.ok) {
    void vscode.window.showWarningMessage(`Letter Review: ${reading.message}`);
    return;
  }
  const { letter, findings, lines } = reading.review;
  const report = fileReport(vscode.workspace.asRelativePath(document.uri, false), letter, findings, lines);
  if (action === 'copyJson') {
    await vscode.env.clipboard.writeText(reportJson(report));
    vscode.window.setStatusBarMessage(`$(check) Statistics of ${fileNameOf(document.uri)} copied as JSON`, 4000);
    return;
  }
  const format = action === 'saveCsv' ? 'csv' : 'json';
  const content = format === 'csv' ? reportsCsv([report]) : reportJson(report);
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(document.uri, format),
    filters: format === 'csv' ? { 'CSV (comma-separated values)': ['csv'] } : { JSON: ['json'] },
    saveLabel: 'Save Statistics',
    title: `Save the statistics of ${fileNameOf(document.uri)} as ${format.toUpperCase()}`,
  });
  if (!target) return;
  if (target.toString() === document.uri.toString()) {
    void vscode.window.showErrorMessage('Letter Review: not saving the statistics over the letter itself. Choose another file name.');
    return;
  }
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  } catch (e) {
    void vscode.window.showErrorMessage(`Letter Review: could not save ${target.fsPath || target.toString()}: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  const open = 'Open';
  const choice = await vscode.window.showInformationMessage(`Letter Review: saved the statistics to ${fileNameOf(target)}.`, open);
  if (choice === open) await vscode.window.showTextDocument(target, { preview: true });
}

/** "004.txt" → "004.statistics.csv" beside the letter (or in the first workspace folder for a new file). */
function defaultTarget(letter: vscode.Uri, format: 'json' | 'csv'): vscode.Uri | undefined {
  const stem = fileNameOf(letter).replace(/\.(?:letter\.)?(?:txt|md|letter)$/i, '') || 'letter';
  const name = `${stem}.statistics.${format}`;
  if (letter.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, name) : undefined;
  }
  return vscode.Uri.joinPath(letter, '..', name);
}
