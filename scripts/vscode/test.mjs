// The real-VS-Code part of `npm test` (also `npm run test:vscode`):
//   1. build the extension and the integration suite (out/test/integration/);
//   2. run the suite inside a real extension host: desktop VS Code via @vscode/test-electron when it can
//      be downloaded (short time-box) and shown (DISPLAY or xvfb-run), otherwise code-server's extension
//      host through its smoke-test driver (`payload` with extensionDevelopmentPath + extensionTestsPath);
//   3. `npm run package` and check the .vsix (size, contents);
//   4. the UI checks in test/e2e/ against the installed .vsix in code-server + headless Chromium.
// Prints which host ran the tests. Never skips: if no host can be had it exits 1 with one line saying
// what to install; the integration run passes only when its report shows no failure, nothing pending and
// at least as many passes as the suite has tests (counted apart, by count-tests.cjs); a UI check whose
// feature package.json does not declare fails. Counts go to LETTER_REVIEW_TEST_COUNTS for `npm test`'s
// summary line (or, run on its own, to this script's last line). Everything is time-boxed; processes are started in their own process group
// and killed with it. XDG_* and TMPDIR point into a per-run folder under .vscode-test/runs/.
//
// Flags: --integration-only, --e2e-only, --no-package (reuse letter-review.vsix),
// --host=electron|code-server (or LETTER_REVIEW_VSCODE_HOST); LETTER_REVIEW_VERBOSE=1 echoes the host console.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { buildIntegrationTests } from './build-tests.mjs';
import { ensureDebianPackages, ensureVSCodeServer, MissingPrerequisite } from './install.mjs';
import {
  BASE_SETTINGS,
  ROOT,
  CACHE,
  copySamples,
  installSignalHandlers,
  killAllGroups,
  launchChromium,
  makeRunDir,
  pruneRuns,
  seconds,
  startCodeServer,
  watchdog,
  withTimeout,
  writeUserSettings,
} from './lib.mjs';
import { checkVsix } from './check-vsix.mjs';
import { packageVsix, VSIX } from './package.mjs';
import counts from '../test/counts.cjs';

const { COUNTS_ENV, addCounts, readCounts, summaryLine, underCI } = counts;
// Run on its own, this script keeps its counts in a file of its own and prints the summary line itself.
const ownCounts = !process.env[COUNTS_ENV];
if (ownCounts) process.env[COUNTS_ENV] = join(CACHE, `counts-${process.pid}.json`);

const argv = process.argv.slice(2);
const only = argv.includes('--integration-only') ? 'integration' : argv.includes('--e2e-only') ? 'e2e' : 'all';
const forcedHost = (argv.find((a) => a.startsWith('--host='))?.slice(7) ?? process.env.LETTER_REVIEW_VSCODE_HOST ?? '').trim();

const OVERALL_MS = Number(process.env.LETTER_REVIEW_VSCODE_TIMEOUT_MS ?? 30 * 60_000);
const DESKTOP_DOWNLOAD_MS = 120_000; // whole download; the idle timeout below catches a dead network fast
// The suite runs in about 3 minutes alone; a shared 2-core machine running several at once needs more.
const INTEGRATION_MS = 10 * 60_000;

const log = (m) => console.log(`[vscode] ${m}`);
const timings = {};

function fail(line) {
  console.error(`[vscode] FAILED: ${line}`);
  killAllGroups();
  finishCounts(true);
  process.exit(1);
}

/** Run on its own: the summary line last (a failure that counted no test counts as one). */
function finishCounts(failed) {
  if (!ownCounts) return;
  const file = process.env[COUNTS_ENV];
  const c = readCounts(file);
  rmSync(file, { force: true });
  if (failed && c.failed === 0) c.failed = 1;
  console.log(`\n${summaryLine(c)}`);
}

function runSync(what, cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', timeout: 180_000 });
  if (r.status !== 0) fail(`${what}: ${[cmd, ...args].join(' ')} exited ${r.status ?? r.signal ?? r.error?.message}`);
}

