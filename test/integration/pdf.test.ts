// PDF letters in a real VS Code: "Letter Review: Open PDF as Letter Text" opens a PDF made in the test
// from sample 005 as a read-only letter, with its finding (and page) in Problems, a hover naming the
// page, and an outline; Check All Letters reads PDFs too, giving a PDF that cannot be read one warning
// and still checking the other letters. The PDFs are written into a folder of the test workspace
// and deleted afterwards.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, folder, LANGUAGE, ours, sampleUri, waitFor } from './support/workspace';
import { pdfTextUri } from '../../src/extension/pdfLetters';
import { letterPdf } from '../pdf/support/letterPdf';
import { scannedPdf } from '../pdf/support/badPdfs';

const SAMPLE_005 = '005_figures-do-not-add-up.txt';

/** Half-height pages, so the letter runs to several pages with its footer on each. */
const pdfOf = (text: string) => letterPdf(text, { page: [595, 420], footer: ['Eastbridge Borough Council', 'For the period ending: 31/03/20'] });
const OPEN_PDF = 'letterReview.openPdf';

describe('PDF letters in a real VS Code', function () {
  this.timeout(90_000);
  const dir = (): vscode.Uri => vscode.Uri.joinPath(folder(), 'pdf-letters');
  let letter: vscode.Uri;
  let original: Uint8Array;
  let pageCount = 0;
  let sample = '';

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(await sampleUri(SAMPLE_005)));
    const pdf = await pdfOf(sample);
    pageCount = pdf.pageCount;
    original = pdf.bytes;
    letter = vscode.Uri.joinPath(dir(), '005-eastbridge.pdf');
    await vscode.workspace.fs.writeFile(letter, pdf.bytes);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('opens a PDF as a read-only letter whose finding names its page', async () => {
    assert.ok(pageCount > 1, 'the test PDF has several pages');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>(OPEN_PDF, letter);
    assert.ok(editor, 'the command opened an editor');
    const doc = editor.document;
    assert.equal(doc.uri.toString(), pdfTextUri(letter).toString());
    assert.equal(doc.languageId, LANGUAGE);
    assert.ok(doc.getText().startsWith('Local Government & Social Care OMBUDSMAN'), doc.getText().slice(0, 80));
    // A read-only file system's document: nothing can write it back over the PDF.
    assert.equal(vscode.workspace.fs.isWritableFileSystem(doc.uri.scheme), false);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(doc.uri, new TextEncoder().encode('x'))));

    const finding = await waitFor('upheld-inconsistent on the PDF letter', () => ours(doc.uri).find((d) => codeOf(d) === 'upheld-inconsistent'), 20_000);
    const page = /\(page (\d+) of the PDF\)$/.exec(finding.message);
    assert.ok(page, finding.message);
    assert.ok(Number(page[1]) >= 1 && Number(page[1]) <= pageCount, finding.message);
    assert.match(doc.getText(finding.range), /^67/);

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, finding.range.start);
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, new RegExp(`Page ${page[1]} of the PDF`));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols.length > 0, 'the outline has the letter\'s sections');
  });

  it('reads the letter text again when the PDF changes on disk', async () => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === pdfTextUri(letter).toString());
    assert.ok(doc, 'the letter text from the test before is open');
    const corrected = await pdfOf(sample.replace('67% of complaints', '33% of complaints'));
    await vscode.workspace.fs.writeFile(letter, corrected.bytes);
    try {
      await waitFor('the corrected text', () => doc.getText().includes('33% of complaints'), 20_000);
      await waitFor('the finding to go', () => !ours(doc.uri).some((d) => codeOf(d) === 'upheld-inconsistent'), 20_000);
    } finally {
      await vscode.workspace.fs.writeFile(letter, original);
    }
    // The open letter text follows the PDF back, and its finding with it, before the next test reads
    // the folder: the Problems view shows an open letter text's own review.
    await waitFor('the original text again', () => doc.getText().includes('67% of complaints'), 20_000);
    await waitFor('the finding again', () => ours(doc.uri).some((d) => codeOf(d) === 'upheld-inconsistent'), 20_000);
  });

  it('says why a PDF cannot be opened, and opens nothing', async () => {
    const scan = vscode.Uri.joinPath(dir(), 'scanned.pdf');
    await vscode.workspace.fs.writeFile(scan, await scannedPdf());
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>(OPEN_PDF, scan);
    assert.equal(editor, undefined);
    await vscode.workspace.fs.delete(scan);
  });

  it('checks PDFs with Check All Letters: findings for a letter, one warning for a PDF that cannot be read', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const notPdf = vscode.Uri.joinPath(dir(), 'not-a-pdf.pdf');
    await vscode.workspace.fs.writeFile(notPdf, new TextEncoder().encode('Dear Ms Harding, this file only says it is a PDF.'));
    await vscode.commands.executeCommand('letterReview.checkWorkspace');
    const letterCodes = ours(pdfTextUri(letter)).map(codeOf);
    assert.ok(letterCodes.includes('upheld-inconsistent'), JSON.stringify(letterCodes));
    const bad = ours(pdfTextUri(notPdf));
    assert.equal(bad.length, 1, JSON.stringify(bad.map((d) => d.message)));
    assert.equal(bad[0]!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(bad[0]!.message, /^This file was not checked: not a PDF: the file is named \.pdf but does not start as a PDF does\.$/);
    // The other letters are still checked.
    assert.deepEqual(ours(await sampleUri('000_f12d23132a32b45e.txt')).map(codeOf), ['statistics-missing']);
    assert.deepEqual(ours(await sampleUri(SAMPLE_005)).map(codeOf), ['upheld-inconsistent']);
  });
});
