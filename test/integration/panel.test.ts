// The statistics panel in a real VS Code: the command opens it for the Rochford letter (004), the page
// shows 100%, 45%, 1 of 1 and the council, typing in the letter updates it, clicks reveal ranges,
// the lock pins it, and hostile text stays text. The panel's last posted message and what its page
// reported drawing (read back from the DOM) come from a development-only command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PanelSnapshot } from '../../src/extension/panel/statisticsPanel';
import type { UpdateMessage } from '../../src/shared/panelProtocol';

const EXTENSION_ID = 'letter-review.letter-review';
const L004 = '004_63abd8654b08d728.txt';
const L003 = '003_be1f43c79fdd0670.txt';
const STATE = 'letterReview._statisticsPanel.state';
const RECEIVE = 'letterReview._statisticsPanel.receive';
const RESTORE = 'letterReview._statisticsPanel.restore';
const L005 = '005_figures-do-not-add-up.txt';
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

async function snapshots(): Promise<PanelSnapshot[]> {
  return (await vscode.commands.executeCommand<PanelSnapshot[]>(STATE)) ?? [];
}

/** Polls until `test` passes on the (single) panel's snapshot; fails with the last snapshot seen. */
async function waitForPanel(what: string, test: (s: PanelSnapshot) => boolean, timeoutMs = 20_000): Promise<PanelSnapshot> {
  const until = Date.now() + timeoutMs;
  let last: PanelSnapshot[] = [];
  while (Date.now() < until) {
    last = await snapshots();
    const [s] = last;
    if (last.length === 1 && s && test(s)) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for the panel: ${what}\nlast state: ${JSON.stringify(last, null, 1).slice(0, 3000)}`);
}

/** The panel drew this document version (the page itself reported it). */
function drew(document: vscode.TextDocument) {
  return (s: PanelSnapshot) =>
    s.documentUri === document.uri.toString() &&
    s.lastPosted?.type === 'update' &&
    s.lastPosted.documentVersion === document.version &&
    s.lastRendered?.documentUri === document.uri.toString() &&
    s.lastRendered.documentVersion === document.version;
}

function update(s: PanelSnapshot): UpdateMessage {
  assert.equal(s.lastPosted?.type, 'update');
  return s.lastPosted as UpdateMessage;
}

async function openLetter(name: string): Promise<vscode.TextEditor> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`, undefined, 1);
  assert.ok(uri, `${name} not in the workspace`);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { viewColumn: vscode.ViewColumn.One });
}

/** The active editor's selection start, as an offset. */
function offsetOfSelection(): number | undefined {
  const active = vscode.window.activeTextEditor;
  return active ? active.document.offsetAt(active.selection.start) : undefined;
}

/** Polls until the active editor's selected text passes `test`; returns it (or the last seen). */
async function waitForSelection(test: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let selected = '';
  while (Date.now() < until) {
    const active = vscode.window.activeTextEditor;
    selected = active ? active.document.getText(active.selection) : '';
    if (test(selected)) return selected;
    await new Promise((r) => setTimeout(r, 100));
  }
  return selected;
}

