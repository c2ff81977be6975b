// The folder summary in a real VS Code: the command reads every letter of the workspace (the samples,
// none of them open), the page draws a row per letter; a row opens its letter and a count reveals its
// first finding; letters written, changed and deleted on disk change the table; letters of one year
// that quote different averages get averages-disagree (in the Problems view too, pointing at another
// letter); the CSV export neutralises a council name a spreadsheet would run. What the panel sent and
// what its page drew (read back from the DOM) come from development-only commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SummarySnapshot } from '../../src/extension/summary/summaryPanel';
import { EXTENSION_ID, codeOf, folder, ours, sampleUri, sleep, waitFor } from './support/workspace';

const STATE = 'letterReview._summary.state';
const RECEIVE = 'letterReview._summary.receive';
const EXPORT = 'letterReview._summary.exportTo';
const SAMPLES = 7;
const HOSTILE = '<img src=x onerror="window.__pwned=1"> District Council';
const FORMULA = '=HYPERLINK("http://evil.example","click") District Council';

const state = async (): Promise<SummarySnapshot | null> => (await vscode.commands.executeCommand<SummarySnapshot | null>(STATE)) ?? null;

/** Polls the summary until `test` passes; fails with the last state seen. */
async function waitForSummary(what: string, test: (s: SummarySnapshot) => boolean, timeoutMs = 60_000): Promise<SummarySnapshot> {
  const end = Date.now() + timeoutMs;
  let last: SummarySnapshot | null = null;
  while (Date.now() < end) {
    last = await state();
    if (last && test(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for the summary: ${what}\nlast state: ${JSON.stringify(last).slice(0, 2000)}`);
}

const drawn = (rows: number) => (s: SummarySnapshot) => !s.reading && s.rows === rows && s.lastRendered?.rows === rows;

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Letter 004 addressed to another council, with other averages (upheld, compliance, remedy). */
function variant(text: string, council: string, averages: [number, number, number] = [45, 99, 20]): string {
  const [u, c, r] = averages;
  return text
    .replaceAll('Rochford District Council', council)
    .replace('average of **45%**', `average of **${u}%**`)
    .replace('average of **99%**', `average of **${c}%**`)
    .replace('average of **20%**', `average of **${r}%**`);
}

describe('folder summary in a real VS Code', function () {
  this.timeout(180_000);
  let rochford = '';
  /** The letters of the workspace when the summary first showed it: the samples, and any an earlier test left. */
  let baseline = 0;
  const written: vscode.Uri[] = [];

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rochford = new TextDecoder().decode(await vscode.workspace.fs.readFile(await sampleUri('004_63abd8654b08d728.txt')));
  });

  after(async () => {
    for (const uri of written) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows every letter of the workspace, none of them open, with the councils as text', async () => {
    await vscode.commands.executeCommand('letterReview.showSummary');
    const s = await waitForSummary(`at least ${SAMPLES} rows drawn`, (x) => !x.reading && x.rows >= SAMPLES && x.lastRendered?.rows === x.rows);
    baseline = s.rows;
    for (const council of ['Sevenoaks District Council', 'Rochford District Council']) assert.ok(s.lastRendered?.councils.includes(council), council);
    assert.equal(s.lastRendered?.foreignElements, 0);
    assert.equal(s.lastStatus?.progress, null, 'reading is over');
  });

  it('opens a row\'s letter, reveals its first error, and opens nothing that is not a row', async () => {
    const l005 = (await sampleUri('005_figures-do-not-add-up.txt')).toString();
    await vscode.commands.executeCommand(RECEIVE, { type: 'open', id: l005 });
    await waitFor('005 open', () => vscode.window.activeTextEditor?.document.uri.toString() === l005, 10_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Closing every editor closed the summary too (and 005 is read from disk again): it comes back
    // with the letters already read, without reading the folder again.
    await vscode.commands.executeCommand('letterReview.showSummary');
    await waitForSummary('the rows back', (x) => x.rows === baseline && !x.reading);
    await vscode.commands.executeCommand(RECEIVE, { type: 'revealFinding', id: l005, severity: 'error' });
    const editor = await waitFor('005 open with a selection', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === l005 && !e.selection.isEmpty ? e : undefined;
    }, 10_000);
    const error = ours(editor.document.uri).find((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.ok(error && editor.selection.isEqual(error.range), 'the selection is the first error');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('letterReview.showSummary');
    const before = await waitForSummary('the rows back', (x) => x.rows === baseline && !x.reading);
    await vscode.commands.executeCommand(RECEIVE, { type: 'open', id: vscode.Uri.joinPath(folder(), '..', 'elsewhere.txt').toString() });
    await vscode.commands.executeCommand(RECEIVE, { type: 'open' });
    await vscode.commands.executeCommand(RECEIVE, { type: 'runCommand', command: 'workbench.action.files.delete' });
    await sleep(500);
    assert.equal(vscode.window.activeTextEditor, undefined, 'nothing opened');
    const after = (await state())!;
    assert.equal(after.dropped, before.dropped + 2, 'the two malformed messages were dropped');
  });

  it('follows the folder: a letter written, changed and deleted on disk', async () => {
    await vscode.commands.executeCommand('letterReview.showSummary');
    const hostile = await write('hostile.txt', variant(rochford, HOSTILE));
    written.push(hostile);
    let s = await waitForSummary('the new letter drawn', (x) => drawn(baseline + 1)(x) && (x.lastRendered?.councils.includes(HOSTILE) ?? false));
    assert.equal(s.lastRendered?.foreignElements, 0, 'its council name is text');
    await write('hostile.txt', variant(rochford, 'Hostile Renamed District Council'));
    s = await waitForSummary('the changed letter drawn', (x) => x.lastRendered?.councils.includes('Hostile Renamed District Council') ?? false);
    assert.ok(!s.lastRendered?.councils.includes(HOSTILE));
    await vscode.workspace.fs.delete(hostile);
    await waitForSummary('the deleted letter gone', drawn(baseline));
  });

  it('flags the letter whose averages differ from three others of its year, in the table and the Problems view', async () => {
    const names = ['Basildon Borough Council', 'Castle Point Borough Council', 'Southend-on-Sea Borough Council'];
    const agreeing: vscode.Uri[] = [];
    for (const [i, council] of names.entries()) agreeing.push(await write(`together/${i}.txt`, variant(rochford, council)));
    const odd = await write('together/odd.txt', variant(rochford, 'Maldon District Council', [45, 99, 21]));
    written.push(vscode.Uri.joinPath(folder(), 'together'));
    await vscode.commands.executeCommand('letterReview.checkWorkspace');
    const diagnostic = await waitFor('averages-disagree on the odd letter', () => ours(odd).find((d) => codeOf(d) === 'averages-disagree'), 30_000);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /^remedy average 21% here; 20% in \d+ other 2020 letters/);
    const related = diagnostic.relatedInformation?.[0];
    assert.ok(related && related.location.uri.toString() !== odd.toString(), 'related information points into another letter');
    const other = await vscode.workspace.openTextDocument(related.location.uri);
    assert.equal(other.getText(related.location.range), '20');
    for (const uri of agreeing) assert.deepEqual(ours(uri).filter((d) => codeOf(d) === 'averages-disagree'), []);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('exports CSV with the shared columns, a formula council neutralised, and JSON as the CLI prints it', async () => {
    await vscode.commands.executeCommand('letterReview.showSummary');
    written.push(await write('formula.txt', variant(rochford, FORMULA)));
    await waitForSummary('the formula letter drawn', (x) => x.lastRendered?.councils.includes(FORMULA) ?? false);
    const csvUri = vscode.Uri.joinPath(folder(), 'exports', 'summary.csv');
    written.push(vscode.Uri.joinPath(folder(), 'exports'));
    assert.equal(await vscode.commands.executeCommand(EXPORT, 'csv', csvUri), true);
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(csvUri));
    const lines = csv.split('\r\n').filter(Boolean);
    assert.match(lines[0]!, /^file,council,addressee,role,date,review_year,period_start,period_end,upheld_percent,/);
    const rows = (await state())!.rows;
    assert.equal(lines.length, rows + 1, 'a header and a row per letter');
    const formulaLine = lines.find((l) => l.startsWith('formula.txt,'));
    assert.ok(formulaLine?.startsWith(`formula.txt,"'=HYPERLINK(""http://evil.example""`), formulaLine ?? lines.join('\n'));
    const jsonUri = vscode.Uri.joinPath(folder(), 'exports', 'summary.json');
    assert.equal(await vscode.commands.executeCommand(EXPORT, 'json', jsonUri), true);
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(jsonUri))) as { file: string; letter: { authority: string } | null }[];
    assert.equal(json.length, rows);
    assert.equal(json.find((r) => r.file === 'formula.txt')?.letter?.authority, FORMULA, 'JSON keeps the name as it is');
    assert.deepEqual(json.map((r) => r.file).slice(0, 2), ['000_f12d23132a32b45e.txt', '001_19fad85fc7db6ad4.txt'], 'files in natural order');
  });
});
