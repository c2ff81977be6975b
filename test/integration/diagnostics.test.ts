// Diagnostics in a real VS Code: the expected findings on each real letter, a live edit that creates
// and then clears a finding, settings (a rule off, a severity, maxFileSize, timeLimit, run on save), and the
// workspace check over unopened letters.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, codes, EXTENSION_ID, openLetter, ours, sampleUri, sleep, waitFor, waitUntilChecked } from './support/workspace';

const WITHOUT_STATISTICS = ['000_f12d23132a32b45e.txt', '001_19fad85fc7db6ad4.txt', '002_58b91b53c5fbc2ce.txt', '003_be1f43c79fdd0670.txt'];
const L004 = '004_63abd8654b08d728.txt';

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('letterReview').update(key, value, vscode.ConfigurationTarget.Workspace);
}

async function replaceIn(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const doc = editor.document;
  const at = doc.getText().indexOf(from);
  assert.ok(at >= 0, `"${from}" not in ${doc.fileName}`);
  const ok = await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to));
  assert.ok(ok, 'edit applied');
}

describe('diagnostics in VS Code', function () {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  afterEach(async () => {
    for (const key of ['rules', 'maxFileSize', 'timeLimit', 'run']) await setSetting(key, undefined);
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const name of WITHOUT_STATISTICS) {
    it(`reports ${name} (no statistics figures) with one statistics-missing warning`, async () => {
      const editor = await openLetter(name);
      const uri = editor.document.uri;
      await waitFor(`diagnostics on ${name}`, () => ours(uri).length > 0);
      const [d] = ours(uri);
      assert.deepEqual(codes(uri), ['statistics-missing']);
      assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(editor.document.getText(d!.range), 'Complaint statistics');
      // The code links to its section of the rules documentation shipped with the extension.
      assert.ok(typeof d!.code === 'object');
      const target = (d!.code as { target: vscode.Uri }).target;
      assert.match(target.path, /\/docs\/rules\.md$/);
      assert.equal(target.fragment, 'statistics-missing');
    });
  }

  it(`reports nothing above a hint on ${L004}, which has all three blocks`, async () => {
    const editor = await openLetter(L004);
    await waitUntilChecked(editor.document);
    const serious = ours(editor.document.uri).filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint);
    assert.deepEqual(serious.map(codeOf), []);
  });

  it('creates a finding while typing ("100%" → "67%") and clears it on undo', async () => {
    const editor = await openLetter(L004);
    const uri = editor.document.uri;
    const original = editor.document.getText();
    await replaceIn(editor, '100% of complaints', '67% of complaints');
    const started = Date.now();
    const d = await waitFor('upheld-inconsistent', () => ours(uri).find((x) => codeOf(x) === 'upheld-inconsistent'));
    const latency = Date.now() - started;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(d.range), '67');
    assert.match(d.message, /67% upheld, but 1 of 1 investigation is 100%/);
    // Related information on every figure involved: the upheld decisions and the investigations.
    assert.equal(d.relatedInformation?.length, 2);
    for (const r of d.relatedInformation!) {
      assert.equal(r.location.uri.toString(), uri.toString());
      assert.equal(editor.document.getText(r.location.range), '1');
    }
    console.log(`      (edit applied → diagnostic in ${latency} ms)`);

    await vscode.commands.executeCommand('undo');
    await waitFor('the text restored by undo', () => editor.document.getText() === original);
    await waitFor('the finding to clear after undo', () => ours(uri).length === 0);
  });

  it('honours letterReview.rules: a rule turned off, another severity, and a bad value falls back to the default', async () => {
    const editor = await openLetter(WITHOUT_STATISTICS[0]!);
    const uri = editor.document.uri;
    await waitFor('statistics-missing', () => ours(uri).length === 1);

    await setSetting('rules', { 'statistics-missing': 'off' });
    await waitFor('statistics-missing to go when the rule is off', () => ours(uri).length === 0);

    await setSetting('rules', { 'statistics-missing': 'error' });
    await waitFor('statistics-missing as an error', () => ours(uri)[0]?.severity === vscode.DiagnosticSeverity.Error);

    await setSetting('rules', { 'statistics-missing': 'loudly' });
    await waitFor('statistics-missing back at its default severity', () => ours(uri)[0]?.severity === vscode.DiagnosticSeverity.Warning);

    await setSetting('rules', undefined);
    await waitFor('statistics-missing as a warning', () => ours(uri)[0]?.severity === vscode.DiagnosticSeverity.Warning);
  });

  it('does not check a letter larger than letterReview.maxFileSize', async () => {
    const editor = await openLetter(WITHOUT_STATISTICS[1]!);
    const uri = editor.document.uri;
    await waitFor('statistics-missing', () => ours(uri).length === 1);
    await setSetting('maxFileSize', 1000);
    await waitFor('the diagnostics to go for a file over the limit', () => ours(uri).length === 0);
    await setSetting('maxFileSize', undefined);
    await waitFor('the diagnostics back under the default limit', () => ours(uri).length === 1);
  });

  it('reports a letter past letterReview.timeLimit as not checked, in one warning that says so', async () => {
    const editor = await openLetter(WITHOUT_STATISTICS[1]!);
    const uri = editor.document.uri;
    await waitFor('statistics-missing', () => codes(uri).join() === 'statistics-missing');
    // A microsecond: no letter is read that fast (the engine takes tens of microseconds at best).
    await setSetting('timeLimit', 0.000001);
    const cutOff = 'This file was not checked: checking the letter took longer than the time limit of 0.000001 seconds (letterReview.timeLimit).';
    await waitFor('the time-limit warning in place of the findings', () => ours(uri).length === 1 && ours(uri)[0]!.message === cutOff);
    assert.equal(ours(uri)[0]!.severity, vscode.DiagnosticSeverity.Warning);
    await setSetting('timeLimit', undefined);
    await waitFor('the findings back under the default limit', () => codes(uri).join() === 'statistics-missing');
  });

  it('checks only on save when letterReview.run is "onSave"', async () => {
    await setSetting('run', 'onSave');
    const editor = await openLetter(L004);
    const uri = editor.document.uri;
    await replaceIn(editor, '100% of complaints', '67% of complaints');
    await sleep(800);
    assert.deepEqual(codes(uri), [], 'no check while typing');
    await editor.document.save();
    await waitFor('upheld-inconsistent after saving', () => codes(uri).includes('upheld-inconsistent'));
    await replaceIn(editor, '67% of complaints', '100% of complaints');
    await editor.document.save();
    await waitFor('the finding to clear after saving the fix', () => ours(uri).length === 0);
  });

  it('checks every letter in the workspace, unopened ones too, and keeps them current', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const uris = await Promise.all(WITHOUT_STATISTICS.map(sampleUri));
    await vscode.commands.executeCommand('letterReview.checkWorkspace');
    for (const uri of uris) assert.deepEqual(codes(uri), ['statistics-missing'], uri.path);
    assert.deepEqual(codes(await sampleUri(L004)), []);

    // A letter written after the check is picked up by the file watcher, and dropped when deleted.
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uris[0]!));
    const added = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'added-later.txt');
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(text));
    try {
      await waitFor('the new letter to be checked', () => codes(added).includes('statistics-missing'), 15_000);
    } finally {
      await vscode.workspace.fs.delete(added);
    }
    await waitFor('the deleted letter\'s diagnostics to go', () => ours(added).length === 0, 15_000);
  });
});
