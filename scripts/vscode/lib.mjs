// Shared plumbing for the real-VS-Code checks: per-run folders, a samples/ workspace copy, free ports,
// code-server started in its own process group (and always killed with it), headless Chromium through
// playwright-core, and small timing helpers. Used by test.mjs, start.mjs and test/e2e/.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { CACHE, ROOT } from './install.mjs';

export { CACHE, ROOT };
export const RESULTS = join(ROOT, 'test-results');
const SYSTEM_TMP = tmpdir(); // before makeRunDir points TMPDIR elsewhere

/** Process groups started by this run; killed on exit, Ctrl-C, a watchdog or an uncaught error. */
const groups = new Set();

export function killAllGroups(signal = 'SIGKILL') {
  for (const pid of groups) {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  }
  groups.clear();
}
process.on('exit', () => killAllGroups());

/** Ctrl-C / SIGTERM: kill what we started, then leave with the conventional code. */
export function installSignalHandlers() {
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      killAllGroups();
      process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
    });
  }
}

/** Fails the whole run after ms: kills every process group and exits 1 with one line. */
export function watchdog(ms, what) {
  const t = setTimeout(() => {
    console.error(`\n[vscode] TIMEOUT: ${what} took longer than ${Math.round(ms / 1000)} s; killing everything`);
    killAllGroups();
    process.exit(1);
  }, ms);
  t.unref();
  return () => clearTimeout(t);
}

