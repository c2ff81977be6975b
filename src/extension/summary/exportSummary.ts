// The folder summary's Export CSV and Export JSON: every letter of the table as the CLI reports it,
// CSV with the one column definition (src/core/csv.ts, formulas neutralised) and JSON as `--format
// json` prints it. Written only where the user picks in the save dialog, never over a letter; the
// dialog opens in the workspace folder, never in the extension's own folder.
import * as vscode from 'vscode';
import { reportsCsv } from '../../core';
import type { FileReport } from '../../core';
import { reportsJson } from '../../service/reports';
import { compareNatural } from '../../shared/summaryColumns';
import type { SummaryRow } from '../../shared/summaryProtocol';
import { toUri } from '../documents';
import { exportFolder } from './exportTarget';

export interface ExportOptions {
  /** Where to write without asking (tests); otherwise the save dialog asks. */
  target?: vscode.Uri;
  extensionUri: vscode.Uri;
}

/** The file written for the rows (in natural order of their files), or nothing when the user cancelled. */
export async function exportSummary(table: readonly { row: SummaryRow; report: FileReport }[], format: 'csv' | 'json', options: ExportOptions): Promise<boolean> {
  // The table as shown: each row's report as it was drawn (a letter being read again keeps its row).
  const reports = [...table].sort((a, b) => compareNatural(a.row.file, b.row.file)).map((t) => t.report);
  const rows = table.map((t) => t.row);
  const content = format === 'csv' ? reportsCsv(reports) : reportsJson(reports);
  const target =
    options.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: defaultExportUri(vscode.workspace.workspaceFolders?.map((f) => f.uri) ?? [], options.extensionUri, `letter-summary.${format}`),
      filters: format === 'csv' ? { 'CSV (comma-separated values)': ['csv'] } : { JSON: ['json'] },
      saveLabel: 'Export',
      title: `Export the letter summary as ${format.toUpperCase()}`,
    }));
  if (!target) return false;
  if (rows.some((r) => toUri(r.id).toString() === target.toString())) {
    void vscode.window.showErrorMessage('Letter Review: not exporting over a letter. Choose another file name.');
    return false;
  }
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  } catch (e) {
    void vscode.window.showErrorMessage(`Letter Review: could not export to ${target.fsPath || target.toString()}: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
  if (!options.target) {
    const open = 'Open';
    const choice = await vscode.window.showInformationMessage(`Letter Review: exported ${reports.length} ${reports.length === 1 ? 'letter' : 'letters'} to ${target.path.split('/').pop()}.`, open);
    if (choice === open) await vscode.window.showTextDocument(target, { preview: true });
  }
  return true;
}

/** The dialog's starting file: `name` in the workspace folder, never in the extension's own folder. */
function defaultExportUri(folders: readonly vscode.Uri[], extensionUri: vscode.Uri, name: string): vscode.Uri | undefined {
  const folder = exportFolder(folders.map((f) => f.toString()), extensionUri.toString());
  return folder ? vscode.Uri.joinPath(vscode.Uri.parse(folder), name) : undefined;
}
