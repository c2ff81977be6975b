// Nothing is lost (issue 7): in a real VS Code, every command the extension contributes and every
// provider it registers leaves each real letter exactly as it was — not dirty, the same text, the same
// bytes on disk. Only a quick fix the user applies edits a letter, and undo restores it exactly.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, folder, LANGUAGE, ours, sampleUri, sleep, waitFor } from './support/workspace';
import { parseLetter } from '../../src/core';
import type { Figure } from '../../src/core';

const L004 = '004_63abd8654b08d728.txt';
const LETTERS = ['000_f12d23132a32b45e.txt', '001_19fad85fc7db6ad4.txt', '002_58b91b53c5fbc2ce.txt', '003_be1f43c79fdd0670.txt', L004];
const WITHOUT_STATISTICS = new Set(LETTERS.slice(0, 4));
const INCONSISTENT_COPY = 'nothing-lost-004-inconsistent.txt';

/**
 * How this test runs each contributed command against the letter at `uri`. A command missing here fails
 * the test: a new command must be looked at before it can be said to lose nothing.
 */
const COMMAND_ARGUMENTS: Record<string, (uri: vscode.Uri) => unknown[]> = {
  'letterReview.checkWorkspace': () => [],
  // Given a letter that is no PDF, says so and opens nothing.
  'letterReview.openPdf': (uri) => [uri],
  'letterReview.showStatistics': () => [],
  'letterReview.showStatisticsToSide': () => [],
  // Reads the folder's letters into a table; it never writes one.
  'letterReview.showSummary': () => [],
  // The status bar item's command: opens the statistics panel for the active letter.
  'letterReview.openDetails': () => [],
  // The quick fix's command (hidden from the palette): writes the workspace setting, never the letter.
  'letterReview.ignoreInLetter': (uri) => [uri, 'statistics-missing'],
};

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Opens a letter in the active editor and waits until detection has made it a letter. */
async function openLetter(uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  return waitFor(`${uri.path} open as a letter`, () => {
    const e = vscode.window.activeTextEditor;
    return e?.document.uri.toString() === uri.toString() && e.document.languageId === LANGUAGE ? e : undefined;
  });
}

/** Every figure the engine reads in the letter, wherever it sits in the model. */
function figuresOf(text: string): Figure[] {
  const found: Figure[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if ('value' in o && 'text' in o && 'span' in o && 'noun' in o) found.push(o as unknown as Figure);
    Object.values(o).forEach(walk);
  };
  walk(parseLetter(text));
  return found;
}

/** The letter's state that must not change: its text, whether it is dirty, its version, its bytes on disk. */
async function stateOf(doc: vscode.TextDocument) {
  return { text: doc.getText(), isDirty: doc.isDirty, version: doc.version, bytes: await vscode.workspace.fs.readFile(doc.uri) };
}

async function assertUnchanged(doc: vscode.TextDocument, before: Awaited<ReturnType<typeof stateOf>>, after: string): Promise<void> {
  const now = await stateOf(doc);
  assert.equal(now.isDirty, false, `${doc.fileName} is dirty after ${after}`);
  assert.equal(now.version, before.version, `${doc.fileName} was edited (version ${before.version} → ${now.version}) by ${after}`);
  assert.ok(now.text === before.text, `${doc.fileName}'s text changed after ${after}`);
  assert.ok(sameBytes(now.bytes, before.bytes), `${doc.fileName} changed on disk after ${after}`);
}

