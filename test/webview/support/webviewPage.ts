// A webview page of the extension in a real browser (headless Debian Chromium through playwright-core):
// the page built exactly as the extension builds it (the real CSP, a fresh nonce), its script bundled
// from src/webview as scripts/build.mjs bundles it, its stylesheets from media/, all served read-only
// from a temp folder over http://127.0.0.1, with a stub acquireVsCodeApi and a theme's variables.
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { makeNonce } from '../../../src/extension/panel/html';
import type { PanelHtmlOptions } from '../../../src/extension/panel/html';
import { THEMES } from '../themes';

export const ROOT = join(__dirname, '..', '..', '..');
export const RESULTS = join(ROOT, 'test-results');
const CHROMIUM = '/usr/bin/chromium';

export interface PageSpec {
  /** The webview entry point under src/webview, and the bundle it becomes under dist/webview. */
  entry: string;
  bundle: string;
  /** The page's stylesheet under media/, and the ones it imports. */
  style: string;
  imports: string[];
  build(options: PanelHtmlOptions): string;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  theme?: keyof typeof THEMES;
  savedState?: unknown;
}

export interface OpenedPage {
  page: Page;
  warnings: string[];
  errors: string[];
  /** Messages the page sent to "the extension". */
  posted(): Promise<{ type: string; [k: string]: unknown }[]>;
  send(message: unknown): Promise<void>;
  /** Sends a valid message and waits for the page to report it drawn (a new 'rendered' message). */
  draw(message: unknown): Promise<void>;
  /** The state the page saved with setState. */
  savedState(): Promise<unknown>;
  /** Whether anything hostile ran (window.__pwned set) or the CSP blocked anything. */
  pwned(): Promise<unknown>;
  violations(): Promise<string[]>;
}

/** The browser, the served folder and the page, for one describe block: call in before() and after(). */
export class WebviewHarness {
  private dir = '';
  private server: Server | undefined;
  private browser: Browser | undefined;
  origin = '';
  /** Every path the pages asked the server for. */
  readonly requested = new Set<string>();

  constructor(private readonly spec: PageSpec) {}

  async start(): Promise<void> {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
    this.dir = mkdtempSync(join(tmpdir(), 'lr-webview-'));
    mkdirSync(join(this.dir, 'dist', 'webview'), { recursive: true });
    mkdirSync(join(this.dir, 'media'), { recursive: true });
    await esbuild.build({ entryPoints: [join(ROOT, 'src', 'webview', this.spec.entry)], outfile: join(this.dir, 'dist', 'webview', this.spec.bundle), bundle: true, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'warning' });
    for (const css of [this.spec.style, ...this.spec.imports]) copyFileSync(join(ROOT, 'media', css), join(this.dir, 'media', css));
    this.server = await serve(this.dir, this.requested);
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    writeFileSync(
      join(this.dir, 'index.html'),
      this.spec.build({ cspSource: this.origin, nonce: makeNonce(), scriptUri: `${this.origin}/dist/webview/${this.spec.bundle}`, styleUri: `${this.origin}/media/${this.spec.style}` }),
    );
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(RESULTS, { recursive: true });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    const server = this.server;
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }

  /** The paths a page asked for, besides the favicon Chromium asks for by itself. */
  pagesRequested(): string[] {
    return [...this.requested].filter((p) => p !== '/favicon.ico').sort();
  }

  async open(options: OpenOptions = {}): Promise<OpenedPage> {
    assert.ok(this.browser, 'start() first');
    const page = await this.browser.newPage({ viewport: { width: options.width ?? 420, height: options.height ?? 900 } });
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    // What VS Code gives a webview: acquireVsCodeApi, theme variables on <html>, a theme class on <body>.
    // Init scripts run before the page's own and are not subject to its CSP (the test harness, not the page).
    const theme = THEMES[options.theme ?? 'dark'];
    // tsx compiles this file with esbuild's keepNames, which wraps functions in __name(): the functions
    // handed to the page below need it there too.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(
      ({ savedState, variables, bodyClass }) => {
        const w = window as unknown as Record<string, unknown>;
        const posted: unknown[] = [];
        const violations: string[] = [];
        w.__posted = posted;
        w.__violations = violations;
        w.__state = savedState;
        document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        w.acquireVsCodeApi = () => ({
          postMessage: (m: unknown) => posted.push(JSON.parse(JSON.stringify(m))),
          getState: () => w.__state,
          setState: (s: unknown) => (w.__state = s),
        });
        document.addEventListener('DOMContentLoaded', () => {
          for (const [name, value] of Object.entries(variables)) document.documentElement.style.setProperty(name, value);
          document.body.classList.add(bodyClass);
        });
      },
      { savedState: options.savedState, variables: theme.variables, bodyClass: theme.bodyClass },
    );
    await page.goto(`${this.origin}/index.html`);
    type Posted = { type: string; [k: string]: unknown };
    const read = <T>(name: string): Promise<T> => page.evaluate((n) => (window as unknown as Record<string, unknown>)[n], name) as Promise<T>;
    await page.waitForFunction(() => ((window as unknown as { __posted: { type: string }[] }).__posted ?? []).some((m) => m.type === 'ready'));
    const posted = () => read<Posted[]>('__posted');
    const send = (message: unknown) => page.evaluate((m) => window.postMessage(m, '*'), message);
    const draw = async (message: unknown) => {
      const before = (await posted()).filter((m) => m.type === 'rendered').length;
      await send(message);
      await page.waitForFunction((n) => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'rendered').length > n, before);
    };
    return { page, warnings, errors, posted, send, draw, savedState: () => read('__state'), pwned: () => read('__pwned'), violations: () => read<string[]>('__violations') };
  }
}

/** Serves `dir` read-only on 127.0.0.1 (a webview's resources come from their own origin too). */
function serve(dir: string, requested: Set<string>): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    requested.add(pathname);
    // Chromium asks for a favicon by itself (a webview does not).
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const path = normalize(join(dir, decodeURIComponent(pathname)));
    if (!path.startsWith(dir + sep) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
