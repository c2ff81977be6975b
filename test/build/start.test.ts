// `npm start` opens a fresh copy of samples/ in a folder of the system temp dir, so nothing the extension
// writes into its workspace (the Ignore quick fix's .vscode/settings.json, Save CSV's default folder, an
// edited letter) ever lands in the checkout. This runs the start script's own workspace preparation
// (`--workspace-only`, everything before the build and VS Code) and compares the checkout before and after.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'samples');

/** Every file under dir (relative path -> content), folders included as ''. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = `${prefix}${name}`;
    if (statSync(full).isDirectory()) Object.assign(files, { [`${rel}/`]: '' }, snapshot(full, `${rel}/`));
    else files[rel] = readFileSync(full, 'utf8');
  }
  return files;
}

/** The checkout's state as git sees it, untracked and ignored files included. */
function gitStatus(): string {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=normal', '--ignored'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `git status failed: ${r.stderr}`);
  return r.stdout;
}

/** Runs `start.mjs --workspace-only` with TMPDIR=tmp; returns the workspace folder it prints. */
function prepareWorkspace(tmp: string): string {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'vscode', 'start.mjs'), '--workspace-only'], {
    cwd: ROOT,
    env: { ...process.env, TMPDIR: tmp },
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(r.status, 0, `start.mjs --workspace-only failed: ${r.stdout}${r.stderr}`);
  const printed = /a fresh copy in (\S+)/.exec(r.stdout);
  assert.ok(printed, `start.mjs does not say where the workspace is: ${r.stdout}`);
  return printed[1]!;
}

const isInside = (dir: string, parent: string): boolean => {
  const rel = path.relative(realpathSync(parent), realpathSync(dir));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

describe('npm start: the workspace it opens', () => {
  it('is a fresh copy of samples/ in the temp dir, and what VS Code writes there leaves the checkout untouched', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'letter-review-start-test-'));
    try {
      const before = gitStatus();
      const samples = snapshot(SAMPLES);
      assert.ok(Object.keys(samples).length >= 5, 'samples/ holds the sample letters');

      const workspace = prepareWorkspace(tmp);
      assert.ok(isInside(workspace, tmp), `${workspace} is not in the temp dir ${tmp}`);
      assert.ok(!isInside(workspace, ROOT), `${workspace} is inside the checkout`);
      assert.deepEqual(snapshot(workspace), samples);

      // What the extension and VS Code write into the workspace: the Ignore quick fix's workspace setting,
      // an export saved in the default folder, an edited letter.
      mkdirSync(path.join(workspace, '.vscode'));
      writeFileSync(path.join(workspace, '.vscode', 'settings.json'), '{ "letterReview.ignore": { "000_f12d23132a32b45e.txt": ["statistics-missing"] } }\n');
      writeFileSync(path.join(workspace, 'statistics.csv'), 'file,area,percentage\n');
      writeFileSync(path.join(workspace, '004_63abd8654b08d728.txt'), 'edited\n');

      // The next start opens another fresh copy: the first one's edits are not in it.
      const next = prepareWorkspace(tmp);
      assert.notEqual(next, workspace);
      assert.deepEqual(snapshot(next), samples);

      assert.deepEqual(snapshot(SAMPLES), samples, 'samples/ changed');
      assert.equal(gitStatus(), before, 'the checkout changed');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
