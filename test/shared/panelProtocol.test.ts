// The panel's message schema: what each side accepts, and what it drops.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewText } from '../../src/core';
import { ExtensionToWebviewSchema, PanelStateSchema, WebviewToExtensionSchema, describeIssues } from '../../src/shared/panelProtocol';
import { buildPanelViewModel } from '../../src/shared/panelViewModel';

const ROCHFORD = readFileSync(join(__dirname, '..', 'fixtures', 'letters', '004_63abd8654b08d728.txt'), 'utf8');

function update() {
  const { letter, findings } = reviewText(ROCHFORD);
  return {
    type: 'update' as const,
    documentUri: 'file:///letters/004.txt',
    documentVersion: 3,
    locked: false,
    model: buildPanelViewModel({ letter, findings, text: ROCHFORD, fileName: '004.txt' }),
  };
}

describe('panel protocol: extension → webview', () => {
  it('accepts an update built from a real letter, and an empty state', () => {
    assert.equal(ExtensionToWebviewSchema.safeParse(update()).success, true);
    assert.equal(ExtensionToWebviewSchema.safeParse({ type: 'empty', documentUri: null, locked: false, message: 'Open a letter' }).success, true);
  });

  it('survives a JSON round trip (what postMessage does) unchanged', () => {
    const message = update();
    assert.deepEqual(ExtensionToWebviewSchema.parse(JSON.parse(JSON.stringify(message))), message);
  });

  it('drops messages that are not updates of the right shape', () => {
    const bad: unknown[] = [
      null,
      'update',
      42,
      {},
      { type: 'unknown' },
      { type: 'update' },
      { ...update(), model: { ...update().model, areas: 'none' } },
      { ...update(), documentVersion: 1.5 },
      { ...update(), locked: 'yes' },
      { ...update(), model: { ...update().model, council: 7 } },
      { ...update(), model: { ...update().model, findings: [{ code: 'x', severity: 'fatal', message: 'm', span: { start: 0, end: 1 }, line: 1 }] } },
      { ...update(), model: { ...update().model, council: 'x'.repeat(20_000) } },
      { type: 'empty', documentUri: null, locked: false },
    ];
    for (const m of bad) assert.equal(ExtensionToWebviewSchema.safeParse(m).success, false, JSON.stringify(m)?.slice(0, 120));
  });
});

describe('panel protocol: webview → extension', () => {
  it('accepts the messages the webview sends', () => {
    const good: unknown[] = [
      { type: 'ready' },
      { type: 'reveal', span: { start: 4673, end: 4676 } },
      { type: 'reveal', span: { start: 0, end: 0 } },
      { type: 'toggleLock' },
      { type: 'export', action: 'copyJson' },
      { type: 'export', action: 'saveJson' },
      { type: 'export', action: 'saveCsv' },
      { type: 'rendered', documentUri: 'file:///a.txt', documentVersion: 1, council: 'Rochford District Council', figures: ['100%', '100%', '0%'], foreignElements: 0 },
      { type: 'rendered', documentUri: null, documentVersion: null, council: null, figures: [], foreignElements: 0 },
    ];
    for (const m of good) assert.equal(WebviewToExtensionSchema.safeParse(m).success, true, JSON.stringify(m));
  });

  it('drops reveals of impossible spans and unknown or malformed requests', () => {
    const bad: unknown[] = [
      { type: 'reveal' },
      { type: 'reveal', span: { start: 10, end: 5 } },
      { type: 'reveal', span: { start: -1, end: 5 } },
      { type: 'reveal', span: { start: 1.5, end: 5 } },
      { type: 'reveal', span: { start: '1', end: '5' } },
      { type: 'reveal', span: { start: 0, end: Number.POSITIVE_INFINITY } },
      { type: 'export', action: 'deleteLetter' },
      { type: 'export' },
      { type: 'runCommand', command: 'workbench.action.files.save' },
      { type: 'rendered', documentUri: null, documentVersion: 1, council: null, figures: [], foreignElements: -1 },
      { type: 'rendered', documentVersion: 1, council: null, figures: [], foreignElements: 0 },
      { span: { start: 0, end: 1 } },
      undefined,
      [],
    ];
    for (const m of bad) assert.equal(WebviewToExtensionSchema.safeParse(m).success, false, JSON.stringify(m));
  });

  it('says briefly why a message failed', () => {
    const r = WebviewToExtensionSchema.safeParse({ type: 'reveal', span: { start: 10, end: 5 } });
    assert.equal(r.success, false);
    if (!r.success) assert.match(describeIssues(r.error), /span ends before it starts/);
  });
});

describe('panel protocol: saved webview state', () => {
  it('accepts what the webview saves and rejects anything else', () => {
    assert.equal(PanelStateSchema.safeParse({ documentUri: 'file:///a/004.txt', locked: true }).success, true);
    assert.equal(PanelStateSchema.safeParse({ documentUri: null, locked: false }).success, true);
    for (const s of [undefined, null, {}, { documentUri: 5, locked: false }, { documentUri: 'x' }]) {
      assert.equal(PanelStateSchema.safeParse(s).success, false, JSON.stringify(s));
    }
  });
});
