// The folder summary's page, set once per panel (rows arrive by postMessage). Pure: the extension and
// the real-browser test build it the same way. No letter data is ever put into this HTML.
import { buildWebviewPage } from '../panel/html';
import type { PanelHtmlOptions } from '../panel/html';

export function buildSummaryHtml(options: PanelHtmlOptions): string {
  return buildWebviewPage({
    ...options,
    title: 'Letter summary',
    body: `<div id="toolbar" class="toolbar" role="toolbar" aria-label="Letter summary"></div>
<main id="app" class="app"><p class="empty">Reading the letters…</p></main>
<div id="status" class="visually-hidden" role="status" aria-live="polite"></div>`,
  });
}
