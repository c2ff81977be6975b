// `npm start`: build, then open a fresh copy of samples/ in a real VS Code with this extension loaded.
//   - the workspace is a new folder in the system temp dir (printed), so what the extension writes there
//     (the Ignore quick fix's .vscode/settings.json, Save CSV's default folder) never lands in the checkout;
//     `--workspace-only` prepares and prints it, then exits (test/build/start.test.ts);
//   - desktop: `code --extensionDevelopmentPath=<repo> <workspace>` when `code` is on PATH;
//   - otherwise code-server on 127.0.0.1 (a free port, or $PORT) with an extensions dir holding a
//     symlink to this repo, so it loads the freshly built dist/. Prints the URL and runs until Ctrl-C,
//     rebuilding on change (`build.mjs --watch`); reload the window to pick up a rebuild.
// Settings and state persist in .vscode-test/start/ between runs; the first run downloads Node 24 and
// code-server into .vscode-test/ (or $LETTER_REVIEW_VSCODE_CACHE).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, ensureNode24, MissingPrerequisite } from './install.mjs';
import { BASE_SETTINGS, CACHE, ROOT, freePort, freshSampleWorkspace, installSignalHandlers, startCodeServer } from './lib.mjs';

const log = (m) => console.log(`[start] ${m}`);
const workspace = freshSampleWorkspace();
log(`the sample letters: a fresh copy in ${workspace} (your edits, settings and exports stay there)`);
if (process.argv.includes('--workspace-only')) process.exit(0);

const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

if (!process.env.LETTER_REVIEW_NO_DESKTOP && spawnSync('which', ['code']).status === 0) {
  log('opening them in desktop VS Code with the extension under development');
  const r = spawnSync('code', [`--extensionDevelopmentPath=${ROOT}`, workspace], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}

installSignalHandlers();
let cs;
try {
  cs = ensureCodeServer(ensureNode24());
} catch (e) {
  console.error(`[start] ${e instanceof MissingPrerequisite ? 'cannot start VS Code' : 'FAILED'}: ${e.message}`);
  process.exit(1);
}

const dir = join(CACHE, 'start');
const xdg = {
  XDG_CONFIG_HOME: join(dir, 'xdg', 'config'),
  XDG_DATA_HOME: join(dir, 'xdg', 'data'),
  XDG_CACHE_HOME: join(dir, 'xdg', 'cache'),
  XDG_STATE_HOME: join(dir, 'xdg', 'state'),
  TMPDIR: join(dir, 'tmp'),
};
for (const d of Object.values(xdg)) mkdirSync(d, { recursive: true });
const userDataDir = join(dir, 'user-data');
const extensionsDir = join(dir, 'extensions');
mkdirSync(join(userDataDir, 'User'), { recursive: true });
const settingsFile = join(userDataDir, 'User', 'settings.json');
if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify(BASE_SETTINGS, null, 2));

// The extensions dir holds exactly one entry: a symlink to this checkout, named as an install would be.
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const id = `${manifest.publisher}.${manifest.name}`;
rmSync(extensionsDir, { recursive: true, force: true });
mkdirSync(extensionsDir, { recursive: true });
symlinkSync(ROOT, join(extensionsDir, `${id}-${manifest.version}`), 'dir');

const port = Number(process.env.PORT) || (await freePort());
const server = await startCodeServer(cs, { userDataDir, extensionsDir, logFile: join(dir, 'code-server.log'), env: xdg, port });
const watcher = spawn(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--watch'], { cwd: ROOT, stdio: 'inherit' });
process.on('exit', () => watcher.kill());

log(`code-server ${cs.version} with ${id} from this checkout (rebuilt on change; reload the window to pick it up)`);
log(`open: ${server.url}/?folder=${encodeURIComponent(workspace)}`);
log(`log: ${server.logFile} — Ctrl-C to stop`);
server.proc.once('exit', (code) => {
  console.error(`[start] code-server exited (${code}); log: ${server.logFile}`);
  process.exit(code ?? 1);
});
