import * as assert from 'node:assert/strict';
import { folderReport } from '../../src/service/folderReport';
import type { FolderCounts } from '../../src/service/folderReport';
import { english, plural } from '../../src/service/localize';

const none = { error: 0, warning: 0, information: 0, hint: 0 };
const counts = (over: Partial<FolderCounts>): FolderCounts => ({ files: 7, done: 7, letters: 6, cancelled: false, capped: false, maxFiles: 5000, findings: none, ...over });

describe('the Check All Letters report', () => {
  it('counts letters, files and findings in words, singular for one', () => {
    assert.equal(folderReport(counts({ findings: { error: 1, warning: 4, information: 0, hint: 2 } }), english), 'Letter Review: 6 letters among 7 files; 7 findings (1 error, 4 warnings).');
    assert.equal(folderReport(counts({ files: 1, letters: 1, findings: { ...none, warning: 1 } }), english), 'Letter Review: 1 letter among 1 file; 1 finding (0 errors, 1 warning).');
    assert.equal(folderReport(counts({ letters: 0 }), english), 'Letter Review: 0 letters among 7 files; no findings.');
  });

  it('says how far a cancelled check got, and when only the first files were read', () => {
    assert.equal(folderReport(counts({ cancelled: true, done: 3, letters: 1 }), english), 'Letter Review: check cancelled after 3 of 7 files; 1 letter so far.');
    assert.equal(folderReport(counts({ capped: true, files: 5000, letters: 5000 }), english), 'Letter Review: 5000 letters among 5000 files; no findings. Only the first 5000 files were read.');
  });

  it('hands each form to the translation whole, with the count in its place', () => {
    const asked: string[] = [];
    const t = (message: string, ...args: Array<string | number | boolean>) => {
      asked.push(message);
      return english(message, ...args);
    };
    assert.equal(plural(t, 1, '{0} letter', '{0} letters'), '1 letter');
    assert.equal(plural(t, 0, '{0} letter', '{0} letters'), '0 letters');
    assert.equal(plural(t, 2, '{0} of {1} file', '{0} of {1} files', 'a', 2), 'a of 2 files');
    assert.deepEqual(asked, ['{0} letter', '{0} letters', '{0} of {1} files']);
  });
});
