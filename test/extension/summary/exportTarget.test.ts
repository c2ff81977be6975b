// The folder summary's export dialog starts in the workspace folder, never in the extension's own.
import * as assert from 'node:assert/strict';
import { exportFolder } from '../../../src/extension/summary/exportTarget';

const EXTENSION = 'file:///home/me/letter-review';

describe('folder summary: where the export dialog starts', () => {
  it('in the first workspace folder', () => {
    assert.equal(exportFolder(['file:///home/me/letters', 'file:///home/me/other'], EXTENSION), 'file:///home/me/letters');
  });

  it('never in the extension\'s checkout or a folder inside it, nor a look-alike\'s prefix confusion', () => {
    assert.equal(exportFolder([EXTENSION, `${EXTENSION}/samples`], EXTENSION), undefined);
    assert.equal(exportFolder([`${EXTENSION}/`, 'file:///home/me/letters'], EXTENSION), 'file:///home/me/letters');
    assert.equal(exportFolder(['file:///home/me/letter-review-letters'], EXTENSION), 'file:///home/me/letter-review-letters');
  });

  it('leaves the dialog to choose without a workspace folder', () => {
    assert.equal(exportFolder([], EXTENSION), undefined);
  });
});
