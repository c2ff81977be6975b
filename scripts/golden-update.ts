// `npm run golden:update`: rewrites the golden outputs in test/golden/ (see test/golden/golden.ts) from
// the engine as it is now, and removes golden files whose input is gone. The only writer of those
// files: review the change with `git diff test/golden` before committing it.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import {
  CORPUS_FILE, CORPUS_LINES, DIGEST_FILE, FOLDER_FORMATS, ROOT, cliGolden, corpusDigest, corpusLine, existingGoldenFiles,
  folderGolden, folderGoldenPath, folderInputs, generatedLetters, goldenPath, inputFiles, modelGolden, prettyJson,
} from '../test/golden/golden';

let changed = 0;
let unchanged = 0;
function write(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) {
    unchanged++;
    return;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  changed++;
  console.log(`  wrote ${path.relative(ROOT, file)}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const wanted = new Set<string>();
  for (const input of inputFiles()) {
    for (const [kind, text] of [['cli', await cliGolden(input)], ['model', modelGolden(input)]] as const) {
      const file = goldenPath(input, kind);
      wanted.add(file);
      write(file, text);
    }
  }
  for (const folder of folderInputs()) {
    for (const format of FOLDER_FORMATS) {
      const file = folderGoldenPath(folder, format);
      wanted.add(file);
      write(file, await folderGolden(folder, format));
    }
  }
  for (const stale of existingGoldenFiles().filter((f) => !wanted.has(f))) {
    rmSync(stale);
    changed++;
    console.log(`  removed ${path.relative(ROOT, stale)} (its input is gone)`);
  }
  write(CORPUS_FILE, generatedLetters(CORPUS_LINES).map((g) => `${corpusLine(g)}\n`).join(''));
  write(DIGEST_FILE, `${prettyJson(corpusDigest())}\n`);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`golden outputs: ${changed} file${changed === 1 ? '' : 's'} changed, ${unchanged} unchanged (${secs} s); review with \`git diff test/golden\``);
}

main().catch((e: unknown) => {
  console.error(`golden:update failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
