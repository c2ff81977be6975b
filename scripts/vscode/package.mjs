// `npm run package`: production build, then `vsce package` → letter-review.vsix, then the size and
// contents check (check-vsix.mjs). .vscodeignore decides what goes in. README links stay relative
// (the package is not published, so there is no repository to rewrite them against).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkVsix } from './check-vsix.mjs';
import { ROOT } from './install.mjs';

export const VSIX = join(ROOT, 'letter-review.vsix');
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
const VSCE_ARGS = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--skip-license', '--out', VSIX];

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} failed (${r.status ?? r.signal ?? r.error?.message})`);
}

export function packageVsix() {
  run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production'], ROOT);
  rmSync(VSIX, { force: true });
  run(process.execPath, [VSCE, ...VSCE_ARGS], ROOT);
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
