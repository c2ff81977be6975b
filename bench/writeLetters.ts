// Writes `count` generated letters (bench/corpus.ts, seeded) into a folder as NNNN.txt, for timing a
// folder check end to end: `node --import tsx bench/writeLetters.ts <folder> [count]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpus } from './corpus';

export function writeLetters(folder: string, count: number): string[] {
  mkdirSync(folder, { recursive: true });
  const width = String(count - 1).length;
  return corpus(count).map((text, i) => {
    const file = path.join(folder, `${String(i).padStart(width, '0')}.txt`);
    writeFileSync(file, text);
    return file;
  });
}

if (require.main === module) {
  const [folder, count = '1000'] = process.argv.slice(2);
  if (!folder) {
    console.error('usage: node --import tsx bench/writeLetters.ts <folder> [count]');
    process.exit(2);
  }
  writeLetters(path.resolve(folder), Number(count));
}
