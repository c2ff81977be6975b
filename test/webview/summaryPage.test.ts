// The folder summary's page in a real browser (support/webviewPage.ts): built as the extension builds it,
// fed the rows the extension would send for the samples and a few more letters. Hostile text stays
// text, invalid messages change nothing, columns sort (numbers as numbers, empty cells last), the
// filter filters, clicks and keys send the right requests, and screenshots in three themes.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSummaryHtml } from '../../src/extension/summary/html';
import { sortRows } from '../../src/shared/summaryColumns';
import type { ExtensionToSummary, SummaryRow } from '../../src/shared/summaryProtocol';
import { HOSTILE_COUNCIL, sampleRows } from './support/summaryRows';
import { RESULTS, WebviewHarness } from './support/webviewPage';
import type { OpenOptions, OpenedPage } from './support/webviewPage';

type Opened = OpenedPage & { draw(message: ExtensionToSummary): Promise<void>; send(message: ExtensionToSummary | unknown): Promise<void> };

describe('folder summary page in Chromium (hostile text, sorting, filter, keyboard, screenshots)', function () {
  this.timeout(60_000);
  const harness = new WebviewHarness({ entry: 'summary.ts', bundle: 'summary.js', style: 'summary.css', imports: ['common.css'], build: buildSummaryHtml });
  const rows = sampleRows();

  before(() => harness.start());
  after(() => harness.stop());

  async function open(options: OpenOptions = {}): Promise<Opened> {
    const opened = await harness.open({ width: 1100, height: 600, ...options });
    await opened.draw({ type: 'table', rows });
    return opened;
  }

  const councils = (page: OpenedPage['page']): Promise<string[]> => page.locator('tbody th.council').evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ''));
  const column = (page: OpenedPage['page'], n: number): Promise<string[]> => page.locator(`tbody tr`).evaluateAll((trs, i) => trs.map((tr) => tr.children[i]?.textContent ?? ''), n);
  const lastRendered = async (o: OpenedPage) => (await o.posted()).filter((m) => m.type === 'rendered').pop()!;

  it('shows every row, a hostile council and file name as literal text, runs nothing, loads nothing else', async () => {
    const o = await open();
    await o.page.waitForTimeout(300); // time for an onerror handler to fire, if an img had been made
    assert.equal(await o.page.locator('tbody tr').count(), rows.length);
    assert.ok((await councils(o.page)).includes(HOSTILE_COUNCIL));
    assert.ok((await column(o.page, 16)).includes('letters/<b>hostile</b>.txt'));
    assert.equal(await o.pwned(), undefined);
    assert.equal(await o.page.locator('#app img, #app script, #app iframe, #app object, #app b').count(), 0);
    assert.equal(await o.page.locator('script').count(), 1, 'only the page’s own nonce script');
    assert.deepEqual(await o.violations(), []);
    assert.deepEqual(o.errors, []);
    assert.deepEqual(harness.pagesRequested(), ['/dist/webview/summary.js', '/index.html', '/media/common.css', '/media/summary.css']);
    const rendered = await lastRendered(o);
    assert.equal(rendered.rows, rows.length);
    assert.equal(rendered.foreignElements, 0);
    assert.equal(await o.page.locator('.shown-count').textContent(), '10 letters');
    const unchecked = o.page.locator('tr.row-unchecked');
    assert.match(await unchecked.innerText(), /no council named\s+not checked: larger than 5 MB/);
    await o.page.close();
  });

  it('ignores messages that fail the schema: the table stays exactly as it was, with a warning each', async () => {
    const o = await open();
    const before = await o.page.locator('body').innerHTML();
    const bad: unknown[] = [
      { type: 'table', rows: [{ ...rows[0], council: 7 }] },
      { type: 'table', rows: [{ ...rows[0], upheld: { percent: 'x', decisions: null, investigations: null, average: null } }] },
      { type: 'patch', upsert: [], remove: [3] },
      { type: 'status', progress: { done: -1, total: 3 }, notices: [] },
      { type: 'script', code: 'window.__pwned=3' },
      'not an object',
      null,
    ];
    for (const m of bad) await o.send(m);
    await o.page.waitForTimeout(200);
    assert.equal(await o.page.locator('body').innerHTML(), before);
    assert.equal(await o.pwned(), undefined);
    assert.equal(o.warnings.filter((w) => w.includes('dropped an invalid message')).length, bad.length, o.warnings.join('\n'));
    await o.page.close();
  });

  it('sorts by a column on click: text in natural order, numbers as numbers, empty cells last both ways', async () => {
    const o = await open();
    // Files in natural order before any sort: letter-2 before letter-3 before letter-10.
    const files = (await column(o.page, 16)).filter((f) => f.startsWith('letters/letter-'));
    assert.deepEqual(files, ['letters/letter-2.txt', 'letters/letter-3.txt', 'letters/letter-10.txt']);
    const upheld = o.page.getByRole('button', { name: 'Complaints upheld: percentage' });
    await upheld.click();
    assert.deepEqual((await column(o.page, 3)).slice(0, 6), ['9%', '50%', '67%', '100%', '100%', '']);
    assert.equal(await o.page.locator('th[aria-sort="ascending"]').count(), 1);
    await upheld.click();
    assert.deepEqual((await column(o.page, 3)).slice(0, 6), ['100%', '100%', '67%', '50%', '9%', '']);
    assert.equal(await o.page.locator('th[aria-sort="descending"] button').getAttribute('aria-label'), 'Complaints upheld: percentage');
    assert.deepEqual(await o.savedState(), { sort: { column: 'upheld-percent', direction: 'descending' }, filter: '' });
    await o.page.getByRole('button', { name: 'Council', exact: true }).click();
    const sorted = await councils(o.page);
    assert.deepEqual(sorted.slice(0, 3), [HOSTILE_COUNCIL, 'Basildon Borough Council', 'Bassetlaw District Council']);
    assert.equal(sorted.at(-1), 'no council named', 'the row without a council comes last');
    assert.deepEqual((await lastRendered(o)).sort, { column: 'council', direction: 'ascending' });
    await o.page.close();
  });

  it('filters by any text in a row, keeps the filter and sort across a reload of the page', async () => {
    const o = await open();
    await o.page.getByRole('searchbox').fill('district');
    await o.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 5);
    assert.equal(await o.page.locator('.shown-count').textContent(), '5 of 10 letters');
    await o.page.getByRole('searchbox').fill('67%');
    await o.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    assert.deepEqual(await councils(o.page), ['Maldon District Council']);
    await o.page.getByRole('searchbox').fill('nothing like this');
    await o.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 0);
    assert.equal(await o.page.locator('p.empty').textContent(), 'No letter matches the filter.');
    const saved = { sort: { column: 'upheld-percent', direction: 'ascending' }, filter: 'borough' };
    const again = await open({ savedState: saved });
    assert.equal(await again.page.getByRole('searchbox').inputValue(), 'borough');
    assert.deepEqual(await councils(again.page), ['Basildon Borough Council', 'Castle Point Borough Council', 'Hertsmere Borough Council']);
    await o.page.close();
    await again.page.close();
  });

  it('opens a row on click and on Enter, reveals the first finding from its count, moves with the arrow keys', async () => {
    const o = await open();
    const maldon = rows.find((r) => r.council === 'Maldon District Council')!;
    await o.page.locator('tr', { hasText: 'Maldon District Council' }).locator('td.file').click();
    await o.page.getByRole('button', { name: '1 error: show the first' }).click();
    const sent = (await o.posted()).filter((m) => m.type === 'open' || m.type === 'revealFinding');
    assert.deepEqual(sent, [
      { type: 'open', id: maldon.id },
      { type: 'revealFinding', id: maldon.id, severity: 'error' },
    ]);
    // Tab order: the export buttons, the filter, the column headers, then the table's one active row.
    await o.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const order: string[] = [];
    for (let i = 0; i < 30; i++) {
      await o.page.keyboard.press('Tab');
      order.push(await o.page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a?.tagName === 'TR' ? `row:${a.querySelector('th')?.firstChild?.textContent}` : (a?.getAttribute('aria-label') ?? a?.tagName ?? '');
      }));
    }
    // Where the sequence starts after a click depends on the browser: start from the first toolbar button.
    order.splice(0, order.indexOf('Export CSV'));
    assert.deepEqual(order.slice(0, 4), ['Export CSV', 'Export JSON', 'Filter the letters by any text in their row', 'Council']);
    assert.ok(order.includes('Findings: hints'));
    const rowAt = order.findIndex((x) => x.startsWith('row:'));
    assert.equal(order[rowAt], 'row:Maldon District Council', 'the row clicked last is the one in the tab order');
    assert.equal(order[rowAt + 1], '1 error: show the first', 'then its count');
    await o.page.locator('tr', { hasText: 'Maldon District Council' }).focus();
    await o.page.keyboard.press('ArrowDown');
    await o.page.keyboard.press('Enter');
    const opened = (await o.posted()).filter((m) => m.type === 'open').pop();
    const shown = sortRows(rows, null);
    const next = shown[shown.indexOf(maldon) + 1]!;
    assert.deepEqual(opened, { type: 'open', id: next.id });
    await o.page.keyboard.press('End');
    assert.equal(await o.page.evaluate(() => (document.activeElement as HTMLElement).querySelector('th')?.textContent), shown.at(-1)!.council);
    await o.page.getByRole('button', { name: 'Export CSV' }).click();
    assert.deepEqual((await o.posted()).pop(), { type: 'export', format: 'csv' });
    await o.page.close();
  });

  it('applies patches (a changed, added and removed letter) and keeps the keyboard on its row', async () => {
    const o = await open();
    const rochford = rows.find((r) => r.council === 'Rochford District Council')!;
    await o.page.locator('tr', { hasText: 'Rochford District Council' }).focus();
    const changed: SummaryRow = { ...rochford, upheld: { ...rochford.upheld!, percent: 33 }, findings: { ...rochford.findings, error: 2 } };
    const added: SummaryRow = { ...rochford, id: 'file:///ws/new.txt', file: 'new.txt', council: 'Newton District Council' };
    await o.draw({ type: 'patch', upsert: [changed, added], remove: [rows[0]!.id] });
    assert.equal(await o.page.locator('tbody tr').count(), rows.length);
    assert.ok((await councils(o.page)).includes('Newton District Council'));
    assert.ok(!(await councils(o.page)).includes(rows[0]!.council!));
    const row = o.page.locator('tr', { hasText: 'Rochford District Council' });
    assert.match(await row.innerText(), /33%/);
    assert.equal(await o.page.evaluate(() => (document.activeElement as HTMLElement).querySelector('th')?.textContent), 'Rochford District Council');
    await o.page.close();
  });

  it('shows progress with a cancel button, and notices as text', async () => {
    const o = await harness.open({ width: 900 });
    await o.draw({ type: 'status', progress: { done: 312, total: 1000 }, notices: ['official.csv line 3: the value is not a number', HOSTILE_COUNCIL] });
    assert.equal(await o.page.locator('.progress-text').textContent(), 'Reading letters: 312 of 1,000');
    assert.equal(await o.page.locator('p.empty').textContent(), 'Reading the letters…');
    assert.deepEqual(await o.page.locator('.notices li').allTextContents(), ['official.csv line 3: the value is not a number', HOSTILE_COUNCIL]);
    await o.page.getByRole('button', { name: 'Cancel' }).click();
    assert.deepEqual((await o.posted()).pop(), { type: 'cancel' });
    await o.draw({ type: 'status', progress: null, notices: [] });
    assert.equal(await o.page.locator('.progress').isHidden(), true);
    await o.draw({ type: 'table', rows: [] });
    assert.match((await o.page.locator('p.empty').textContent()) ?? '', /^No letters in this workspace/);
    assert.equal(await o.page.getByRole('button', { name: 'Export CSV' }).isDisabled(), true);
    assert.equal(await o.pwned(), undefined);
    await o.page.close();
  });

  for (const theme of ['light', 'dark', 'highContrast'] as const) {
    it(`screenshot: the samples sorted by upheld percentage, in ${theme} colours`, async () => {
      const o = await open({ theme, height: 520 });
      await o.page.getByRole('button', { name: 'Complaints upheld: percentage' }).click();
      await o.page.locator('tr', { hasText: 'Maldon District Council' }).focus();
      const file = join(RESULTS, `summary-samples-${theme}.png`);
      await o.page.screenshot({ path: file });
      assert.ok(existsSync(file));
      assert.deepEqual(o.errors, []);
      await o.page.close();
    });
  }
});
