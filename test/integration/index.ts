// The extension-tests module both hosts load (`--extensionTestsPath` for desktop VS Code via
// @vscode/test-electron, the smoke-test `payload` for code-server): runs mocha (bdd) over every bundled
// `*.test.js` beside this file, inside the real extension host. Rejects when a test fails.
// Built by scripts/vscode/build-tests.mjs into out/test/integration/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.LETTER_REVIEW_TEST_TIMEOUT ?? 30_000),
    reporter: 'spec',
    // `.only` left in a test would run that test alone and pass.
    forbidOnly: true,
  });
  // A grep runs part of the suite: for a developer's quick iteration, never under CI (.ci/run sets CI=true).
  const grep = process.env.LETTER_REVIEW_TEST_GREP;
  const ci = !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase());
  if (grep && ci) console.log(`LETTER_REVIEW_TEST_GREP=${grep} ignored: CI is set, so the whole suite runs`);
  else if (grep) mocha.grep(grep);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) throw new Error(`no *.test.js next to ${__filename}`);
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  await mocha.loadFilesAsync();

  const report: { passes: string[]; failures: { title: string; error: string }[]; pending: string[] } = {
    passes: [],
    failures: [],
    pending: [],
  };
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (t) => report.passes.push(t.fullTitle()));
    runner.on('pending', (t) => report.pending.push(t.fullTitle()));
    runner.on('fail', (t, err: unknown) =>
      report.failures.push({ title: t.fullTitle(), error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
    );
  });
  // The host's console is not always visible to the runner (code-server's remote extension host):
  // the runner reads this file to print the summary itself.
  const reportFile = process.env.LETTER_REVIEW_TEST_REPORT;
  if (reportFile) fs.writeFileSync(reportFile, JSON.stringify({ files, ...report }, null, 2));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
