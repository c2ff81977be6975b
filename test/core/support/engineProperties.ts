// What the engine promises on ANY input, and the generators that look for a counterexample. Shared
// by the short property run in `npm test` (test/core/properties.test.ts) and the long one in
// `npm run fuzz` (scripts/fuzz.ts), so both check exactly the same things.
//
// Promises: reviewText never throws; the letter validates against LetterSchema and each finding
// against FindingSchema; every span (figures, sections, periods, findings, related, fixes) lies in
// [0, text.length] with start ≤ end; the same text always gives the same letter and findings; the
// CLI's summary of the letter validates against its schema.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { FindingSchema, LetterSchema, LetterSummarySchema, LineIndex, reviewText, summarizeLetter } from '../../../src/core';
import type { Review } from '../../../src/core';

export const LETTERS_DIR = path.join(__dirname, '..', '..', 'fixtures', 'letters');

/** The real letters (test/fixtures/letters/*.txt), read once. */
export const REAL_LETTER_TEXTS: readonly string[] = readdirSync(LETTERS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(LETTERS_DIR, f), 'utf8'));

// ---- The properties ------------------------------------------------------------------------

function isSpanLike(v: unknown): v is { start: number; end: number } {
  return typeof v === 'object' && v !== null && typeof (v as { start?: unknown }).start === 'number' && typeof (v as { end?: unknown }).end === 'number';
}

/** Every `{start, end}` number pair anywhere in `value`, with the path it was found at. */
function collectSpans(value: unknown, where: string, out: { where: string; span: { start: number; end: number } }[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectSpans(v, `${where}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    if (isSpanLike(value)) out.push({ where, span: value });
    for (const [k, v] of Object.entries(value)) collectSpans(v, `${where}.${k}`, out);
  }
}

function assertSpanInside(text: string, where: string, span: { start: number; end: number }): void {
  const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
  if (!ok) assert.fail(`${where}: span ${JSON.stringify(span)} is not inside [0, ${text.length}] with start ≤ end`);
}

/** Throws when a review of `text` breaks a promise about its schemas and spans. */
export function assertReviewHolds(text: string, review: Review): void {
  const { letter, findings } = review;

  const parsed = LetterSchema.safeParse(letter);
  if (!parsed.success) assert.fail(`letter fails LetterSchema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  assert.equal(letter.length, text.length, 'letter.length is not the text length');

  const spans: { where: string; span: { start: number; end: number } }[] = [];
  collectSpans(letter, 'letter', spans);
  findings.forEach((f, i) => {
    const checked = FindingSchema.safeParse(f);
    if (!checked.success) assert.fail(`finding ${i} (${f.code}) fails FindingSchema: ${checked.error.issues[0]?.message}`);
    spans.push({ where: `finding ${i} (${f.code}).span`, span: f.span });
    f.related.forEach((r, j) => spans.push({ where: `finding ${i} (${f.code}).related[${j}]`, span: r.span }));
    if (f.fix) spans.push({ where: `finding ${i} (${f.code}).fix`, span: f.fix.span });
  });
  for (const { where, span } of spans) assertSpanInside(text, where, span);

  // What the CLI and the panel do with a review must not throw either.
  const summary = LetterSummarySchema.safeParse(summarizeLetter(letter));
  if (!summary.success) assert.fail(`summary fails LetterSummarySchema: ${summary.error.issues[0]?.path.join('.')}: ${summary.error.issues[0]?.message}`);
  const lines = new LineIndex(text);
  for (const f of findings) {
    const r = lines.rangeOf(f.span);
    assert.ok(r.start.line < lines.lineCount && r.end.line < lines.lineCount, 'finding range beyond the last line');
  }

}

/** Throws (an AssertionError, or whatever the engine threw) when the engine breaks a promise on `text`. */
export function checkEngineProperties(text: string): void {
  const first = reviewText(text);
  assertReviewHolds(text, first);
  // Deterministic: the same text reviewed again gives a deep-equal letter (parseLetter's output) and findings.
  const second = reviewText(text);
  assert.deepStrictEqual(second.letter, first.letter, 'parseLetter gave a different letter for the same text');
  assert.deepStrictEqual(second.findings, first.findings, 'checkLetter gave different findings for the same text');
}

// ---- Generators ----------------------------------------------------------------------------

/** Characters that have broken text tools before: BOM, NBSP and other odd spaces, NUL, lone surrogates, CR. */
const ODD_CHARS = [
  '\ufeff', '\u00a0', '\u202f', '\u2007', '\u3000', '\u200b', '\u0000', '\u0001', '\u001b', '\ud800', '\udc00', '\udbff\udfff',
  '\r', '\n', '\r\n', '\t', '\u2028', '\u2029', '\u0085', '\ufffd', '\u0301', '😀', 'ß', 'İ', '٣', '１',
];

/** One UTF-16 code unit of any value (so lone surrogates come up), or a full code point, or an odd character. */
export const anyCharacter: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_CHARS) },
  { weight: 4, arbitrary: fc.constantFrom(...'0123456789 %,./-:*#<>[]()\nabcdefnorstu') },
);

