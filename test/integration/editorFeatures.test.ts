// Editor features in a real VS Code: quick fixes applied and undone, ignoring a finding in one letter
// through workspace settings, the directive quick fix for Markdown letters (never plain text), a hover with its
// arithmetic, the outline, folding and Go to Symbol in Workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, folder, openLetter, ours, sampleUri, waitFor, waitUntilChecked } from './support/workspace';

const L000 = '000_f12d23132a32b45e.txt';
const L004 = '004_63abd8654b08d728.txt';
/** A Markdown copy of 004, written for one test and deleted after it. */
const MARKDOWN_COPY = 'rochford-copy.letter.md';

async function replaceIn(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const doc = editor.document;
  const at = doc.getText().indexOf(from);
  assert.ok(at >= 0, `"${from}" not in ${doc.fileName}`);
  assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to)));
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  return all.filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || 'diagnostics' in a);
}

const positionOf = (doc: vscode.TextDocument, needle: string, delta = 0) => {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, needle);
  return doc.positionAt(at + delta);
};

describe('editor features in VS Code', function () {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  afterEach(async () => {
    await vscode.workspace.getConfiguration('letterReview').update('ignore', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('applies "Change 67% to 100%" as an undoable edit, and undo restores the text exactly', async () => {
    const editor = await openLetter(L004);
    const doc = editor.document;
    const original = doc.getText();
    await replaceIn(editor, '100% of complaints', '67% of complaints');
    const edited = doc.getText();
    const d = await waitFor('upheld-inconsistent', () => ours(doc.uri).find((x) => codeOf(x) === 'upheld-inconsistent'));

    const actions = await quickFixes(doc.uri, d.range);
    const fix = actions.find((a) => a.title === 'Change 67% to 100%');
    assert.ok(fix, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.equal(fix.isPreferred, true);
    // (fix.diagnostics is set by the provider but not carried back through executeCodeActionProvider.)
    assert.ok(fix.edit, 'the fix is an edit');
    assert.equal(doc.getText(), edited, 'offering a fix does not change the letter');

    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), original, 'the fix gives back the letter\'s own "100%"');
    await waitFor('the finding to clear after the fix', () => ours(doc.uri).length === 0);

    await vscode.commands.executeCommand('undo');
    await waitFor('undo to take the fix back', () => doc.getText() === edited);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo to take the edit back', () => doc.getText() === original);
  });

  it('fixes a singular/plural mismatch', async () => {
    const editor = await openLetter(L004);
    const doc = editor.document;
    await replaceIn(editor, '1\nupheld decision', '2\nupheld decision');
    const d = await waitFor('plural-mismatch', () => ours(doc.uri).find((x) => codeOf(x) === 'plural-mismatch'));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Hint);
    const fix = (await quickFixes(doc.uri, d.range)).find((a) => a.title === 'Change to "upheld decisions"');
    assert.ok(fix?.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /\n2\nupheld decisions\n/);
    await waitFor('plural-mismatch to clear', () => !ours(doc.uri).some((x) => codeOf(x) === 'plural-mismatch'));
  });

  it('offers to set the remedy block\'s base to the upheld decisions (base-mismatch), which gives the letter back', async () => {
    const editor = await openLetter(L004);
    const doc = editor.document;
    const original = doc.getText();
    // The remedy block's base is the letter's last "total of 1 detailed investigation".
    const at = original.lastIndexOf('total of 1 detailed investigation') + 'total of '.length;
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 1)), '3')));
    const d = await waitFor('base-mismatch', () => ours(doc.uri).find((x) => codeOf(x) === 'base-mismatch'));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.getText(d.range), '3');
    const fix = (await quickFixes(doc.uri, d.range)).find((a) => a.title === 'Change 3 to 1, the upheld decisions');
    assert.ok(fix?.edit, 'the base-mismatch quick fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), original);
    await waitFor('every finding to clear after the fix', () => ours(doc.uri).length === 0);
  });

  it('ignores a finding in one letter through the workspace setting, leaving the letter untouched', async () => {
    const editor = await openLetter(L000);
    const doc = editor.document;
    const text = doc.getText();
    const d = await waitFor('statistics-missing', () => ours(doc.uri)[0]);
    const actions = await quickFixes(doc.uri, d.range);
    const ignore = actions.find((a) => a.title === 'Ignore statistics-missing in this letter');
    assert.ok(ignore?.command, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(ignore.edit, undefined, 'ignoring never edits the letter');
    // Plain-text letter: no HTML-comment directive is offered.
    assert.ok(!actions.some((a) => a.title.startsWith('Disable ')), 'no directive for a plain-text letter');

    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    await waitFor('the ignored finding to go', () => ours(doc.uri).length === 0);
    const stored = vscode.workspace.getConfiguration('letterReview').inspect<Record<string, string[]>>('ignore')?.workspaceValue;
    assert.deepEqual(stored, { [L000]: ['statistics-missing'] });
    assert.equal(doc.getText(), text);
    assert.equal(doc.isDirty, false);

    await vscode.workspace.getConfiguration('letterReview').update('ignore', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the finding back once the setting is cleared', () => ours(doc.uri).length === 1);
  });

  it('offers no comment directive in a plain-text letter, even one with Markdown dress: only the Ignore fix', async () => {
    const editor = await openLetter(L004); // a .txt whose averages are **bold**
    const doc = editor.document;
    await replaceIn(editor, '100% of complaints', '67% of complaints');
    const d = await waitFor('upheld-inconsistent', () => ours(doc.uri).find((x) => codeOf(x) === 'upheld-inconsistent'));
    const titles = (await quickFixes(doc.uri, d.range)).map((a) => a.title);
    assert.ok(titles.includes('Ignore upheld-inconsistent in this letter'), titles.join(' | '));
    assert.ok(!titles.some((title) => title.startsWith('Disable ')), `a comment offered in a .txt letter: ${titles.join(' | ')}`);
  });

  it('offers the disable-next-line comment in a Markdown letter (.md), and it silences the finding', async () => {
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(await sampleUri(L004)));
    const copy = vscode.Uri.joinPath(folder(), MARKDOWN_COPY);
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(source.replace('100% of complaints', '67% of complaints')));
    try {
      const editor = await openLetter(MARKDOWN_COPY);
      const doc = editor.document;
      const d = await waitFor('upheld-inconsistent', () => ours(doc.uri).find((x) => codeOf(x) === 'upheld-inconsistent'));
      const actions = await quickFixes(doc.uri, d.range);
      assert.ok(actions.some((a) => a.title === 'Ignore upheld-inconsistent in this letter'), 'the Ignore fix as well');
      const directive = actions.find((a) => a.title === 'Disable upheld-inconsistent for this line with a comment');
      assert.ok(directive?.edit, `offered: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(directive.edit));
      assert.match(doc.getText(), /\n<!-- letter-review-disable-next-line upheld-inconsistent -->\n67% of complaints/);
      await waitFor('the finding silenced by the comment', () => ours(doc.uri).length === 0);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(copy).then(undefined, () => undefined);
    }
  });

  it('explains a figure on hover, with its arithmetic', async () => {
    const editor = await openLetter(L004);
    const doc = editor.document;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '100% of complaints', 1));
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n')
      .replace(/\\/g, '');
    assert.match(text, /Complaints upheld: 100%/);
    assert.match(text, /Upheld: 1 of 1 detailed investigation = 100%; similar authorities 45%/);
    assert.doesNotMatch(text, /\d %|\(s\)/, 'one number style ("100%"), proper plurals');
    const none = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Dear Mr Scrutton', 2));
    assert.ok(!none.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('Upheld'))));
  });

  it('outlines the sections and statistics blocks, with figures as children', async () => {
    const editor = await openLetter(L004);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepEqual(symbols.map((s) => s.name), [
      'Complaint statistics',
      'Resources to help you get it right',
      'Complaints upheld',
      'Compliance with Ombudsman recommendations',
      'Satisfactory remedies provided by the authority',
    ]);
    const upheld = symbols[2]!;
    assert.deepEqual(upheld.children.map((c) => `${c.name} ${c.detail}`).slice(0, 4), ['Upheld 100%', 'Similar authorities 45%', 'Upheld decisions 1', 'Detailed investigations 1']);
    assert.equal(editor.document.getText(upheld.children[0]!.selectionRange), '100');
    for (const c of upheld.children) assert.ok(upheld.range.contains(c.range));
    // Icons and kind words that fit a letter: a page per section, a field per block, numbers, events.
    const kinds = new Set<vscode.SymbolKind>();
    const visit = (s: vscode.DocumentSymbol): void => {
      kinds.add(s.kind);
      s.children.forEach(visit);
    };
    symbols.forEach(visit);
    assert.deepEqual([...kinds].sort(), [vscode.SymbolKind.File, vscode.SymbolKind.Field, vscode.SymbolKind.Number, vscode.SymbolKind.Event].sort());
    assert.equal(symbols[0]!.kind, vscode.SymbolKind.File, 'a section');
    assert.equal(upheld.kind, vscode.SymbolKind.Field, 'a statistics block');
    assert.equal(upheld.children[0]!.kind, vscode.SymbolKind.Number, 'a figure');
  });

  it('folds by section and finds blocks with Go to Symbol in Workspace', async () => {
    const editor = await openLetter(L004);
    const uri = editor.document.uri;
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    const starts = ranges.map((r) => editor.document.lineAt(r.start).text);
    for (const heading of ['Complaint statistics', 'Complaints upheld', 'Satisfactory remedies provided by the authority']) assert.ok(starts.includes(heading), `${heading} folds`);
    await waitUntilChecked(editor.document);
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Compliance with Ombudsman');
    assert.ok(found.some((s) => s.name === 'Compliance with Ombudsman recommendations' && s.location.uri.toString() === uri.toString()), found.map((s) => s.name).join(', '));
  });
});