/** The suite's own count of tests, from the bundled files, apart from any host (count-tests.cjs). */
function countSuite(outDir) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'vscode', 'count-tests.cjs'), outDir], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) fail(`cannot count the integration tests in ${outDir}: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`);
  return JSON.parse(r.stdout);
}

/**
 * Reads the report run() wrote (the host's own console is not always visible here), prints it, adds
 * its counts, and fails unless every test of the suite passed: no failure, nothing pending, and at
 * least `suite.tests` passes. A grep (LETTER_REVIEW_TEST_GREP, never under CI) runs fewer: those left
 * out count as skipped, loudly.
 */
function checkReport(file, exitCode, suite, host) {
  if (!existsSync(file)) fail(`the integration run in ${host} wrote no report (${file}; exit ${exitCode})`);
  const r = JSON.parse(readFileSync(file, 'utf8'));
  log(`integration files: ${r.files.join(', ')}`);
  for (const t of r.passes) console.log(`  ✔ ${t}`);
  for (const t of r.pending) console.log(`  - PENDING ${t}`);
  for (const f of r.failures) console.log(`  ✘ ${f.title}\n${f.error.replace(/^/gm, '      ')}`);
  log(`integration: ${r.passes.length} passing, ${r.failures.length} failing, ${r.pending.length} pending, of ${suite.tests} tests in the suite`);
  const grep = process.env.LETTER_REVIEW_TEST_GREP && !underCI() ? process.env.LETTER_REVIEW_TEST_GREP : '';
  const ran = r.passes.length + r.failures.length + r.pending.length;
  const left = grep ? Math.max(0, suite.tests - ran) : 0;
  const missing = Math.max(0, suite.tests - r.passes.length - r.failures.length - r.pending.length - left);
  addCounts({ passed: r.passes.length, failed: r.failures.length + missing, skipped: r.pending.length + left });
  if (left) log(`!!! LETTER_REVIEW_TEST_GREP=${grep}: ${left} of ${suite.tests} integration tests not run (counted as skipped) !!!`);
  const problems = [];
  if (exitCode !== 0) problems.push(`the host exited ${exitCode}`);
  if (r.failures.length) problems.push(`${r.failures.length} failing`);
  if (r.pending.length) problems.push(`${r.pending.length} pending (skipped) — every test must run`);
  if (missing) problems.push(`only ${ran} of the suite's ${suite.tests} tests ran (report: ${file})`);
  const files = JSON.stringify([...r.files].sort());
  if (files !== JSON.stringify(suite.files)) problems.push(`the host loaded ${files}, the suite has ${JSON.stringify(suite.files)}`);
  if (problems.length) fail(`integration tests in ${host}: ${problems.join('; ')}`);
}

// ---------------------------------------------------------------------------------------------------
// Desktop VS Code through @vscode/test-electron

async function tryDesktop() {
  if (forcedHost === 'code-server') return { reason: 'host forced to code-server' };
  const started = Date.now();
  let exe;
  try {
    const { downloadAndUnzipVSCode, SilentReporter } = await import('@vscode/test-electron');
    exe = await withTimeout(
      downloadAndUnzipVSCode({ version: 'stable', cachePath: CACHE, timeout: 15_000, reporter: new SilentReporter() }),
      DESKTOP_DOWNLOAD_MS,
      'desktop VS Code download',
    );
  } catch (e) {
    const reason = `cannot download desktop VS Code in ${seconds(started)} s (${String(e?.message ?? e).split('\n')[0]})`;
    if (forcedHost === 'electron') fail(reason);
    return { reason };
  }
  timings['desktop VS Code download/check'] = seconds(started);
  // Desktop VS Code needs a screen: DISPLAY, or Xvfb through xvfb-run (Debian `xvfb`).
  if (process.platform === 'linux' && !process.env.DISPLAY && spawnSync('which', ['xvfb-run']).status !== 0) {
    try {
      ensureDebianPackages(['xvfb']);
    } catch (e) {
      const reason = `desktop VS Code downloaded but there is no display: ${e.message}`;
      if (forcedHost === 'electron') fail(reason);
      return { reason };
    }
  }
  return { exe };
}

