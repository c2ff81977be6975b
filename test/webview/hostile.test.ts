// The statistics panel's page in a real browser (headless Debian Chromium through playwright-core): the
// page built exactly as the extension builds it (buildPanelHtml, the real CSP, a fresh nonce), the
// webview script bundled from src/webview, media/panel.css, all served from a temp folder over
// http://127.0.0.1, with a stub acquireVsCodeApi (support/webviewPage.ts). It checks that hostile letter text stays text, that
// messages failing the schema change nothing, that clicks send the right requests, and takes
// screenshots of the Rochford letter (004) in light, dark and high-contrast colours into test-results/.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewText } from '../../src/core';
import { buildPanelHtml } from '../../src/extension/panel/html';
import type { ExtensionToWebview, UpdateMessage } from '../../src/shared/panelProtocol';
import { buildPanelViewModel } from '../../src/shared/panelViewModel';
import { RESULTS, WebviewHarness } from './support/webviewPage';
import type { OpenOptions, OpenedPage } from './support/webviewPage';

const LETTERS = join(__dirname, '..', 'fixtures', 'letters');
const ROCHFORD = readFileSync(join(LETTERS, '004_63abd8654b08d728.txt'), 'utf8');
const HOSTILE_COUNCIL = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_ADDRESSEE = '<script>window.__pwned=2</script>';

function updateFor(text: string, fileName: string, version = 1): UpdateMessage {
  const { letter, findings } = reviewText(text);
  return { type: 'update', documentUri: `file:///letters/${fileName}`, documentVersion: version, locked: false, model: buildPanelViewModel({ letter, findings, text, fileName }) };
}

