// The bench corpus as real letters are also written (issue 14): with curly quotes and en dashes, and
// mixed with later years' statistics pages. bench/corpus.ts stays as it is, since test/golden keeps
// its output; these are made from it and from the format fixtures, seeded, the same on every run.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpus } from './corpus';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');

/** Later years' statistics pages (2021-22 to 2024-25), as the Ombudsman publishes them. */
const LATER_PAGES = [
  'formats/2022-23-statistics.txt',
  'formats/2023-24-statistics.txt',
  'formats/2024-25-letter.txt',
  'fidelity/statistics-page-2021-22.txt',
  'fidelity/statistics-page-name-above-2022-23.txt',
];

const PLACES = ['Rutland', 'Medway', 'Barnsley', 'Wiltshire', 'Cornwall', 'Torbay', 'Luton'];
const KINDS = ['County Council', 'Borough Council', 'District Council', 'City Council'];
const COUNCIL = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:County|District|Borough|City|Metropolitan Borough) Council\b/g;

/** The text with typographic punctuation: ’ for apostrophes, “ ” for double quotes, – for dashes and year ranges. */
export function curly(text: string): string {
  return text
    .replace(/(\w)'(\w)/g, '$1’$2')
    .replace(/"([^"\n]*)"/g, '“$1”')
    .replace(/ - /g, ' – ')
    .replace(/\b(20\d\d)-(\d\d)\b/g, '$1–$2');
}

/**
 * `count` letters of which three in five are later years' statistics pages, every one with curly
 * quotes and dashes (`typographic` false: the same letters with straight ones).
 */
export function mixedCorpus(count: number, typographic = true): string[] {
  const pages = LATER_PAGES.map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));
  const letters = corpus(Math.ceil((count * 2) / 5) + 1);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const council = `${PLACES[i % PLACES.length]} ${KINDS[(i >> 2) % KINDS.length]}`;
    const text = i % 5 < 3 ? pages[i % pages.length]!.replace(COUNCIL, council) : letters[Math.floor(i / 5) * 2 + (i % 5) - 3]!;
    out.push(typographic ? curly(text) : text);
  }
  return out;
}
