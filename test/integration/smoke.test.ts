// Smoke test in the real extension host: the extension is there, activates, registers its language, and
// the five sample letters (.txt) open as letters.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'letter-review.letter-review';
const LETTER = '004_63abd8654b08d728.txt';
const LANGUAGE = 'ombudsman-letter';
const SAMPLES = ['000_f12d23132a32b45e.txt', '001_19fad85fc7db6ad4.txt', '002_58b91b53c5fbc2ce.txt', '003_be1f43c79fdd0670.txt', LETTER];

describe('smoke: extension in a real VS Code', () => {
  it('is installed under its id', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not among ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
  });

  it('activates without throwing', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('runs in a workspace that is a copy of samples/', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'expected exactly one workspace folder');
  });

  it(`opens samples/${LETTER} in an editor`, async () => {
    const doc = await openLetter(LETTER);
    assert.match(doc.getText(), /Rochford District Council/);
    assert.match(doc.getText(), /100% of complaints/);
  });

  it(`registers the language ${LANGUAGE}`, async () => {
    assert.ok(contributedLanguages().includes(LANGUAGE), `${LANGUAGE} is not in the manifest's contributes.languages`);
    assert.ok((await vscode.languages.getLanguages()).includes(LANGUAGE), `${LANGUAGE} is not among VS Code's languages`);
  });

  for (const name of SAMPLES) {
    it(`opens samples/${name} (.txt) as ${LANGUAGE}`, async () => {
      const uri = (await openLetter(name)).uri;
      // Detection switches the language after the open; VS Code then hands out a new document object.
      const doc = await waitFor(`${name} to become ${LANGUAGE}`, () =>
        vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === LANGUAGE),
      );
      assert.equal(doc.languageId, LANGUAGE);
      await waitFor(`the editor of ${name} to show ${LANGUAGE}`, () =>
        vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor.document.languageId === LANGUAGE ? true : undefined,
      );
    });
  }
});

async function openLetter(name: string): Promise<vscode.TextDocument> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`, undefined, 1);
  assert.ok(uri, `${name} not found in the workspace`);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  assert.equal(editor.document.uri.toString(), uri.toString());
  return doc;
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function contributedLanguages(): string[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  const manifest = ext?.packageJSON as { contributes?: { languages?: { id: string }[] } } | undefined;
  return (manifest?.contributes?.languages ?? []).map((l) => l.id);
}