describe('statistics panel page in Chromium (hostile text, schema, screenshots)', function () {
  this.timeout(60_000);
  const harness = new WebviewHarness({ entry: 'main.ts', bundle: 'main.js', style: 'panel.css', imports: ['common.css'], build: buildPanelHtml });

  before(() => harness.start());
  after(() => harness.stop());

  const open = (options: OpenOptions = {}): Promise<OpenedPage & { draw(message: ExtensionToWebview): Promise<void> }> => harness.open(options);

  it('shows a hostile council and addressee as literal text, runs nothing, makes no elements', async () => {
    const text = ROCHFORD.replaceAll('Rochford District Council', HOSTILE_COUNCIL).replace('Mr Scrutton\n', `${HOSTILE_ADDRESSEE}\n`);
    const message = updateFor(text, 'hostile.txt');
    assert.equal(message.model.council, HOSTILE_COUNCIL, 'the engine read the hostile council');
    const { page, posted, draw, errors, pwned, violations } = await open();
    await draw(message);
    await page.waitForTimeout(300); // time for an onerror handler to fire, if an img had been made

    assert.equal(await page.locator('h1.council').textContent(), HOSTILE_COUNCIL);
    const details = await page.locator('dl.details').innerText();
    assert.ok(details.includes(HOSTILE_COUNCIL), details);
    assert.ok(details.includes(HOSTILE_ADDRESSEE), details);
    assert.equal(await pwned(), undefined);
    assert.equal(await page.locator('#app img, #app script, #app iframe, #app object').count(), 0);
    assert.equal(await page.locator('img').count(), 0, 'no img anywhere in the page');
    assert.equal(await page.locator('script').count(), 1, 'only the page’s own nonce script');
    assert.deepEqual(await violations(), [], 'nothing even tried to load');
    assert.deepEqual(errors, []);
    assert.deepEqual(harness.pagesRequested(), ['/dist/webview/main.js', '/index.html', '/media/common.css', '/media/panel.css'], 'the page loaded only its own script and style');
    const rendered = (await posted()).filter((m) => m.type === 'rendered').pop();
    assert.equal(rendered?.council, HOSTILE_COUNCIL, 'the page reports the council as text');
    assert.equal(rendered?.foreignElements, 0);
    await page.close();
  });

  it('ignores a message that fails the schema: the page stays exactly as it was, with a warning', async () => {
    const { page, send, draw, warnings, pwned } = await open();
    await draw(updateFor(ROCHFORD, '004.txt'));
    const before = await page.locator('body').innerHTML();
    const hostileButInvalid = { ...updateFor(ROCHFORD, '004.txt', 2), model: { council: HOSTILE_COUNCIL, title: 7 } };
    for (const bad of [hostileButInvalid, { type: 'update' }, { type: 'script', code: 'window.__pwned=3' }, 'not an object', null, { type: 'reveal', span: { start: 0, end: 1 } }]) {
      await send(bad);
    }
    await page.waitForTimeout(200);
    assert.equal(await page.locator('body').innerHTML(), before);
    assert.equal(await pwned(), undefined);
    assert.equal(warnings.filter((w) => w.includes('dropped an invalid message')).length, 6, warnings.join('\n'));
    await page.close();
  });

  it('shows the Rochford figures, and sends reveal, lock and export requests the schema accepts', async () => {
    const message = updateFor(ROCHFORD, '004.txt', 7);
    const { page, posted, draw, savedState } = await open();
    await draw(message);
    assert.deepEqual(await page.locator('.headline .figure').allTextContents(), ['100%', '100%', '0%']);
    assert.deepEqual(await page.locator('.area-upheld .bar-value').allTextContents(), ['100%', '45%']);
    assert.equal(await page.locator('.area-upheld .basis').textContent(), '1 of 1 detailed investigation');
    assert.equal(await page.locator('.area-upheld .comparison').innerText(), '▲ 55 points above average');
    assert.equal(await page.locator('.area-upheld .chart').getAttribute('role'), 'group');
    assert.equal(await page.locator('.area-upheld svg[aria-hidden="true"]').count(), 2, 'the bars are decoration; the numbers are text');
    assert.equal(await page.locator('.area-upheld .chart').getAttribute('aria-label'), message.model.areas[0]!.description);
    assert.equal(await page.locator('.no-findings').count(), 1);

    await page.locator('.area-upheld .figure').click();
    await page.locator('.area-remedy .basis-count').first().click();
    await page.getByRole('button', { name: /Council: Rochford District Council/ }).click();
    await page.locator('.tool-lock').click();
    await page.getByRole('button', { name: 'Save CSV' }).click();
    const sent = (await posted()).filter((m) => m.type !== 'rendered' && m.type !== 'ready');
    assert.deepEqual(sent, [
      { type: 'reveal', span: message.model.areas[0]!.percent.span },
      { type: 'reveal', span: message.model.areas[2]!.basis!.parts[0]!.span },
      { type: 'reveal', span: message.model.details[0]!.span },
      { type: 'toggleLock' },
      { type: 'export', action: 'saveCsv' },
    ]);
    assert.deepEqual(await savedState(), { documentUri: 'file:///letters/004.txt', locked: false });
    await draw({ ...message, locked: true });
    assert.equal(await page.locator('.tool-lock').getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await savedState(), { documentUri: 'file:///letters/004.txt', locked: true });
    await page.close();
  });

  it('lists findings and "not stated" areas; keeps keyboard focus across redraws', async () => {
    const cut = ROCHFORD.slice(0, ROCHFORD.indexOf('Satisfactory remedies provided by the authority\n\n\n')).replace('100% of complaints', '67% of complaints');
    const { page, draw, posted } = await open();
    await draw(updateFor(cut, 'cut.txt'));
    assert.match((await page.locator('.area-remedy').innerText()).toLowerCase(), /not stated/);
    const findings = await page.locator('.finding').allInnerTexts();
    assert.equal(findings.length, 2, findings.join('\n'));
    assert.ok(findings.some((f) => f.includes('67% upheld, but 1 of 1 investigation is 100%')));
    // The upheld card carries the error mark itself, named for screen readers; the compliance card none.
    const mark = page.locator('.area-upheld h3 .area-mark.severity-error');
    assert.equal(await mark.getAttribute('aria-label'), 'Error: 67% upheld, but 1 of 1 investigation is 100%');
    assert.equal(await page.locator('.area-upheld.area-problem.severity-error').count(), 1);
    assert.equal(await page.locator('.area-compliance .area-mark').count(), 0);
    await page.locator('.finding').first().focus();
    await draw(updateFor(cut, 'cut.txt', 2));
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key), 'finding-0');
    await page.keyboard.press('Enter');
    const reveal = (await posted()).filter((m) => m.type === 'reveal').pop();
    assert.ok(reveal, 'Enter on a finding reveals it');
    await page.close();
  });

  it('shows the empty state, and has export disabled there', async () => {
    const { page, draw } = await open({ savedState: { documentUri: 'file:///gone.txt', locked: true } });
    assert.equal(await page.locator('.tool-lock').getAttribute('aria-pressed'), 'true', 'lock restored from saved state');
    await draw({ type: 'empty', documentUri: null, locked: false, message: 'Open an Ombudsman letter to see its statistics here.' });
    assert.equal(await page.locator('.empty').textContent(), 'Open an Ombudsman letter to see its statistics here.');
    assert.equal(await page.getByRole('button', { name: 'Copy JSON' }).isDisabled(), true);
    await page.close();
  });

  for (const [theme, width] of [['light', 420], ['dark', 420], ['dark', 260], ['highContrast', 420], ['light', 760]] as const) {
    it(`screenshot: Rochford in ${theme} colours, ${width}px wide`, async () => {
      const { page, draw, errors } = await open({ theme, width });
      await draw(updateFor(ROCHFORD, '004_63abd8654b08d728.txt'));
      const file = join(RESULTS, `panel-004-${theme}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      assert.ok(existsSync(file));
      // Nothing spills sideways in a narrow column.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `page is ${overflow}px wider than the viewport`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('screenshot: a letter with findings and an n/a average (dark)', async () => {
    const text = ROCHFORD.replace('100% of complaints', '67% of complaints').replace('average of **99%**', 'average of n/a').replace('0\nsatisfactory remedy decisions', '3\nsatisfactory remedy decisions');
    const { page, draw } = await open({ theme: 'dark' });
    await draw(updateFor(text, 'edited.txt'));
    assert.equal(await page.locator('.area-compliance .bar-value').nth(1).textContent(), 'n/a');
    await page.screenshot({ path: join(RESULTS, 'panel-edited-dark-420.png'), fullPage: true });
    await page.close();
  });
});
