// `npm run package`: production build, then `vsce package` → letter-review.vsix, then the size and
// contents check (check-vsix.mjs). .vscodeignore decides what goes in.
//
// Skeleton phase only: vsce refuses a manifest that has `main` but neither `activationEvents` nor any
// contribution that implies one (a language, a command…). While package.json contributes nothing, the
// package is made from a staged copy whose manifest gets `"activationEvents": ["onStartupFinished"]`,
// with a loud note. Once contributions land this path is never taken.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkVsix } from './check-vsix.mjs';
import { CACHE, ROOT } from './install.mjs';

export const VSIX = join(ROOT, 'letter-review.vsix');
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
const VSCE_ARGS = ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', VSIX];

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} failed (${r.status ?? r.signal ?? r.error?.message})`);
}

function needsImplicitActivation(manifest) {
  if (manifest.activationEvents?.length || !manifest.main) return false;
  const c = manifest.contributes ?? {};
  return !Object.values(c).some((v) => (Array.isArray(v) ? v.length > 0 : v && Object.keys(v).length > 0));
}

export function packageVsix() {
  run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production'], ROOT);
  rmSync(VSIX, { force: true });
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  if (!needsImplicitActivation(manifest)) {
    run(process.execPath, [VSCE, ...VSCE_ARGS], ROOT);
  } else {
    console.log(
      '\n[package] NOTE: package.json has "main" but contributes nothing and has no activationEvents, which vsce refuses;' +
        '\n[package] NOTE: packaging a staged copy with "activationEvents": ["onStartupFinished"] (skeleton phase only).\n',
    );
    const stage = join(CACHE, 'package-stage');
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage, { recursive: true });
    for (const f of ['dist', 'syntaxes', 'media', 'package.nls.json', 'language-configuration.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore']) {
      if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(stage, f), { recursive: true });
    }
    writeFileSync(join(stage, 'package.json'), JSON.stringify({ ...manifest, activationEvents: ['onStartupFinished'] }, null, 2));
    run(process.execPath, [VSCE, ...VSCE_ARGS], stage);
  }
  const result = checkVsix(VSIX);
  console.log(`[package] ${VSIX}: ${(result.bytes / 1024).toFixed(1)} KB, ${result.entries.length} entries`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { problems } = packageVsix();
    for (const p of problems) console.error(`[package] PROBLEM: ${p}`);
    process.exit(problems.length ? 1 : 0);
  } catch (e) {
    console.error(`[package] FAILED: ${e.message}`);
    process.exit(1);
  }
}