describe('nothing is lost: commands and providers leave the letters alone', function () {
  // Every command on every letter, the folder summary among them: about 20 s a letter on a busy machine.
  this.timeout(90_000);
  const onDisk = new Map<string, Uint8Array>();
  let ignoreBefore: unknown;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    for (const name of LETTERS) onDisk.set(name, await vscode.workspace.fs.readFile(await sampleUri(name)));
    ignoreBefore = vscode.workspace.getConfiguration('letterReview').inspect('ignore')?.workspaceValue;
  });

  after(async () => {
    await vscode.workspace.getConfiguration('letterReview').update('ignore', ignoreBefore, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), INCONSISTENT_COPY)).then(undefined, () => undefined);
  });

  for (const name of LETTERS) {
    it(`runs every command and provider on ${name} without dirtying or changing it`, async () => {
      const uri = await sampleUri(name);
      const editor = await openLetter(uri);
      const doc = editor.document;
      if (WITHOUT_STATISTICS.has(name)) await waitFor(`statistics-missing on ${name}`, () => ours(uri).some((d) => codeOf(d) === 'statistics-missing'));
      else await sleep(300);
      const before = await stateOf(doc);
      assert.equal(before.isDirty, false, `${name} is dirty before the test touched it`);

      // Providers, as the editor calls them.
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
      const figures = figuresOf(before.text);
      let hovers = 0;
      for (const f of figures) {
        const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(f.span.start));
        if (result.length > 0) hovers++;
      }
      let actions = 0;
      for (const d of ours(uri)) {
        const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, undefined, 10);
        actions += found.length;
      }
      await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '');
      await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'council');
      await assertUnchanged(doc, before, 'the providers');
      if (name === L004) {
        // The providers really ran: 004 has an outline, figures with hovers.
        assert.ok(symbols.length > 0, 'an outline for 004');
        assert.ok(figures.length > 0 && hovers === figures.length, `a hover on each of 004's ${figures.length} figures (got ${hovers})`);
      } else {
        assert.ok(actions > 0, `quick fixes offered for ${name}'s statistics-missing`);
      }

      // Every contributed command, with the letter active (as from the palette or the editor title).
      const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
      const commands = manifest.contributes.commands.map((c) => c.command);
      for (const required of ['letterReview.checkWorkspace', 'letterReview.showStatistics', 'letterReview.showStatisticsToSide']) {
        assert.ok(commands.includes(required), `${required} is contributed`);
      }
      for (const command of commands) {
        const args = COMMAND_ARGUMENTS[command];
        assert.ok(args, `contributed command ${command} is new to this test: add how to run it to COMMAND_ARGUMENTS`);
        await vscode.window.showTextDocument(doc, { preview: false });
        await vscode.commands.executeCommand(command, ...args(uri));
        await sleep(150);
        await assertUnchanged(doc, before, command);
      }
      // The ignore command did its job in the settings, and the diagnostics follow; the letter stays as it was.
      const ignored = vscode.workspace.getConfiguration('letterReview').get<Record<string, string[]>>('ignore') ?? {};
      assert.ok(Object.values(ignored).some((codes) => codes.includes('statistics-missing')), 'letterReview.ignoreInLetter recorded the code');
      await vscode.workspace.getConfiguration('letterReview').update('ignore', ignoreBefore, vscode.ConfigurationTarget.Workspace);
      if (WITHOUT_STATISTICS.has(name)) await waitFor(`statistics-missing back on ${name}`, () => ours(uri).some((d) => codeOf(d) === 'statistics-missing'));
      await sleep(300);
      await assertUnchanged(doc, before, 'the checks settled');
      console.log(`      (${name}: ${figures.length} figures hovered, ${actions} quick fixes offered, ${commands.length} commands run)`);
    });
  }

  it('leaves every letter clean and byte-identical on disk after all of that', async () => {
    for (const d of vscode.workspace.textDocuments) assert.equal(d.isDirty, false, `${d.uri.toString()} is dirty`);
    for (const name of LETTERS) {
      assert.ok(sameBytes(await vscode.workspace.fs.readFile(await sampleUri(name)), onDisk.get(name)!), `${name} changed on disk`);
    }
  });

  it('applies a quick fix only at its figure, and undo restores the letter exactly', async () => {
    const original = new TextDecoder().decode(onDisk.get(L004)!);
    const at = original.indexOf('100% of complaints');
    assert.ok(at >= 0, '004 says "100% of complaints"');
    const inconsistent = original.slice(0, at) + '67' + original.slice(at + 3);
    const uri = vscode.Uri.joinPath(folder(), INCONSISTENT_COPY);
    const saved = new TextEncoder().encode(inconsistent);
    await vscode.workspace.fs.writeFile(uri, saved);

    const editor = await openLetter(uri);
    const doc = editor.document;
    const finding = await waitFor('upheld-inconsistent', () => ours(uri).find((d) => codeOf(d) === 'upheld-inconsistent'));
    assert.equal(doc.getText(finding.range), '67');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, undefined, 10);
    const fix = actions.find((a) => a.title === 'Change 67% to 100%');
    assert.ok(fix?.edit, `the quick fix "Change 67% to 100%" among ${actions.map((a) => a.title).join(' | ')}`);
    // Offering the fix changed nothing.
    assert.equal(doc.getText(), inconsistent);
    assert.equal(doc.isDirty, false);

    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix applied');
    const expected = inconsistent.slice(0, at) + '100' + inconsistent.slice(at + 2);
    assert.ok(doc.getText() === expected, 'the fix changed the text only at the figure (67 → 100)');
    assert.equal(doc.isDirty, true);
    assert.ok(sameBytes(await vscode.workspace.fs.readFile(uri), saved), 'applying the fix did not save the letter');
    await waitFor('the finding to clear after the fix', () => !ours(uri).some((d) => codeOf(d) === 'upheld-inconsistent'));

    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('undo');
    await waitFor('undo to restore the text', () => doc.getText() === inconsistent);
    assert.equal(doc.isDirty, false, 'undone back to the saved text: not dirty');
    assert.ok(sameBytes(await vscode.workspace.fs.readFile(uri), saved), 'the file on disk is as written');
    await waitFor('the finding back after undo', () => ours(uri).some((d) => codeOf(d) === 'upheld-inconsistent'));
  });
});