async function runIntegrationDesktop(exe, outDir, suite) {
  const run = makeRunDir('integration-desktop');
  const workspace = copySamples(join(run.dir, 'workspace'));
  const report = join(run.dir, 'integration-report.json');
  const userDataDir = join(run.dir, 'user-data');
  writeUserSettings(userDataDir, BASE_SETTINGS);
  const args = [
    workspace,
    `--extensionDevelopmentPath=${ROOT}`,
    `--extensionTestsPath=${join(outDir, 'index.js')}`,
    `--user-data-dir=${userDataDir}`,
    `--extensions-dir=${join(run.dir, 'extensions')}`,
    '--disable-extensions',
    '--disable-workspace-trust',
    '--disable-updates',
    '--skip-welcome',
    '--skip-release-notes',
    '--no-sandbox',
    '--disable-gpu-sandbox',
  ];
  const [cmd, cmdArgs] = process.platform === 'linux' && !process.env.DISPLAY ? ['xvfb-run', ['-a', exe, ...args]] : [exe, args];
  const env = { ...process.env, ...run.env, LETTER_REVIEW_TEST_REPORT: report };
  delete env.ELECTRON_RUN_AS_NODE;
  const proc = spawn(cmd, cmdArgs, { cwd: ROOT, env, stdio: 'inherit', detached: true });
  const code = await withTimeout(
    new Promise((resolve) => proc.once('exit', (c, s) => resolve(c ?? (s ? 1 : 0)))),
    INTEGRATION_MS,
    'desktop integration run',
  ).catch((e) => {
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {
      // gone
    }
    fail(e.message);
  });
  checkReport(report, code, suite, 'desktop VS Code');
}

// ---------------------------------------------------------------------------------------------------
// code-server's extension host through the smoke-test driver

