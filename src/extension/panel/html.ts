// The extension's webview pages (the statistics panel, the folder summary), set once per panel (updates
// arrive by postMessage). Pure: the extension and the real-browser tests build them the same way. No
// letter data is ever put into this HTML.

export interface PanelHtmlOptions {
  /** `webview.cspSource`: where styles, fonts and images may come from. */
  cspSource: string;
  /** Fresh per render; only scripts carrying it run. */
  nonce: string;
  /** `asWebviewUri` of dist/webview/main.js and media/panel.css. */
  scriptUri: string;
  styleUri: string;
}

/** A random nonce, from the platform's CSPRNG (Node 20 and browsers both have `crypto.getRandomValues`). */
export function makeNonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function buildPanelHtml(options: PanelHtmlOptions): string {
  return buildWebviewPage({
    ...options,
    title: 'Letter statistics',
    body: `<div id="toolbar" class="toolbar" role="toolbar" aria-label="Statistics panel"></div>
<main id="app" class="app"><p class="empty">Loading the letter’s statistics…</p></main>
<div id="status" class="visually-hidden" role="status" aria-live="polite"></div>`,
  });
}

/**
 * A page of the extension: the strict CSP, the stylesheet, a fixed body and the one script that may run
 * (it carries the nonce). `title` and `body` are the extension's own markup, never letter text.
 */
export function buildWebviewPage(options: PanelHtmlOptions & { title: string; body: string }): string {
  const { cspSource, nonce, scriptUri, styleUri, title, body } = options;
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('buildWebviewPage: the nonce must be 16 or more base64/hex characters');
  // The CSP source and the URIs come from VS Code, not the letter; escaped all the same.
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(styleUri)}">
<title>${escapeAttribute(title)}</title>
</head>
<body>
${body}
<script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(scriptUri)}"></script>
</body>
</html>
`;
}

export function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
