// The UI check of issue 18: "Letter Review: Check All Letters in Workspace" over 1,000 generated
// letters (bench/corpus.ts) in a real VS Code, timed from the command's Enter to the result
// notification, side by side with the CLI over the same folder in the same run. Fails when the editor
// takes more than MAX_RATIO times the CLI. Run by test/e2e/ui.mjs in its code-server.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { RESULTS, ROOT, seconds } from '../../scripts/vscode/lib.mjs';

export const LETTERS = 1000;
/** The bound: the editor may take at most this many times the CLI's whole process. */
export const MAX_RATIO = 12;
const WAIT = { workbench: 90_000, editor: 60_000, result: 180_000 };
const CHECK_ALL_TITLE = 'Letter Review: Check All Letters in Workspace';

/** Writes the letters with the bench's generator (TypeScript, so through tsx). */
export function writeLetterFolder(folder, count = LETTERS) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'writeLetters.ts'), folder, String(count)], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`bench/writeLetters.ts failed (${r.status ?? r.signal}): ${r.stderr}`);
}

/** The CLI's whole process over the folder, in milliseconds: the median of `runs`. */
export function timeCli(folder, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), folder], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`the CLI exited ${r.status ?? r.signal} over ${folder}: ${r.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/**
 * Opens the folder in a new page of the workbench, opens one letter (so the extension is active, as
 * it is for a reviewer at work), runs Check All and waits for its result notification.
 * @returns {Promise<{ checkAllMs: number, again: number, notification: string }>}
 */
export async function timeCheckAll(context, url, folder, log) {
  const page = await context.newPage();
  try {
    const t = Date.now();
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: WAIT.workbench });
    const first = page.locator('.explorer-folders-view .monaco-list-row', { hasText: '000.txt' }).first();
    await first.waitFor({ timeout: WAIT.workbench });
    await first.dblclick();
    await page.locator('[id="status.editor.mode"]', { hasText: 'Ombudsman Letter' }).waitFor({ timeout: WAIT.editor });
    log(`e2e:   ${LETTERS} letters' workspace ready, extension active, in ${seconds(t)} s`);
    const checkAllMs = await runCheckAll(page);
    const notification = (await resultToast(page).textContent()) ?? '';
    await page.screenshot({ path: join(RESULTS, 'check-all-1000.png') });
    await page.locator('.notification-toast .codicon-notifications-clear').first().click().catch(() => {});
    await resultToast(page).waitFor({ state: 'hidden', timeout: WAIT.editor }).catch(() => {});
    // Again, nothing changed: every file's stat says so, and none is read.
    const again = await runCheckAll(page);
    return { checkAllMs, again, notification };
  } finally {
    await page.close().catch(() => {});
  }
}

async function runCheckAll(page) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT.editor });
  await input.fill(`>${CHECK_ALL_TITLE}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: CHECK_ALL_TITLE }).first().waitFor({ timeout: WAIT.editor });
  const t = Date.now();
  await page.keyboard.press('Enter');
  await resultToast(page).waitFor({ timeout: WAIT.result });
  return Date.now() - t;
}

/** The result notification: the one offering the Problems view, naming all 1,000 letters. */
function resultToast(page) {
  return page.locator('.notification-toast', { hasText: /\b1,?000\b/ }).filter({ hasText: 'Show Problems' }).first();
}