/** Arbitrary text over the whole of UTF-16. */
export const arbitraryText: fc.Arbitrary<string> = fc.string({ unit: anyCharacter, maxLength: 400 });

/** Pieces of letters, Markdown/HTML dress and statistics wording, to build text that gets deep into the parser. */
const TOKENS = [
  'Local Government & Social Care OMBUDSMAN', '**Local Government & Social Care OMBUDSMAN**', '22 July 2020', 'By email',
  'Mr Ramewal', 'Chief Executive', 'Rochford District Council', 'Dear Mr Ramewal,', 'Annual Review letter 2020',
  'I write to you with our annual summary of statistics', 'three key areas', 'annual statistics',
  '## Complaint statistics', '**Complaints upheld**', 'Complaints upheld', 'Compliance with Ombudsman recommendations',
  'Satisfactory remedies provided by the authority', 'Resources to help you get it right',
  '100% of complaints we investigated were upheld.', '% of complaints we investigated were upheld', 'of complaints we investigated were upheld',
  'This compares to an average of 45% in similar authorities.', 'compares to an average of ', 'n/a',
  '1 upheld decision', 'upheld decisions', '3.4 upheld decisions per 100,000 residents',
  'Statistics are based on a total of 1 detailed investigation for the period between 1 April 2019 to 31 March 2020',
  'based on a total of ', ' detailed investigations', ' compliance outcome', 'compliance outcomes',
  'In 100% of cases we were satisfied the authority had successfully implemented our recommendations.',
  'In 0% of upheld cases we found the authority had provided a satisfactory remedy before the complaint reached the Ombudsman.',
  '0 satisfactory remedy decisions', 'satisfactory remedy decision', 'for the year ending 31 March 2020',
  'for the period between ', '1 April 2019', ' to ', ' and ', '31 March 2020', '29 February 2019', '31st March 2020', '0 March 0000',
  'Rochford District Council for the period ending: 31/03/20', 'for the period ending 31/02/20', '99/99/99',
  'Yours sincerely,', 'Michael King', 'Local Government and Social Care Ombudsman',
  '<!-- letter-review-disable -->', '<!-- letter-review-enable -->', '<!-- letter-review-disable-next-line statistics-missing -->',
  '<!-- letter-review-disable period-mismatch figure-missing -->', '<!--', '-->',
  '**', '<u>', '</u>', '<b>', '<br/>', '[a](#', '[text](#link)', '](', ')', '[', '# ', '###### ', '#######', '• ', '- ',
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '&amp;', '%', '%%', ':', ',',
  '0', '1', '9', '100', '101', '1,234', '1,2345', '007', '1.5', '99999999999999999999', '1e400', '12345678901234567890123',
];

/** Text assembled from letter pieces, odd characters and line breaks in any order. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 3, arbitrary: fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\r', '\u00a0') }, { weight: 2, arbitrary: anyCharacter }), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** A number as a letter might misprint it. */
const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.nat(1000).map(String),
  fc.constantFrom('0', '00', '1', '100', '101', '250', '1,234', '1,23', '1.5', '0.0', 'n/a', '-1', '', ' ', '99999999999999999999', '1e5', '٣', 'NaN'),
);

