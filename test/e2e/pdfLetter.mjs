// The PDF letter UI checks' own parts (ui.mjs runs them): writing the test PDF, opening it from the
// explorer, and the check of a PDF letter in the browser's web worker extension host.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_SETTINGS, RESULTS, ROOT, launchChromium, startCodeServer, writeUserSettings } from '../../scripts/vscode/lib.mjs';

const WAIT = { workbench: 90_000, editor: 30_000, diagnostics: 60_000 };

/** Writes the letter as a PDF with pdfkit, as the PDF tests make theirs. */
export function writeLetterPdf(letter, pdf) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'e2e', 'writeLetterPdf.ts'), letter, pdf], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`cannot write ${pdf}: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`);
}

/** "Open PDF as Letter Text" from the PDF's context menu in the explorer; waits for the letter's text. */
export async function openPdfFromExplorer(page, name, openTitle, wait) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.click({ button: 'right' });
  await chooseFromMenu(page, page.locator('.monaco-menu .action-item', { hasText: openTitle }).first(), wait);
  // The first PDF starts the PDF reader (pdf.js, 1.8 MB of script) before its text: allow for that.
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: wait.diagnostics });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines', { hasText: 'Eastbridge Borough Council' }).first().waitFor({ timeout: wait.editor });
}

/**
 * Chooses a context-menu item. A click can be lost while the workbench is busy: the menu then stays
 * open with the item highlighted (seen in both extension hosts). The hovered item has the keyboard, so
 * Enter chooses it then, as a person would after a click that did nothing.
 */
async function chooseFromMenu(page, item, wait) {
  await item.click({ timeout: wait.editor });
  // The item disappears with its menu once chosen.
  if (await item.waitFor({ state: 'hidden', timeout: 2000 }).then(() => true, () => false)) return;
  await item.hover();
  await page.keyboard.press('Enter');
  await item.waitFor({ state: 'hidden', timeout: wait.editor });
}

/**
 * A PDF letter in the web worker extension host, as vscode.dev runs the extension: a code-server of its
 * own whose user settings say `remote.extensionKind: web` from the start (a window reload to change it is
 * slow and unreliable on a loaded machine), the .vsix already installed in `extensionsDir`. The browser
 * entry reads the PDF with vscode.workspace.fs and runs pdf.js in a Web Worker made from a blob. Passes
 * when its finding is in Problems, "Developer: Show Running Extensions" lists the extension as
 * running in the web worker, and Check All Letters reports the folder there. Throws with what was not
 * seen; the caller records the check.
 */
export async function checkPdfInWebWorkerHost({ cs, runDir, runEnv, extensionsDir, workspace, extensionId, pdfName, openTitle, log }) {
  const userDataDir = join(runDir, 'user-data-web');
  writeUserSettings(userDataDir, { ...BASE_SETTINGS, 'workbench.colorTheme': 'Default Dark Modern', 'remote.extensionKind': { [extensionId]: ['web'] } });
  const server = await startCodeServer(cs, { userDataDir, extensionsDir, logFile: join(runDir, 'code-server-web.log'), env: runEnv });
  const context = await launchChromium(join(runDir, 'web'));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => appendFileSync(join(runDir, 'browser-console-web.log'), `[${m.type()}] ${m.text()}\n`));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { timeout: WAIT.workbench });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: pdfName }).first();
    await row.waitFor({ timeout: WAIT.workbench });
    // The extension's menu items arrive once the web worker host has registered it: ask again until then.
    const item = page.locator('.monaco-menu .action-item', { hasText: openTitle }).first();
    for (const end = Date.now() + WAIT.workbench; ; ) {
      await row.click({ button: 'right' });
      if (await item.waitFor({ timeout: 5000 }).then(() => true, () => false)) break;
      await page.keyboard.press('Escape');
      if (Date.now() > end) throw new Error(`"${openTitle}" never appeared in the explorer's context menu`);
      await page.waitForTimeout(3000);
    }
    await chooseFromMenu(page, item, WAIT);
    await page.locator('.tabs-container .tab.active', { hasText: pdfName }).waitFor({ timeout: WAIT.diagnostics });
    if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'upheld-inconsistent' }).filter({ hasText: /page \d+ of the PDF/ }).first().waitFor({ timeout: WAIT.diagnostics });
    await page.screenshot({ path: join(RESULTS, 'pdf-letter-web-worker.png') });
    // Check All takes the same folder path there (vscode.workspace.fs, the PDF read in a Web Worker).
    const input = page.locator('.quick-input-widget input');
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: WAIT.editor });
    await input.fill('>Letter Review: Check All Letters in Workspace');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Check All Letters in Workspace' }).first().waitFor({ timeout: WAIT.editor });
    const started = Date.now();
    await page.keyboard.press('Enter');
    const result = page.locator('.notification-toast', { hasText: 'Show Problems' }).first();
    await result.waitFor({ timeout: WAIT.diagnostics });
    const message = (await result.locator('.notification-list-item-message').first().textContent())?.trim() ?? '';
    log(`e2e:   Check All in the web worker host: "${message}" in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // As in Problems: 005, its edited copy 904 and the PDF have one error each, 000–003 a warning each.
    // The PDF, open as letter text, must count once (it was counted twice: "8 findings (4 errors, …)").
    if (!message.includes('7 findings (3 errors, 4 warnings)')) throw new Error(`Check All reported "${message}", not the 7 findings (3 errors, 4 warnings) Problems shows`);
    await page.screenshot({ path: join(RESULTS, 'check-all-web-worker.png') });
    // The Running Extensions editor opens last: it floats over the workbench in this code-server.
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: WAIT.editor });
    await input.fill('>Developer: Show Running Extensions');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Running Extensions' }).first().waitFor({ timeout: WAIT.editor });
    await page.keyboard.press('Enter');
    // The list, sorted by activation time, draws only the rows in view: scroll until ours is drawn.
    const running = page.locator('.monaco-list-row', { hasText: 'Letter Review' }).filter({ hasText: /web worker/i }).first();
    await page.locator('.monaco-list-row', { hasText: /Activation/ }).first().waitFor({ timeout: WAIT.editor });
    for (let i = 0; i < 20 && !(await running.isVisible()); i++) {
      await page.mouse.move(700, 450);
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(300);
    }
    await running.waitFor({ timeout: WAIT.editor });
    await page.screenshot({ path: join(RESULTS, 'running-extensions-web-worker.png') });
    log('e2e:   the extension ran in the web worker extension host');
  } catch (e) {
    await context.pages()[0]?.screenshot({ path: join(RESULTS, 'FAILED-pdf-letter-in-web-worker-host.png') }).catch(() => {});
    throw e;
  } finally {
    await context.close().catch(() => {});
    await server.stop();
  }
}