describe('statistics panel in a real VS Code', function () {
  this.timeout(60_000);
  let editor: vscode.TextEditor;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    editor = await openLetter(L004);
  });

  after(async () => {
    // Leave no dirty letter behind (closing one would ask to save).
    for (const d of vscode.workspace.textDocuments.filter((x) => x.isDirty)) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens beside the Rochford letter and shows 100%, 45%, 1 of 1 and the council', async () => {
    await vscode.commands.executeCommand('letterReview.showStatisticsToSide');
    const s = await waitForPanel('first render of 004', drew(editor.document));
    const { model } = update(s);
    assert.equal(s.title, 'Statistics: Rochford District Council');
    assert.equal(model.council, 'Rochford District Council');
    const upheld = model.areas.find((a) => a.area === 'upheld');
    assert.equal(upheld?.percent.text, '100%');
    assert.equal(upheld?.average.text, '45%');
    assert.equal(upheld?.basis?.text, '1 of 1 detailed investigation');
    assert.equal(upheld?.comparison?.text, '55 points above average');
    // What the page itself shows, read back from its DOM.
    assert.equal(s.lastRendered?.council, 'Rochford District Council');
    assert.deepEqual(s.lastRendered?.figures, ['100%', '100%', '0%']);
    assert.equal(s.lastRendered?.foreignElements, 0);
    assert.equal(s.locked, false);
  });

  it('updates while the letter is edited', async () => {
    const text = editor.document.getText();
    const at = text.indexOf('100% of complaints');
    assert.ok(at >= 0);
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 3)), '67')));
    const s = await waitForPanel('render of the edited letter', drew(editor.document));
    const upheld = update(s).model.areas.find((a) => a.area === 'upheld');
    assert.equal(upheld?.percent.text, '67%');
    assert.equal(upheld?.comparison?.text, '22 points above average');
    assert.ok(update(s).model.findings.some((f) => f.code === 'upheld-inconsistent'), 'the finding shows in the panel');
    assert.equal(upheld?.problem?.severity, 'error', 'and the upheld card carries the mark');
    assert.equal(update(s).model.areas.find((a) => a.area === 'compliance')?.problem, null);
    assert.equal(s.lastRendered?.figures[0], '67%');

    // Several quick edits: the last one always arrives.
    for (const digit of ['5', '6', '7']) {
      await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 1)), digit));
    }
    const last = await waitForPanel('render of the last of quick edits', drew(editor.document));
    assert.equal(last.lastRendered?.figures[0], '77%');
  });

  it('reveals and selects a figure when the page asks, after checking the span', async () => {
    const s = await waitForPanel('current render', drew(editor.document));
    const span = update(s).model.areas.find((a) => a.area === 'upheld')?.average.span;
    assert.ok(span);
    assert.equal(await vscode.commands.executeCommand(RECEIVE, { type: 'reveal', span }), true);
    const until = Date.now() + 10_000;
    let selected = '';
    while (Date.now() < until) {
      const active = vscode.window.activeTextEditor;
      selected = active ? active.document.getText(active.selection) : '';
      if (selected === '45') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(selected, '45');

    // A count of the basis ("1 of 1 detailed investigation") selects exactly that count, nothing around it.
    for (const part of update(s).model.areas.find((a) => a.area === 'upheld')?.basis?.parts.filter((p) => p.span) ?? []) {
      await vscode.commands.executeCommand(RECEIVE, { type: 'reveal', span: part.span });
      const chosen = await waitForSelection((text) => text.length > 0 && offsetOfSelection() === part.span!.start);
      assert.equal(chosen, '1', `${part.text} selected ${JSON.stringify(chosen)}`);
    }

    // A span past the end of the letter passes the schema but is refused; a malformed one is dropped.
    const before = vscode.window.activeTextEditor?.selection;
    const length = editor.document.getText().length;
    await vscode.commands.executeCommand(RECEIVE, { type: 'reveal', span: { start: length + 10, end: length + 20 } });
    await vscode.commands.executeCommand(RECEIVE, { type: 'reveal', span: { start: 20, end: 10 } });
    await vscode.commands.executeCommand(RECEIVE, { type: 'runCommand', command: 'workbench.action.files.delete' });
    await new Promise((r) => setTimeout(r, 500));
    assert.ok(vscode.window.activeTextEditor?.selection.isEqual(before!), 'selection unchanged');
    const after = (await snapshots())[0];
    assert.equal(after?.dropped, s.dropped + 2);
  });

  it('stays on its letter when locked, and follows the active letter again when unlocked', async () => {
    await vscode.commands.executeCommand(RECEIVE, { type: 'toggleLock' });
    await waitForPanel('locked', (s) => s.locked && s.lastPosted?.locked === true);
    const other = await openLetter(L003);
    await new Promise((r) => setTimeout(r, 700));
    assert.equal((await snapshots())[0]?.documentUri, editor.document.uri.toString(), 'locked panel stayed on 004');
    await vscode.commands.executeCommand(RECEIVE, { type: 'toggleLock' });
    const s = await waitForPanel('following 003 after unlocking', drew(other.document));
    assert.equal(s.locked, false);
    assert.ok(update(s).model.findings.some((f) => f.code === 'statistics-missing'), '003 has no statistics');
    assert.ok(update(s).model.areas.every((a) => a.percent.text === 'not stated'));
  });

  it('shows a hostile council name as text in the page', async () => {
    const text = editor.document.getText().replaceAll('Rochford District Council', HOSTILE);
    const hostile = await vscode.workspace.openTextDocument({ language: 'ombudsman-letter', content: text });
    await vscode.window.showTextDocument(hostile, { viewColumn: vscode.ViewColumn.One });
    const s = await waitForPanel('render of the hostile letter', drew(hostile));
    assert.equal(update(s).model.council, HOSTILE);
    assert.equal(s.lastRendered?.council, HOSTILE, 'the page shows the characters');
    assert.equal(s.lastRendered?.foreignElements, 0, 'and made no element of them');
    assert.equal(s.title, `Statistics: ${HOSTILE}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('comes back after a window reload with its letter sent at once, before its page asks (the serializer\'s path)', async () => {
    // As after a reload: no panel, the letter not shown in any editor.
    for (const d of vscode.workspace.textDocuments.filter((x) => x.isDirty)) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const [uri] = await vscode.workspace.findFiles(`**/${L005}`, undefined, 1);
    assert.ok(uri, `${L005} not in the workspace`);
    const started = Date.now();
    await vscode.commands.executeCommand(RESTORE, { documentUri: uri.toString(), locked: true });
    const sent = Date.now() - started;
    // Restoring returned: the figures are already on their way, without waiting for 'ready' or a check.
    const [s] = await snapshots();
    assert.equal(s?.documentUri, uri.toString());
    assert.equal(s?.locked, true);
    const { model } = update(s!);
    assert.equal(model.council, 'Eastbridge Borough Council');
    assert.equal(model.areas.find((a) => a.area === 'upheld')?.problem?.severity, 'error');
    const drawn = await waitForPanel('the restored page drew its letter', (x) => x.lastRendered?.documentUri === uri.toString() && x.lastRendered.council === 'Eastbridge Borough Council');
    assert.deepEqual(drawn.lastRendered?.figures.slice(0, 1), ['67%']);
    console.log(`      restored panel: figures sent in ${sent} ms, drawn by its page ${Date.now() - started} ms after restoring began`);
  });
});
