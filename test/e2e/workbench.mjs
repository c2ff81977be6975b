// Driving the code-server workbench from the UI checks: the theme, the explorer, the command palette,
// Go to Line and the Problems view. Shared by ui.mjs and panel.mjs.
import { writeUserSettings } from '../../scripts/vscode/lib.mjs';

export const WAIT = { workbench: 60_000, editor: 20_000, diagnostics: 45_000, webview: 45_000 };

/**
 * Sets workbench.colorTheme in the user settings and waits for the workbench to wear it. code-server
 * usually applies an edited settings.json within seconds; when its watcher misses the change, a
 * reload reads the file afresh.
 */
export async function useTheme(page, userDataDir, settings, theme, themeClassPart, log) {
  writeUserSettings(userDataDir, { ...settings, 'workbench.colorTheme': theme });
  const applied = page.locator(`.monaco-workbench[class*="vscode-theme-defaults-themes-${themeClassPart}"]`);
  try {
    await applied.waitFor({ timeout: 10_000 });
  } catch {
    log(`e2e: note: ${theme} not applied from settings.json within 10 s; reloading the window`);
    await page.reload();
    await applied.waitFor({ timeout: WAIT.workbench });
  }
}

export function explorerRow(page, name) {
  return page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
}

export async function openFromExplorer(page, name, expectedText) {
  await explorerRow(page, name).dblclick();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: WAIT.editor });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines', { hasText: expectedText }).first().waitFor({ timeout: WAIT.editor });
}

export async function goToLine(page, line) {
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT.editor });
  await input.fill(`:${line}`);
  await page.waitForTimeout(300);
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT.editor });
}

export async function showProblems(page) {
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ timeout: WAIT.editor });
}

export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT.editor });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: WAIT.editor });
  await page.keyboard.press('Enter');
}