async function runIntegrationCodeServer(cs, outDir, suite) {
  const run = makeRunDir('integration');
  const workspace = copySamples(join(run.dir, 'workspace'));
  const report = join(run.dir, 'integration-report.json');
  const hostLog = join(run.dir, 'host-console.log');
  const userDataDir = join(run.dir, 'user-data');
  writeUserSettings(userDataDir, BASE_SETTINGS);
  const server = await startCodeServer(cs, {
    userDataDir,
    extensionsDir: join(run.dir, 'extensions'),
    logFile: join(run.dir, 'code-server.log'),
    // The extension host is a child of code-server: it inherits this environment.
    env: { ...run.env, LETTER_REVIEW_TEST_REPORT: report },
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
  });
  log(`code-server ${cs.version} at ${server.url} (log: ${server.logFile})`);
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${encodeURI(p)}`;
  const payload = [
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(join(outDir, 'index.js'))],
  ];
  const context = await launchChromium(run.dir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      appendFileSync(hostLog, `${seconds(loadStarted).padStart(6)}s [${type}] ${line}\n`);
      if (process.env.LETTER_REVIEW_VERBOSE) console.log(`  ${seconds(loadStarted).padStart(6)}s [host ${type}] ${line}`);
    });
    page.on('pageerror', (e) => appendFileSync(hostLog, `[pageerror] ${e.message}\n`));
    const loadStarted = Date.now();
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { timeout: 60_000 });
    const code = await withTimeout(exited, INTEGRATION_MS, 'integration run in code-server').catch((e) => {
      console.error(`[vscode] host console (last lines of ${hostLog}):\n${tailOf(hostLog)}`);
      fail(`${e.message}; is the smoke-test driver on? code-server log: ${server.logFile}`);
    });
    if (code !== 0) console.error(`[vscode] host console (last lines of ${hostLog}):\n${tailOf(hostLog)}`);
    checkReport(report, code, suite, "code-server's extension host");
  } finally {
    await context.close().catch(() => {});
    await server.stop();
  }
}

function tailOf(file, n = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
  } catch {
    return '(empty)';
  }
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  installSignalHandlers();
  watchdog(OVERALL_MS, 'the VS Code checks (scripts/vscode/test.mjs)');
  mkdirSync(CACHE, { recursive: true });
  pruneRuns();
  const t0 = Date.now();

  let t = Date.now();
  runSync('build', process.execPath, [join(ROOT, 'scripts', 'build.mjs')]);
  const { outDir } = await buildIntegrationTests();
  const suite = countSuite(outDir);
  timings.build = seconds(t);

  let cs;
  const getCodeServer = () => {
    if (cs) return cs;
    const started = Date.now();
    try {
      cs = ensureVSCodeServer();
    } catch (e) {
      if (e instanceof MissingPrerequisite) fail(`no VS Code to test in: ${e.message}`);
      fail(`installing code-server: ${e.message}`);
    }
    timings['code-server install/check'] = seconds(started);
    return cs;
  };

  if (only !== 'e2e') {
    const desktop = await tryDesktop();
    t = Date.now();
    if (desktop.exe) {
      log(`host: desktop VS Code (${desktop.exe}) via @vscode/test-electron`);
      await runIntegrationDesktop(desktop.exe, outDir, suite);
    } else {
      log(`desktop VS Code not used: ${desktop.reason}`);
      const server = getCodeServer();
      t = Date.now();
      log(`host: code-server ${server.version} extension host (Node ${server.node}) via the smoke-test driver`);
      await runIntegrationCodeServer(server, outDir, suite);
    }
    timings['integration run'] = seconds(t);
  }

  // From here on failures are collected, so one run reports the .vsix check and every UI check.
  const failures = [];
  if (only !== 'integration') {
    t = Date.now();
    // --no-package: reuse letter-review.vsix as it is (quick iterations on the UI checks).
    const { bytes, problems } = argv.includes('--no-package') ? checkVsix(VSIX) : packageVsix();
    timings.package = seconds(t);
    if (problems.length) {
      failures.push(`the .vsix is not right: ${problems.join('; ')}`);
      console.error(`[vscode] .vsix check FAILED:\n  ${problems.join('\n  ')}`);
    } else {
      log(`.vsix OK: ${(bytes / 1024).toFixed(1)} KB`);
    }
    addCounts(problems.length ? { failed: 1 } : { passed: 1 });
    // Bring dist/ back to the development build (sourcemaps) for whatever runs next.
    runSync('build', process.execPath, [join(ROOT, 'scripts', 'build.mjs')]);

    const server = getCodeServer();
    t = Date.now();
    const { runE2E } = await import('../../test/e2e/ui.mjs');
    const run = makeRunDir('e2e');
    const result = await runE2E({ cs: server, runDir: run.dir, runEnv: run.env, log });
    timings['e2e run'] = seconds(t);
    addCounts({ passed: result.passed.length, failed: result.failed.length });
    if (result.failed.length) failures.push(`UI checks failed: ${result.failed.join(', ')}`);
  }

  const summaryTimes = Object.entries(timings)
    .map(([k, v]) => `${k} ${v} s`)
    .join(', ');
  writeFileSync(join(CACHE, 'last-timings.json'), JSON.stringify({ ...timings, total: seconds(t0) }, null, 2));
  if (failures.length) fail(`${failures.length} ${failures.length === 1 ? 'problem' : 'problems'} after ${seconds(t0)} s (${summaryTimes}):\n  ${failures.join('\n  ')}`);
  log(`all VS Code checks passed in ${seconds(t0)} s (${summaryTimes})`);
  killAllGroups();
  finishCounts(false);
  process.exit(0);
}

main().catch((e) => fail(e?.stack ?? String(e)));
