// Property tests of the engine (fast-check), a short run for `npm test`; `npm run fuzz` runs the
// same properties over a million cases. On any text at all, reviewText never throws, the letter
// and findings validate against their schemas, every span lies inside the text, and the same text
// gives the same result. See test/core/support/engineProperties.ts for the properties and generators.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { RULES, checkLetter, parseLetter, reviewText } from '../../src/core';
import type { Review, Rule } from '../../src/core';
import { REAL_LETTER_TEXTS, applyEdit, arbitraryText, assertReviewHolds, checkEngineProperties, editedLetter, tokenSoup } from './support/engineProperties';

// A fixed seed by default keeps `npm test` reproducible; FC_SEED=random (or a number) explores.
const seedSetting = process.env.FC_SEED;
const seed = seedSetting === 'random' ? Date.now() : seedSetting ? Number(seedSetting) : 20200722;
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, seed, endOnFailure: false });

describe('engine properties (fast-check)', function () {
  this.timeout(120_000);

  it('the real letters hold the properties as they are', () => {
    assert.equal(REAL_LETTER_TEXTS.length, 5, 'expected the five real letters in test/fixtures/letters');
    for (const text of REAL_LETTER_TEXTS) checkEngineProperties(text);
  });

  it('the checks can fail: a span past the end, a span ending before it starts, a finding with a bad severity, a finding past the end', () => {
    const text = REAL_LETTER_TEXTS[4]!;
    const review = reviewText(text);
    assert.ok(review.letter.sections.length > 0, 'letter 004 has sections to break');
    const copy = (): Review => JSON.parse(JSON.stringify(review)) as Review;
    assert.doesNotThrow(() => assertReviewHolds(text, copy()));
    const pastEnd = copy();
    pastEnd.letter.sections[0]!.span.end = text.length + 1;
    assert.throws(() => assertReviewHolds(text, pastEnd), /letter\.sections\[0\]\.span/);
    const backwards = copy();
    backwards.letter.sections[0]!.heading.span = { start: 10, end: 9 };
    assert.throws(() => assertReviewHolds(text, backwards), /start ≤ end/);
    const badFinding = copy();
    badFinding.findings.push({ code: 'x', severity: 'fatal' as never, message: '', span: { start: 0, end: 0 }, related: [], fix: null });
    assert.throws(() => assertReviewHolds(text, badFinding), /FindingSchema/);
    // Letter 000 has one finding (statistics-missing): its span, related spans and fix are checked too.
    const text000 = REAL_LETTER_TEXTS[0]!;
    const review000 = reviewText(text000);
    assert.deepEqual(review000.findings.map((f) => f.code), ['statistics-missing']);
    const findingPastEnd = JSON.parse(JSON.stringify(review000)) as Review;
    findingPastEnd.findings[0]!.span = { start: text000.length, end: text000.length + 1 };
    assert.throws(() => assertReviewHolds(text000, findingPastEnd), /finding 0 \(statistics-missing\)\.span/);
    const relatedPastEnd = JSON.parse(JSON.stringify(review000)) as Review;
    relatedPastEnd.findings[0]!.related.push({ message: 'x', span: { start: 0, end: text000.length + 5 } });
    assert.throws(() => assertReviewHolds(text000, relatedPastEnd), /related\[0\]/);
  });

  it("a rule's wrong range reaches the findings as it is (nothing clamps it), so the span property catches it", () => {
    const text = REAL_LETTER_TEXTS[4]!;
    const letter = parseLetter(text);
    const overreaching: Rule = {
      meta: RULES[0]!.meta,
      check: ({ report }) => report({ message: 'past the end', span: { start: text.length - 2, end: text.length + 3 } }),
    };
    const findings = checkLetter(letter, { ruleSet: [overreaching], text });
    assert.deepEqual(findings.map((f) => f.span), [{ start: text.length - 2, end: text.length + 3 }]);
    assert.throws(() => assertReviewHolds(text, { letter, findings }), /finding 0 \(statistics-missing\)\.span/);
  });

  it('never throws, keeps spans inside, validates and is deterministic on arbitrary UTF-16 (lone surrogates, BOM, NUL, CR)', () => {
    fc.assert(fc.property(arbitraryText, checkEngineProperties), params(1500));
  });

  it('…on text assembled from letter wording, Markdown/HTML dress and odd characters', () => {
    fc.assert(fc.property(tokenSoup, checkEngineProperties), params(1500));
  });

  it('…on the real letters with random edits (figures changed, lines split/joined, characters inserted/deleted, markup, CR/CRLF, BOM, NBSP)', () => {
    fc.assert(
      fc.property(editedLetter, ({ text }) => checkEngineProperties(text)),
      params(400),
    );
  });

  it('edits do what they say (the generator really changes the letters)', () => {
    const letter = REAL_LETTER_TEXTS[4]!;
    assert.notEqual(applyEdit(letter, { kind: 'number', nth: 0, value: '999' }), letter);
    assert.ok(applyEdit(letter, { kind: 'lineEnds', lineBreak: '\r' }).indexOf('\n') < 0);
    assert.ok(applyEdit(letter, { kind: 'bom' }).startsWith('\ufeff'));
    assert.ok(applyEdit(letter, { kind: 'dress', at: 10, length: 5, dress: 1 }).includes('<u>'));
    assert.equal(applyEdit(letter, { kind: 'delete', at: 0, length: 10 }), letter.slice(10));
  });
});
