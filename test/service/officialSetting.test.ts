// Which file letterReview.officialFigures may make the extension read: the workspace's value only when
// the workspace is trusted and only inside its folder; the user's own value anywhere.
import * as assert from 'node:assert/strict';
import { decideOfficialFile, isInside, normalize } from '../../src/service/officialSetting';
import type { OfficialSettingValues } from '../../src/service/officialSetting';

const FOLDER = '/home/me/letters';
const decide = (values: OfficialSettingValues, trusted = true, folder: string | null = FOLDER) => decideOfficialFile({ values, trusted, folder });

describe('letterReview.officialFigures: which file may be read', () => {
  it('reads nothing when no value is set, or only spaces', () => {
    assert.deepEqual(decide({}), { kind: 'none', notice: null });
    assert.deepEqual(decide({ workspace: '  ', user: '' }), { kind: 'none', notice: null });
  });

  it('in a trusted workspace, reads a file inside the workspace folder', () => {
    assert.deepEqual(decide({ workspace: 'data/official.csv' }), { kind: 'read', path: '/home/me/letters/data/official.csv', inside: FOLDER, notice: null });
    assert.deepEqual(decide({ workspace: './data/../official.csv' }), { kind: 'read', path: '/home/me/letters/official.csv', inside: FOLDER, notice: null });
    // A folder's own setting wins over the workspace file's (multi-root).
    assert.deepEqual(decide({ workspace: 'a.csv', workspaceFolder: 'b.csv' }), { kind: 'read', path: '/home/me/letters/b.csv', inside: FOLDER, notice: null });
  });

  for (const [what, value] of [
    ['"..", out of the folder', '../../secrets.csv'],
    ['"..", back into a sibling', '../letters-old/official.csv'],
    ['an absolute path', '/home/me/.ssh/id_rsa'],
    ['a home path', '~/.ssh/id_rsa'],
    ['a Windows drive', 'C:\\Users\\me\\secrets.csv'],
    ['a Windows ".."', '..\\..\\secrets.csv'],
    ['a UNC path', '\\\\server\\share\\x.csv'],
    ['a URI', 'file:///etc/passwd'],
  ] as const) {
    it(`in a trusted workspace, refuses ${what} with a clear message`, () => {
      const d = decide({ workspace: value });
      assert.equal(d.kind, 'refused');
      assert.match((d as { message: string }).message, /^letterReview\.officialFigures in this workspace's settings \(".*"\) is not read: .*A workspace may name only a file inside its folder; to read a file elsewhere, name it in your user settings\.$/);
    });
  }

  it('in an untrusted workspace, ignores the workspace value and says so, falling back to the user value', () => {
    const ignored = decide({ workspace: '/home/me/.ssh/id_rsa' }, false);
    assert.equal(ignored.kind, 'none');
    assert.match((ignored as { notice: string }).notice, /is ignored: the workspace is not trusted \(Restricted Mode\)/);
    const user = decide({ workspace: 'evil.csv', user: '/data/official.csv' }, false);
    assert.equal(user.kind, 'read');
    assert.equal((user as { path: string }).path, '/data/official.csv');
    assert.ok((user as { notice: string | null }).notice, 'still says the workspace value was ignored');
    // Even a harmless workspace value is ignored: trust is the workspace's, not the path's.
    assert.equal(decide({ workspace: 'data/official.csv' }, false).kind, 'none');
  });

  it('reads the user\'s own value anywhere: absolute, or relative to the workspace folder', () => {
    assert.deepEqual(decide({ user: '/data/official.csv' }), { kind: 'read', path: '/data/official.csv', inside: null, notice: null });
    assert.deepEqual(decide({ user: '../shared/official.csv' }), { kind: 'read', path: '/home/me/shared/official.csv', inside: null, notice: null });
    assert.equal(decide({ user: 'official.csv' }, true, null).kind, 'refused');
  });

  it('never echoes more of the value than 80 characters, on one line', () => {
    const d = decide({ workspace: `../${'x'.repeat(500)}\u202e\n` });
    const message = (d as { message: string }).message;
    assert.ok(!message.includes('x'.repeat(81)));
    assert.ok(!/[\n\u202e]/.test(message));
  });

  it('normalises paths and tells inside from outside', () => {
    assert.equal(normalize('/a/./b/../c//d'), '/a/c/d');
    assert.equal(normalize('/../../etc'), '/etc');
    assert.ok(isInside('/home/me/letters/x.csv', FOLDER));
    assert.ok(!isInside('/home/me/letters-old/x.csv', FOLDER));
    assert.ok(isInside(FOLDER, `${FOLDER}/`));
  });
});
