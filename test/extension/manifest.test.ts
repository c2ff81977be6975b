// The extension's contributions in package.json agree with the engine and with package.nls.json.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES as RULES } from '../../src/core';
import { DEFAULT_SETTINGS } from '../../src/service/settings';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
const properties = pkg.contributes.configuration.properties;

describe('extension manifest', () => {
  it('offers every rule in letterReview.rules with its default severity', () => {
    const rules = properties['letterReview.rules'].properties;
    assert.deepEqual(Object.keys(rules).sort(), RULES.map((r) => r.meta.code).sort());
    for (const r of RULES) assert.equal(rules[r.meta.code].default, r.meta.defaultSeverity, r.meta.code);
  });

  it('declares the same defaults the extension uses', () => {
    assert.equal(properties['letterReview.detect'].default, DEFAULT_SETTINGS.detect);
    assert.equal(properties['letterReview.run'].default, DEFAULT_SETTINGS.run);
    assert.equal(properties['letterReview.maxFileSize'].default, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(properties['letterReview.ignore'].default, DEFAULT_SETTINGS.ignore);
  });

  it('has a package.nls.json entry for every %key% it uses', () => {
    const keys = [...JSON.stringify(pkg.contributes).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 10);
    for (const k of keys) assert.ok(nls[k], `package.nls.json lacks "${k}"`);
  });

  it('runs in the browser and in virtual workspaces, and in untrusted ones without the settings that name a file', () => {
    assert.equal(pkg.browser, './dist/browser/extension.js');
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
    const untrusted = pkg.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.match(untrusted.description, /letterReview\.officialFigures/);
    // A free-text string setting is a path (the others are enums, numbers and objects of codes).
    const paths = Object.entries(properties).filter(([, p]) => (p as { type: string; enum?: unknown }).type === 'string' && !(p as { enum?: unknown }).enum).map(([k]) => k);
    assert.deepEqual(paths, ['letterReview.officialFigures']);
    assert.deepEqual(untrusted.restrictedConfigurations, paths);
    // .txt and .md letters are only detected if the extension wakes for those languages.
    assert.ok(pkg.activationEvents.includes('onLanguage:plaintext'));
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
  });

  it('contributes the workspace check and the folder summary, and hides the internal commands from the palette', () => {
    const ids = pkg.contributes.commands.map((c: { command: string }) => c.command);
    for (const id of ['letterReview.checkWorkspace', 'letterReview.showSummary', 'letterReview.ignoreInLetter', 'letterReview.openDetails']) assert.ok(ids.includes(id), id);
    assert.ok(pkg.activationEvents.includes('onWebviewPanel:letterReview.summary'), 'a summary open before a reload comes back');
    // The workbench wakes the provider of a scheme it cannot read yet with onFileSystem:<scheme>.
    assert.ok(pkg.activationEvents.includes('onFileSystem:letter-review-pdf'), "a PDF's letter text opens before the extension is awake");
    const hidden = pkg.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command);
    assert.deepEqual(hidden.sort(), ['letterReview.ignoreInLetter', 'letterReview.openDetails']);
  });
});
