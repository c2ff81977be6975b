// Real letters for the service's unit tests (copies of samples/ in test/fixtures/letters).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LETTERS_DIR = join(__dirname, '..', '..', 'fixtures', 'letters');
export const WITHOUT_STATISTICS = ['000_f12d23132a32b45e.txt', '001_19fad85fc7db6ad4.txt', '002_58b91b53c5fbc2ce.txt', '003_be1f43c79fdd0670.txt'];
export const WITH_STATISTICS = '004_63abd8654b08d728.txt';

export function letter(name: string): string {
  return readFileSync(join(LETTERS_DIR, name), 'utf8');
}

/** Letter 004 with its upheld percentage changed from 100% to 67% (1 of 1 is 100%). */
export function inconsistentUpheld(): string {
  const text = letter(WITH_STATISTICS);
  const changed = text.replace('100% of complaints', '67% of complaints');
  if (changed === text) throw new Error('fixture: "100% of complaints" not found in letter 004');
  return changed;
}
