// Workspace trust and letterReview.officialFigures in a real VS Code (issue 19). The workspace's
// value names a file inside the folder: it is read in a trusted workspace and ignored, said once, in
// an untrusted one; a path that leaves the folder ("..", absolute, a symbolic link) is refused; the
// user's own value may name a file anywhere; a malformed file gives one message naming the line and
// none of its content. code-server runs this suite with workspace trust switched off (it cannot open
// a workspace as untrusted without a modal prompt), so "untrusted" is driven through the test-only
// command letterReview._trust.simulate, which makes the extension take the workspace as untrusted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LetterReviewApi } from '../../src/extension/activate';
import type { OfficialState } from '../../src/extension/officialFigures';
import { EXTENSION_ID, codeOf, folder, openLetter, ours, sleep, waitFor } from './support/workspace';

const SIMULATE = 'letterReview._trust.simulate';
const OFFICIAL = 'letterReview._official.state';
const L004 = '004_63abd8654b08d728.txt';
const CSV = 'council,year,metric,value\r\nRochford District Council,2019-20,upheld_percent,96\r\n';
const SECRET = '-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAA';

const official = async (): Promise<OfficialState> => (await vscode.commands.executeCommand<OfficialState>(OFFICIAL))!;
const config = () => vscode.workspace.getConfiguration('letterReview');

async function setOfficial(value: string | undefined, target = vscode.ConfigurationTarget.Workspace): Promise<void> {
  await config().update('officialFigures', value, target);
}

/** Waits until the official figures came to `test` (they are read again after each change). */
async function waitForOfficial(what: string, test: (s: OfficialState) => boolean): Promise<OfficialState> {
  const end = Date.now() + 15_000;
  let last: OfficialState | undefined;
  while (Date.now() < end) {
    last = await official();
    if (test(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for the official figures: ${what}; last: ${JSON.stringify(last)}`);
}

const mismatch = (uri: vscode.Uri) => ours(uri).find((d) => codeOf(d) === 'official-mismatch');

describe('workspace trust and letterReview.officialFigures in a real VS Code', function () {
  this.timeout(60_000);
  let letter: vscode.Uri;
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'letter-review-outside-'));
  const outsideCsv = path.join(outside, 'official.csv');
  const created: vscode.Uri[] = [];

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    fs.writeFileSync(outsideCsv, CSV);
    const inside = vscode.Uri.joinPath(folder(), 'official.csv');
    await vscode.workspace.fs.writeFile(inside, new TextEncoder().encode(CSV));
    created.push(inside);
    letter = (await openLetter(L004)).document.uri;
  });

  after(async () => {
    await setOfficial(undefined);
    await setOfficial(undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand(SIMULATE, null);
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    fs.rmSync(outside, { recursive: true, force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reads the workspace\'s file in a trusted workspace: a figure that differs is official-mismatch', async () => {
    await setOfficial('official.csv');
    await waitForOfficial('the file read', (s) => s.loaded?.figures === 1);
    const d = await waitFor('official-mismatch on 004', () => mismatch(letter), 15_000);
    assert.equal(d.message, 'upheld 100% here, 96% in official.csv (line 2)');
    assert.equal(d.relatedInformation?.[0]?.location.uri.toString(), vscode.Uri.joinPath(folder(), 'official.csv').toString());
    assert.equal(d.relatedInformation?.[0]?.location.range.start.line, 1);
  });

  it('ignores the workspace\'s value in an untrusted workspace, and says so once', async () => {
    await vscode.commands.executeCommand(SIMULATE, false);
    const s = await waitForOfficial('the value ignored', (x) => x.loaded === null);
    assert.equal(s.notices.length, 1);
    assert.match(s.notices[0]!, /letterReview\.officialFigures in this workspace's settings \("official\.csv"\) is ignored: the workspace is not trusted/);
    await waitFor('official-mismatch gone', () => !mismatch(letter), 15_000);
    // The user's own value still applies, even in an untrusted workspace.
    await setOfficial(outsideCsv, vscode.ConfigurationTarget.Global);
    await waitForOfficial('the user\'s file read', (x) => x.loaded?.file === vscode.Uri.file(outsideCsv).toString());
    await waitFor('official-mismatch from the user\'s file', () => mismatch(letter), 15_000);
    await setOfficial(undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand(SIMULATE, true);
    await waitForOfficial('trusted again: the workspace file read', (x) => x.loaded?.file === vscode.Uri.joinPath(folder(), 'official.csv').toString());
  });

  for (const [what, value] of [
    ['a ".." path', () => path.relative(folder().fsPath, outsideCsv)],
    ['an absolute path', () => outsideCsv],
  ] as const) {
    it(`refuses ${what} out of the folder in the workspace's settings, with a clear message`, async () => {
      await setOfficial(value());
      const expected = what === 'an absolute path' ? /is not read: it is an absolute path\. A workspace may name only a file inside its folder/ : /is not read: it leads out of the workspace folder\. A workspace may name only a file inside its folder/;
      await waitForOfficial('refused', (x) => x.loaded === null && x.notices.length === 1 && expected.test(x.notices[0]!));
      await waitFor('no official-mismatch', () => !mismatch(letter), 15_000);
    });
  }

  it('refuses a symbolic link in the folder that points out of it', async () => {
    const link = path.join(folder().fsPath, 'linked.csv');
    fs.symlinkSync(outsideCsv, link);
    created.push(vscode.Uri.file(link));
    await setOfficial('linked.csv');
    await waitForOfficial('refused as a link', (x) => x.loaded === null && x.notices.length === 1 && /a symbolic link takes it out of the workspace folder/.test(x.notices[0]!));
  });

  it('says what is wrong with a malformed file, naming the line, and echoes none of a file that is not plainly CSV', async () => {
    const bad = vscode.Uri.joinPath(folder(), 'bad.csv');
    created.push(bad);
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode(`council,year,metric,value\n${SECRET}\n`));
    await setOfficial('bad.csv');
    const s = await waitForOfficial('a message naming the line', (x) => x.loaded === null && x.notices.length === 1 && /^letterReview\.officialFigures: bad\.csv line 2: /.test(x.notices[0]!));
    assert.ok(!s.notices[0]!.includes('OPENSSH') && !s.notices[0]!.includes('b3Bl'), s.notices[0]);
    // Every letter is still checked, without the official figures.
    const api = await vscode.extensions.getExtension<LetterReviewApi>(EXTENSION_ID)!.activate();
    assert.notEqual(api.checkedVersion(letter), undefined);
    await waitFor('no official-mismatch', () => !mismatch(letter), 15_000);
  });
});
