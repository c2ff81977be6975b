// One letter service in a real VS Code: while a letter is typed in, with the statistics panel open and
// the hover, outline and folding asked for at every version, each version is parsed once. The count
// of the engine's reviews comes from a development-only command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openLetter, sleep } from './support/workspace';

const REVIEWS = 'letterReview._service.reviews';
const STATE = 'letterReview._statisticsPanel.state';

/** How many texts containing `needle` the engine reviewed (of its last 200). */
const reviews = async (needle: string): Promise<number> => (await vscode.commands.executeCommand<number>(REVIEWS, needle)) ?? -1;

interface PanelState {
  lastRendered: { documentVersion: number | null } | null;
}

describe('letter service in a real VS Code', function () {
  this.timeout(60_000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('parses each version of a letter once, whatever views and features ask for it', async () => {
    const editor = await openLetter('004_63abd8654b08d728.txt');
    const doc = editor.document;
    await vscode.commands.executeCommand('letterReview.showStatisticsToSide');
    const drawn = async (version: number): Promise<boolean> => {
      const [panel] = (await vscode.commands.executeCommand<PanelState[]>(STATE)) ?? [];
      return panel?.lastRendered?.documentVersion === version;
    };
    const until = async (what: string, test: () => Promise<boolean>): Promise<void> => {
      const end = Date.now() + 15_000;
      while (!(await test())) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await sleep(50);
      }
    };
    await until('the first render', () => drawn(doc.version));
    await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, preserveFocus: false });

    // Each version carries a mark no other text has, so other letters' reviews are not counted.
    const mark = `Typed here ${Date.now()}`;
    const versions: number[] = [];
    for (const percent of ['90', '80', '70', '60', '50']) {
      const text = doc.getText();
      const figure = /(?<!\d)\d+(?=% of complaints we investigated)/.exec(text);
      assert.ok(figure, 'the upheld percentage');
      const range = new vscode.Range(doc.positionAt(figure.index), doc.positionAt(figure.index + figure[0].length));
      assert.ok(await editor.edit((b) => {
        b.replace(range, percent);
        if (versions.length === 0) b.insert(doc.positionAt(0), `${mark}\n`);
      }));
      versions.push(doc.version);
      const position = doc.positionAt(doc.getText().indexOf(`${percent}% of complaints`));
      await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position);
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', doc.uri);
      await until(`the panel to draw version ${doc.version}`, () => drawn(doc.version));
      await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position);
    }
    assert.equal(new Set(versions).size, 5);
    assert.equal(await reviews(mark), versions.length, 'one review per version typed');
  });
});
