// The statistics panel's page: its CSP, its nonce, and no letter data in its HTML.
import * as assert from 'node:assert/strict';
import { buildPanelHtml, contentSecurityPolicy, makeNonce } from '../../../src/extension/panel/html';

describe('panel page', () => {
  it('has the strict CSP, the nonce on its one script, and no inline script or style', () => {
    const nonce = makeNonce();
    assert.match(nonce, /^[0-9a-f]{48}$/);
    assert.notEqual(makeNonce(), nonce);
    const html = buildPanelHtml({ cspSource: 'https://x.vscode-cdn.net', nonce, scriptUri: 'https://x.vscode-cdn.net/dist/webview/main.js', styleUri: 'https://x.vscode-cdn.net/media/panel.css' });
    assert.ok(html.includes(`content="${contentSecurityPolicy('https://x.vscode-cdn.net', nonce)}"`));
    assert.equal(
      contentSecurityPolicy('S', 'N'),
      "default-src 'none'; style-src S; script-src 'nonce-N'; img-src S data:; font-src S",
    );
    assert.equal(html.match(/<script\b/g)?.length, 1);
    assert.ok(html.includes(`<script nonce="${nonce}" src="https://x.vscode-cdn.net/dist/webview/main.js"></script>`));
    assert.doesNotMatch(html, /<style|\sstyle=|\son\w+=/i);
    assert.throws(() => buildPanelHtml({ cspSource: 'S', nonce: "x' 'unsafe-inline", scriptUri: 's', styleUri: 's' }));
  });
});
