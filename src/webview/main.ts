// The statistics panel's script (bundled to dist/webview/main.js, loaded with the page's nonce).
// It draws what the extension sends, asks for reveals and exports, and remembers which letter it shows
// (vscode.setState) so the extension can bring the panel back after a reload. Every message in and out
// is checked against the shared schema; an invalid incoming message is dropped with a console warning.
import './zodConfig';
import { ExtensionToWebviewSchema, PanelStateSchema, WebviewToExtensionSchema } from '../shared/panelProtocol';
import type { ExportAction, ExtensionToWebview, PanelState } from '../shared/panelProtocol';
import { el } from './dom';
import { icon } from './icons';
import type { IconName } from './icons';
import { renderEmpty, renderModel, revealSpans } from './render';
import { toolButton } from './toolbar';
import { connectToVsCode } from './vscodeApi';

const { api: vscode, post } = connectToVsCode(ExtensionToWebviewSchema, WebviewToExtensionSchema, (message) => apply(message));
const app = document.getElementById('app') as HTMLElement;
const toolbar = document.getElementById('toolbar') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

const restored = PanelStateSchema.safeParse(vscode.getState());
let state: PanelState = restored.success ? restored.data : { documentUri: null, locked: false };
let showing: ExtensionToWebview['type'] | null = null;

// ---- Toolbar -----------------------------------------------------------------------------------------

const lockButton = toolButton('Lock', 'unlock', () => post({ type: 'toggleLock' }), 'tool-lock');
const exportButtons = (
  [
    ['Copy JSON', 'copy', 'copyJson'],
    ['Save JSON', 'save', 'saveJson'],
    ['Save CSV', 'save', 'saveCsv'],
  ] as const
).map(([label, name, action]: readonly [string, IconName, ExportAction]) =>
  toolButton(label, name, () => {
    post({ type: 'export', action });
    if (action === 'copyJson') status.textContent = 'Statistics copied as JSON';
  }),
);
toolbar.append(lockButton, el('span', { class: 'tool-separator', attrs: { 'aria-hidden': 'true' } }), ...exportButtons);

function updateToolbar(): void {
  lockButton.replaceChildren(icon(state.locked ? 'lock' : 'unlock'), el('span', { class: 'tool-label' }, 'Lock'));
  lockButton.setAttribute('aria-pressed', String(state.locked));
  lockButton.title = state.locked ? 'Locked to this letter: click to follow the active letter again' : 'Lock the panel to this letter';
  for (const b of exportButtons) b.disabled = showing !== 'update';
}

// ---- Drawing -----------------------------------------------------------------------------------------

function apply(message: ExtensionToWebview): void {
  state = { documentUri: message.documentUri, locked: message.locked };
  vscode.setState(state);
  showing = message.type;
  // Keep the keyboard where it was across redraws (the page is redrawn while the letter is typed in).
  const focusedKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
  app.replaceChildren(...(message.type === 'update' ? renderModel(message.model, message.locked) : renderEmpty(message)));
  if (focusedKey) for (const e of Array.from(app.querySelectorAll<HTMLElement>('[data-key]'))) if (e.dataset.key === focusedKey) e.focus();
  updateToolbar();
  post({
    type: 'rendered',
    documentUri: message.documentUri,
    documentVersion: message.type === 'update' ? message.documentVersion : null,
    council: message.type === 'update' ? (app.querySelector('h1.council')?.textContent ?? null) : null,
    figures: Array.from(app.querySelectorAll('.headline .figure')).map((e) => e.textContent ?? '').slice(0, 20),
    foreignElements: app.querySelectorAll('img, script, iframe, object, embed, link, style').length,
  });
}

app.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('button') : null;
  const span = target ? revealSpans.get(target) : undefined;
  if (span) post({ type: 'reveal', span });
});

updateToolbar();
post({ type: 'ready' });
