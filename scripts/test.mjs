// The one test command (`npm test`, run by `npm install-ci-test` and .ci/run).
// Steps run in order and the first failure stops the run with its exit code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint', 'npx', ['eslint', '.'], () => existsSync('eslint.config.mjs')],
  ['build', 'node', ['scripts/build.mjs']],
  ['unit + grammar tests', 'npx', ['mocha']],
  ['golden digest of 30,000 generated letters', 'npx', ['mocha', '--config', 'test/golden/digest.mocharc.json']],
  ['VS Code integration + UI checks', 'node', ['scripts/vscode/test.mjs'], () => existsSync('scripts/vscode/test.mjs')],
];

for (const [name, cmd, args, when] of steps) {
  if (when && !when()) {
    console.log(`\n=== ${name}: not present in this tree, skipped`);
    continue;
  }
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n=== ${name} FAILED (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}
console.log('\n=== all test steps passed');
