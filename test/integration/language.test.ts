// Detection in a real VS Code: the real letters (.txt) open as plain text and are switched to the
// letter language; a text that is not a letter never is; `letterReview.detect: "off"` is honoured;
// a user's own choice of language is kept.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, folder, LANGUAGE, sampleUri, waitFor } from './support/workspace';

const LETTERS = ['000_f12d23132a32b45e.txt', '001_19fad85fc7db6ad4.txt', '002_58b91b53c5fbc2ce.txt', '003_be1f43c79fdd0670.txt', '004_63abd8654b08d728.txt'];

const docFor = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function setDetect(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('letterReview').update('detect', value, vscode.ConfigurationTarget.Workspace);
}

describe('letter detection in VS Code', function () {
  const written: vscode.Uri[] = [];
  let letterText = '';

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    letterText = new TextDecoder().decode(await vscode.workspace.fs.readFile(await sampleUri(LETTERS[4]!)));
  });

  after(async () => {
    await setDetect(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of written) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  for (const name of LETTERS) {
    it(`switches the real letter ${name} (.txt) to ${LANGUAGE}`, async () => {
      const uri = await sampleUri(name);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await waitFor(`${name} to become ${LANGUAGE}`, () => docFor(uri)?.languageId === LANGUAGE);
    });
  }

  it('switches a letter saved as Markdown (.md)', async () => {
    const uri = await writeFile('letter-copy.md', letterText);
    written.push(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'markdown');
    await waitFor('letter-copy.md to become a letter', () => docFor(uri)?.languageId === LANGUAGE);
  });

  it('never switches a text file that is not a letter', async () => {
    const notes = await writeFile('notes.txt', 'Notes for Monday\n\nThe Local Government & Social Care Ombudsman was mentioned in the meeting.\n');
    const letter = await writeFile('letter-copy-2.txt', letterText);
    written.push(notes, letter);
    await vscode.workspace.openTextDocument(notes);
    await vscode.workspace.openTextDocument(letter);
    // Detection has run on both once the letter opened after the notes is switched.
    await waitFor('the letter opened after the notes to be switched', () => docFor(letter)?.languageId === LANGUAGE);
    assert.equal(docFor(notes)?.languageId, 'plaintext');
  });

  it('leaves letters in plain text while letterReview.detect is "off", and switches them when it is "auto" again', async () => {
    await setDetect('off');
    const uri = await writeFile('detect-off.txt', letterText);
    written.push(uri);
    await vscode.workspace.openTextDocument(uri);
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(docFor(uri)?.languageId, 'plaintext');
    await setDetect('auto');
    await waitFor('detect-off.txt to be switched once detection is back on', () => docFor(uri)?.languageId === LANGUAGE);
  });

  it('keeps a user\'s choice of plain text for a letter', async () => {
    const uri = await writeFile('user-choice.txt', letterText);
    written.push(uri);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const letter = await waitFor('user-choice.txt to be switched', () => {
      const d = docFor(uri);
      return d?.languageId === LANGUAGE ? d : undefined;
    });
    await vscode.languages.setTextDocumentLanguage(letter, 'plaintext');
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(docFor(uri)?.languageId, 'plaintext');
  });
});
