// Driving the code-server workbench from the UI checks: the theme, the explorer, the command palette,
// Go to Line and the Problems view. Shared by ui.mjs and panel.mjs.
import { writeUserSettings } from '../../scripts/vscode/lib.mjs';

export const WAIT = { workbench: 90_000, editor: 20_000, diagnostics: 45_000, webview: 45_000 };

/**
 * Puts the workbench in a theme and waits for it to wear it. It picks the theme in "Preferences: Color
 * Theme", as a person would: the workbench applies it at once and writes settings.json itself. Editing
 * settings.json from outside relied on code-server's file watcher, which on the CI machine missed every
 * change, and the window reloads that made up for it once left the theme unapplied for a minute. Only
 * when the picker fails does it write the file and reload the window.
 */
export async function useTheme(page, userDataDir, settings, theme, themeClassPart, log) {
  const applied = page.locator(`.monaco-workbench[class*="vscode-theme-defaults-themes-${themeClassPart}"]`);
  if ((await applied.count()) > 0) return;
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await pickTheme(page, theme);
      await applied.waitFor({ timeout: 10_000 });
      return;
    } catch (e) {
      await page.keyboard.press('Escape');
      log(`e2e: note: picking ${theme} in Preferences: Color Theme failed (attempt ${attempt}): ${String(e.message ?? e).split('\n')[0]}`);
    }
  }
  log(`e2e: note: writing ${theme} into settings.json and reloading the window`);
  writeUserSettings(userDataDir, { ...settings, 'workbench.colorTheme': theme });
  await page.reload();
  await applied.waitFor({ timeout: WAIT.workbench });
}

/**
 * "Preferences: Color Theme", then the theme by its label ("Default Dark Modern" is listed as "Dark
 * Modern"). The palette's first match for that title is "Browse Color Themes in Marketplace", so the
 * command's own row is clicked rather than the first one entered.
 */
async function pickTheme(page, theme) {
  const label = theme.replace(/^Default /, '');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT.editor });
  await input.fill('>Preferences: Color Theme');
  const command = page.locator('.quick-input-list .monaco-list-row[aria-label="Preferences: Color Theme"], .quick-input-list .monaco-list-row[aria-label^="Preferences: Color Theme,"]').first();
  await command.waitFor({ timeout: WAIT.editor });
  await command.click();
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Light' }).first().waitFor({ timeout: WAIT.editor });
  await input.fill(label);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).first().waitFor({ timeout: WAIT.editor });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT.editor });
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