const DRESS: readonly [string, string][] = [['**', '**'], ['<u>', '</u>'], ['[', '](#)'], ['[a](#', ''], ['## ', ''], ['<!-- ', ' -->'], ['**', ''], ['<b>', '']];

/** One edit to a letter; positions are taken modulo the text's length when applied. */
export type Edit =
  | { kind: 'number'; nth: number; value: string }
  | { kind: 'split'; at: number; lineBreak: string }
  | { kind: 'join'; nth: number; joiner: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'dress'; at: number; length: number; dress: number }
  | { kind: 'lineEnds'; lineBreak: string }
  | { kind: 'bom' }
  | { kind: 'nbsp'; at: number; length: number };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('number' as const), nth: fc.nat(), value: numberText }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('split' as const), at: fc.nat(), lineBreak: fc.constantFrom('\n', '\r\n', '\r', '\n\n') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('join' as const), nth: fc.nat(), joiner: fc.constantFrom('', ' ', '\u00a0') }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: anyCharacter, maxLength: 8 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(40) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dress' as const), at: fc.nat(), length: fc.nat(60), dress: fc.nat(DRESS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lineEnds' as const), lineBreak: fc.constantFrom('\r\n', '\r') }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('nbsp' as const), at: fc.nat(), length: fc.nat(200) }) },
);

/** The positions of every match of a global regex. */
function matchesOf(text: string, pattern: RegExp): { index: number; length: number }[] {
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index, length: m[0].length }));
}

export function applyEdit(text: string, e: Edit): string {
  const pos = (at: number): number => (text.length === 0 ? 0 : at % (text.length + 1));
  switch (e.kind) {
    case 'number': {
      const runs = matchesOf(text, /\d+/g);
      const run = runs[e.nth % Math.max(1, runs.length)];
      return run ? text.slice(0, run.index) + e.value + text.slice(run.index + run.length) : text + e.value;
    }
    case 'split':
      return text.slice(0, pos(e.at)) + e.lineBreak + text.slice(pos(e.at));
    case 'join': {
      const breaks = matchesOf(text, /\r\n|\r|\n/g);
      const b = breaks[e.nth % Math.max(1, breaks.length)];
      return b ? text.slice(0, b.index) + e.joiner + text.slice(b.index + b.length) : text;
    }
    case 'insert':
      return text.slice(0, pos(e.at)) + e.text + text.slice(pos(e.at));
    case 'delete':
      return text.slice(0, pos(e.at)) + text.slice(pos(e.at) + e.length);
    case 'dress': {
      const [open, close] = DRESS[e.dress]!;
      const start = pos(e.at);
      const end = Math.min(text.length, start + e.length);
      return text.slice(0, start) + open + text.slice(start, end) + close + text.slice(end);
    }
    case 'lineEnds':
      return text.replace(/\r\n|\r|\n/g, e.lineBreak);
    case 'bom':
      return '\ufeff' + text;
    case 'nbsp': {
      const start = pos(e.at);
      return text.slice(0, start) + text.slice(start, start + e.length).replace(/ /g, '\u00a0') + text.slice(start + e.length);
    }
  }
}

/** A real letter with up to eight random edits, and the edits, for the report of a counterexample. */
export const editedLetter: fc.Arbitrary<{ letter: number; edits: Edit[]; text: string }> = fc
  .record({ letter: fc.nat(REAL_LETTER_TEXTS.length - 1), edits: fc.array(edit, { minLength: 1, maxLength: 8 }) })
  .map(({ letter, edits }) => ({ letter, edits, text: edits.reduce(applyEdit, REAL_LETTER_TEXTS[letter]!) }));

/** The three kinds of input, as one generator: a case is `{kind, text}`. */
export function anyInput(weights: { unicode: number; soup: number; letter: number }): fc.Arbitrary<{ kind: string; text: string }> {
  return fc.oneof(
    { weight: weights.unicode, arbitrary: arbitraryText.map((text) => ({ kind: 'unicode', text })) },
    { weight: weights.soup, arbitrary: tokenSoup.map((text) => ({ kind: 'soup', text })) },
    { weight: weights.letter, arbitrary: editedLetter.map((l) => ({ kind: `letter ${l.letter}`, text: l.text })) },
  );
}
