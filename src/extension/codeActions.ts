// Quick fixes for letter diagnostics. Each is an edit the user picks, and undoes like any edit:
//   - the engine's own fix (a percentage set to what its counts give, a singular/plural);
//   - "Ignore <code> in this letter": records the code in the workspace setting `letterReview.ignore`,
//     leaving the letter's text alone;
//   - for Markdown letters (.md), an invisible `<!-- letter-review-disable-next-line code -->` line;
//     never in a plain-text letter, where the comment would show.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, findingFor } from '../service/diagnosticData';
import { disableNextLineInsertion, isMarkdownFile, withIgnored } from '../service/ignoreList';
import { t } from './l10n';
import type { LetterService } from '../service';
import { toRange } from './diagnostics';
import { IgnoreListSchema, SECTION } from '../service/settings';
import type { IgnoreList } from '../service/settings';

export const IGNORE_COMMAND = 'letterReview.ignoreInLetter';

export class LetterCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly service: LetterService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const checked = this.service.current(document.uri.toString());
    // Findings of an older version would put their edits in the wrong place: wait for the next check.
    if (checked?.kind !== 'checked' || checked.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    const inWorkspace = vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
    const markdown = isMarkdownFile(document.uri.path);
    for (const diagnostic of context.diagnostics) {
      const code = codeOf(diagnostic);
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || !code) continue;
      const finding = findingFor(checked.findings, checked.lines, { code, range: diagnostic.range });
      if (!finding) continue;

      if (finding.fix) {
        const fix = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        fix.diagnostics = [diagnostic];
        fix.isPreferred = true;
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.replace(document.uri, toRange(checked.lines.rangeOf(finding.fix.span)), finding.fix.newText);
        actions.push(fix);
      }
      if (inWorkspace) {
        const ignore = new vscode.CodeAction(t('Ignore {0} in this letter', code), vscode.CodeActionKind.QuickFix);
        ignore.diagnostics = [diagnostic];
        ignore.command = { command: IGNORE_COMMAND, title: ignore.title, arguments: [document.uri, code] };
        actions.push(ignore);
      }
      if (markdown) {
        const insertion = disableNextLineInsertion(document.getText(), finding.span.start, code);
        const directive = new vscode.CodeAction(t('Disable {0} for this line with a comment', code), vscode.CodeActionKind.QuickFix);
        directive.diagnostics = [diagnostic];
        directive.edit = new vscode.WorkspaceEdit();
        directive.edit.insert(document.uri, document.positionAt(insertion.offset), insertion.text);
        actions.push(directive);
      }
    }
    return actions;
  }
}

/** Records `code` as ignored for the letter at `uri` in the workspace (folder) settings. */
export async function ignoreInLetter(uri: vscode.Uri | string, code: string): Promise<void> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const folder = vscode.workspace.getWorkspaceFolder(target);
  if (!folder || typeof code !== 'string' || code === '') {
    void vscode.window.showWarningMessage(t('Letter Review can only ignore a finding in a letter inside the open workspace.'));
    return;
  }
  const config = vscode.workspace.getConfiguration(SECTION, folder.uri);
  const inspected = config.inspect<IgnoreList>('ignore');
  // Write where the folder's own settings live, adding to what is there (never copying user settings in).
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const scope = multiRoot ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  const stored = IgnoreListSchema.safeParse((multiRoot ? inspected?.workspaceFolderValue : inspected?.workspaceValue) ?? {});
  if (!stored.success) {
    void vscode.window.showWarningMessage(t('The setting "letterReview.ignore" is not a list of rule codes per letter; correct it before ignoring more findings.'));
    return;
  }
  const current = stored.data;
  const relative = vscode.workspace.asRelativePath(target, false);
  await config.update('ignore', withIgnored(current, relative, code), scope);
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (typeof c === 'string') return c;
  if (typeof c === 'object' && c !== null && typeof c.value === 'string') return c.value;
  return undefined;
}
