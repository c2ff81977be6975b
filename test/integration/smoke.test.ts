// Smoke test in the real extension host: the extension is there, activates, and a sample letter opens.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'letter-review.letter-review';
const LETTER = '004_63abd8654b08d728.txt';
const LANGUAGE = 'ombudsman-letter';

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

  it(`registers the language ${LANGUAGE} when it is contributed`, async function () {
    if (!contributedLanguages().includes(LANGUAGE)) {
      console.log(`SKIPPED language registration check: language ${LANGUAGE} not contributed yet`);
      this.skip();
    }
    assert.ok((await vscode.languages.getLanguages()).includes(LANGUAGE));
  });
  // That the sample letters (.txt) switch to the language is language.test.ts's job.
});

async function openLetter(name: string): Promise<vscode.TextDocument> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`, undefined, 1);
  assert.ok(uri, `${name} not found in the workspace`);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  assert.equal(editor.document.uri.toString(), uri.toString());
  return doc;
}

function contributedLanguages(): string[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  const manifest = ext?.packageJSON as { contributes?: { languages?: { id: string }[] } } | undefined;
  return (manifest?.contributes?.languages ?? []).map((l) => l.id);
}