/** Rejects when p does not settle within ms. */
export function withTimeout(p, ms, what) {
  let t;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise((_, reject) => {
      t = setTimeout(() => reject(new Error(`${what}: timed out after ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}

export const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/**
 * A fresh folder for one run under .vscode-test/runs/, with XDG_* and TMPDIR inside it. Sets them on
 * process.env too, so Playwright's and Chromium's scratch files land there and not in ~ or /tmp.
 * Unix sockets (Chromium's SingletonSocket, code-server's IPC) live in TMPDIR/XDG_RUNTIME_DIR and
 * must stay under ~100 bytes: names are short, and a checkout at a very long path gets a private
 * mkdtemp folder in the system temp dir for those two instead (removed at exit).
 */
export function makeRunDir(name) {
  const id = `${name}-${Date.now().toString(36)}`;
  const dir = join(CACHE, 'runs', id);
  let sockets = join(dir, 't');
  if (sockets.length > 60) {
    sockets = mkdtempSync(join(SYSTEM_TMP, 'letter-review-vscode-'));
    process.on('exit', () => rmSync(sockets, { recursive: true, force: true }));
  }
  const env = {
    XDG_CONFIG_HOME: join(dir, 'xdg', 'config'),
    XDG_DATA_HOME: join(dir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(dir, 'xdg', 'cache'),
    XDG_STATE_HOME: join(dir, 'xdg', 'state'),
    XDG_RUNTIME_DIR: join(sockets, 'run'),
    TMPDIR: join(sockets, 'tmp'),
  };
  for (const d of Object.values(env)) mkdirSync(d, { recursive: true, mode: 0o700 });
  Object.assign(process.env, env);
  // HOME too, but only for the processes under test (code-server, Chromium: crash reports, dconf).
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  return { dir, env: { ...env, HOME: home } };
}

/** Keeps the newest `keep` run folders, removes the rest (they hold a workspace copy and logs). */
export function pruneRuns(keep = 4) {
  const runs = join(CACHE, 'runs');
  if (!existsSync(runs)) return;
  const all = readdirSync(runs)
    .map((n) => ({ n, t: statSync(join(runs, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { n } of all.slice(keep)) rmSync(join(runs, n), { recursive: true, force: true });
}

/** A copy of samples/ to open as the workspace, so no test ever touches the repo's own letters. */
export function copySamples(dest) {
  cpSync(join(ROOT, 'samples'), dest, { recursive: true });
  return dest;
}

/**
 * A fresh copy of samples/ in a new folder of the system temp dir, for `npm start`: whatever the extension
 * writes into its workspace (the Ignore quick fix's .vscode/settings.json, an exported CSV) lands there.
 */
export function freshSampleWorkspace() {
  const dest = join(mkdtempSync(join(SYSTEM_TMP, 'letter-review-')), 'samples');
  const inside = relative(ROOT, dest);
  if (!inside.startsWith('..') && !isAbsolute(inside)) throw new Error(`the temp dir ${SYSTEM_TMP} is inside the checkout: set TMPDIR elsewhere`);
  return copySamples(dest);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function readManifest() {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
}

/**
 * What the extension offers now: a UI check whose feature is not here fails. Languages and commands come from
 * package.json's contributes; diagnostics have no manifest entry, so they count as there once the
 * built extension (either bundle) creates a diagnostic collection.
 */
export function contributed(manifest = readManifest()) {
  const c = manifest.contributes ?? {};
  // The desktop entry (dist/extension.js) loads the browser bundle, which holds the extension itself.
  let bundle = '';
  for (const file of [join(ROOT, 'dist', 'extension.js'), join(ROOT, 'dist', 'browser', 'extension.js')]) {
    try {
      bundle += readFileSync(file, 'utf8');
    } catch {
      // not built
    }
  }
  return {
    languages: new Set((c.languages ?? []).map((l) => l.id)),
    commands: new Set((c.commands ?? []).map((x) => x.command)),
    diagnostics: bundle.includes('createDiagnosticCollection'),
  };
}

/** Writes VS Code user settings (code-server reads <user-data-dir>/User/settings.json and watches it). */
export function writeUserSettings(userDataDir, settings) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

export const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Runs code-server (with cs = ensureCodeServer()) in its own process group. Output goes to logFile.
 * Returns a handle with url and stop(); stop() and process exit kill the whole group.
 */
export async function startCodeServer(cs, { userDataDir, extensionsDir, logFile, env = {}, port, extraArgs = [] }) {
  port ??= await freePort();
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const args = [
    cs.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...extraArgs,
  ];
  const out = createWriteStream(logFile, { flags: 'a' });
  await new Promise((r) => out.once('open', r));
  const proc = spawn(cs.node, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true, // own process group: kill(-pid) takes the extension host and watchers with it
    stdio: ['ignore', out, out],
  });
  groups.add(proc.pid);
  let exited = null;
  proc.once('exit', (code, signal) => {
    exited = { code, signal };
    groups.delete(proc.pid);
  });
  const url = `http://127.0.0.1:${port}`;
  const handle = {
    proc,
    port,
    url,
    logFile,
    async stop() {
      if (exited) return;
      try {
        process.kill(-proc.pid, 'SIGTERM');
      } catch {
        return;
      }
      const gone = new Promise((r) => proc.once('exit', r));
      const t = setTimeout(() => {
        try {
          process.kill(-proc.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }, 3000);
      await gone;
      clearTimeout(t);
      groups.delete(proc.pid);
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited early (${exited.code ?? exited.signal}); log: ${logFile}\n${tail(logFile)}`);
    try {
      const r = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return handle;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await handle.stop();
  throw new Error(`code-server did not answer ${url}/healthz within 60 s; log: ${logFile}\n${tail(logFile)}`);
}

/** Runs a code-server CLI command (e.g. --install-extension) to completion, time-boxed. */
export function codeServerCli(cs, args, { env = {}, logFile, timeoutMs = 120_000 }) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    out.once('open', () => {
      const proc = spawn(cs.node, [cs.entry, ...args], { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', out, out] });
      groups.add(proc.pid);
      const t = setTimeout(() => {
        try {
          process.kill(-proc.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }, timeoutMs);
      proc.once('exit', (code, signal) => {
        clearTimeout(t);
        groups.delete(proc.pid);
        if (code === 0) resolve();
        else reject(new Error(`code-server ${args.join(' ')} failed (${code ?? signal}); log: ${logFile}\n${tail(logFile)}`));
      });
    });
  });
}

export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Headless Debian Chromium through playwright-core, with a fresh profile inside the run folder. */
export async function launchChromium(runDir, { width = 1400, height = 900, colorScheme } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = join(runDir, 'chromium-profile');
  mkdirSync(join(runDir, 'home'), { recursive: true });
  rmSync(profile, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width, height },
    ...(colorScheme ? { colorScheme } : {}),
    env: { ...process.env, HOME: join(runDir, 'home') },
    timeout: 60_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return context;
}
