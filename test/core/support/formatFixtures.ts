// Read-only access to the format fixtures (test/fixtures/formats, kept by the formats' engineer).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export function formatFixture(name: string): string {
  return readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'formats', name), 'utf8');
}

/** `text` with `from` replaced, which must occur exactly once. */
export function replaceOnce(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new Error(`${JSON.stringify(from)} must occur exactly once`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}
