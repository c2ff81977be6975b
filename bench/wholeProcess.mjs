// The CLI's whole-process rivals (issue 14), run as processes of their own over the same folder of
// letter files as the CLI: `node bench/wholeProcess.mjs floor|markdown-it <folder>`. Each reads every
// file as the CLI does (UTF-8, in name order) and prints one count, so its start-up, reading and
// parsing are timed as the CLI's are. bench/cliRivals.ts times the three side by side.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';

const FLOOR_PATTERN = /^\s*\d+% of complaints we investigated were upheld/;
const [mode, folder] = process.argv.slice(2);
if ((mode !== 'floor' && mode !== 'markdown-it') || !folder) {
  console.error('usage: node bench/wholeProcess.mjs floor|markdown-it <folder>');
  process.exit(2);
}
const md = new MarkdownIt();
let count = 0;
for (const name of readdirSync(folder).sort()) {
  const text = readFileSync(path.join(folder, name), 'utf8');
  if (mode === 'floor') {
    for (const line of text.split(/\r\n|\r|\n/)) if (FLOOR_PATTERN.test(line)) count++;
  } else {
    count += md.parse(text, {}).length;
  }
}
console.log(count);
