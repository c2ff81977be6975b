// A rebase once left `<<<<<<<` … `>>>>>>>` markers committed in CHANGELOG.md, and nothing failed.
// Every text file of the project is read for merge-conflict markers at the start of a line.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
/** Folders that are built, installed or cached, not written by us. */
const SKIP = new Set(['.git', 'node_modules', 'dist', 'out', '.vscode-test', 'test-results', '.bench', '.stryker-tmp', 'reports']);
const TEXT = /\.(?:[cm]?[jt]s|json|jsonl|md|txt|letter|css|html|yml|yaml)$|^\.[a-z]+rc|^run$/;
const MARKER = /^(?:<{7}|>{7}|\|{7})(?: |$)/m;

function hasConflictMarkers(text: string, name: string): boolean {
  return TEXT.test(name) && MARKER.test(text);
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

describe('merge-conflict markers', () => {
  it('are found by the check, at the start of a line only', () => {
    assert.equal(hasConflictMarkers('a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> main\n', 'CHANGELOG.md'), true);
    assert.equal(hasConflictMarkers('a\n>>>>>>> 1234abc (rebased)\n', 'x.ts'), true);
    assert.equal(hasConflictMarkers('const arrows = "<<<<<<< in a string";\n', 'x.ts'), false);
    assert.equal(hasConflictMarkers('<<<<<<< HEAD\n', 'picture.png'), false);
  });

  it('are in no text file of the project', () => {
    const marked: string[] = [];
    let read = 0;
    for (const file of files(ROOT)) {
      const name = path.basename(file);
      if (!TEXT.test(name)) continue;
      read++;
      if (MARKER.test(readFileSync(file, 'utf8'))) marked.push(path.relative(ROOT, file));
    }
    assert.ok(read > 100, `only ${read} text files read: the walk missed the project`);
    assert.deepEqual(marked, []);
  });
});
