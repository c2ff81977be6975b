// Property tests of the consistency rules over generated letters (letter 004 with other figures): a
// finding appears exactly when the arithmetic says so. The oracles here are written apart from the
// rules: whole percentages allow ±0.5 of rounding, a percentage over a zero base can only be 0%, the
// compliance percentage must be some whole number of cases, and the remedy block's base must be the
// upheld decisions; a figure stated a second time raises a finding exactly when its value differs.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { reviewText } from '../../../src/core';
import { offsetOf, rochford } from '../support/letters';

const seedSetting = process.env.FC_SEED;
const seed = seedSetting === 'random' ? Date.now() : seedSetting ? Number(seedSetting) : 20200722;
const params = { numRuns: 300, seed, endOnFailure: true };

const CONSISTENCY = new Set(['upheld-inconsistent', 'remedy-inconsistent', 'compliance-inconsistent', 'count-exceeds-total', 'base-mismatch']);
const consistencyFindings = (text: string): { code: string; start: number }[] =>
  reviewText(text).findings.filter((f) => CONSISTENCY.has(f.code)).map((f) => ({ code: f.code, start: f.span.start }));
const codes = (text: string): string[] => consistencyFindings(text).map((f) => f.code).sort();

/** Whether a printed percentage is the share part/base of a whole number of cases, as the Ombudsman rounds it. */
function shareHolds(percent: number, part: number, base: number): boolean {
  if (base === 0) return percent <= 0.5;
  return Math.abs(percent - (100 * part) / base) <= 0.5;
}

/** A count from 0 to max, zero often (the zero bases are the edge the rules once skipped). */
const count = (max: number): fc.Arbitrary<number> => fc.oneof(fc.constant(0), fc.integer({ min: 0, max }));
/** A whole percentage: any, or the one the counts give (so both outcomes are common). */
const percentFor = (part: number, base: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(base === 0 ? 0 : Math.round((100 * part) / base)));

const upheldCase = fc
  .record({ t: count(60), extra: fc.integer({ min: 0, max: 2 }) })
  .chain(({ t, extra }) => fc.record({ t: fc.constant(t), k: fc.integer({ min: 0, max: t + extra }) }))
  .chain(({ t, k }) => fc.record({ t: fc.constant(t), k: fc.constant(k), n: percentFor(k, t) }));

const remedyCase = fc
  .record({ k: count(40), extra: fc.integer({ min: 0, max: 2 }) })
  .chain(({ k, extra }) => fc.record({ k: fc.constant(k), r: fc.integer({ min: 0, max: k + extra }) }))
  .chain(({ k, r }) => fc.record({ k: fc.constant(k), r: fc.constant(r), n: percentFor(r, k) }));

const complianceCase = count(30).chain((c) => fc.record({ c: fc.constant(c), n: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: c }).map((x) => (c === 0 ? 0 : Math.round((100 * x) / c)))) }));

describe('consistency rules: a finding exactly when the arithmetic says so (fast-check)', function () {
  this.timeout(120_000);

  it('upheld-inconsistent: N% of K upheld from T investigations', () => {
    fc.assert(
      fc.property(upheldCase, ({ t, k, n }) => {
        // The other blocks agree with these counts, so only the upheld arithmetic is at stake.
        const text = rochford({ upheldPercent: String(n), upheldDecisions: String(k), investigations: String(t), remedyBase: String(k) });
        const expected = k > t ? ['count-exceeds-total'] : shareHolds(n, k, t) ? [] : ['upheld-inconsistent'];
        assert.deepEqual(codes(text), expected, `${n}% of ${k} upheld from ${t}`);
      }),
      params,
    );
  });

  it('remedy-inconsistent: N% of R remedied from K upheld', () => {
    fc.assert(
      fc.property(remedyCase, ({ k, r, n }) => {
        const t = k + 3;
        const text = rochford({ upheldPercent: String(Math.round((100 * k) / t)), upheldDecisions: String(k), investigations: String(t), remedyPercent: String(n), remedyDecisions: String(r), remedyBase: String(k) });
        const expected = r > k ? ['count-exceeds-total'] : shareHolds(n, r, k) ? [] : ['remedy-inconsistent'];
        assert.deepEqual(codes(text), expected, `${n}% of ${r} remedied from ${k}`);
      }),
      params,
    );
  });

  it('compliance-inconsistent: N% of C compliance outcomes is a whole number of cases', () => {
    fc.assert(
      fc.property(complianceCase, ({ c, n }) => {
        const text = rochford({ compliancePercent: String(n), outcomes: String(c) });
        let attainable = c === 0 ? n <= 0.5 : false;
        for (let x = 0; x <= c && !attainable; x++) attainable = shareHolds(n, x, c);
        assert.deepEqual(codes(text), attainable ? [] : ['compliance-inconsistent'], `${n}% of ${c}`);
      }),
      params,
    );
  });

  it('base-mismatch: the remedy block\'s base B against K upheld decisions', () => {
    fc.assert(
      fc.property(count(40), count(40), (k, b) => {
        const t = Math.max(k, b) + 2;
        const text = rochford({ upheldPercent: String(Math.round((100 * k) / t)), upheldDecisions: String(k), investigations: String(t), remedyBase: String(b) });
        const found = consistencyFindings(text);
        assert.deepEqual(found.map((f) => f.code), k === b ? [] : ['base-mismatch'], `base ${b}, ${k} upheld`);
        if (k !== b) assert.equal(found[0]!.start, text.lastIndexOf(`total of ${b} detailed`) + 'total of '.length);
      }),
      params,
    );
  });

  it('a figure stated again: a finding on the second statement exactly when its value differs from the first', () => {
    /** Letter 004's figures, and a sentence stating each again, by the rule that owns it. */
    const restatements: { code: string; first: number; sentence: (v: number) => string }[] = [
      { code: 'upheld-inconsistent', first: 100, sentence: (v) => `In short, ${v}% of complaints we investigated were upheld.` },
      { code: 'upheld-inconsistent', first: 1, sentence: (v) => `They made ${v} upheld decision${v === 1 ? '' : 's'}.` },
      { code: 'compliance-inconsistent', first: 100, sentence: (v) => `In ${v}% of cases we were satisfied the authority had successfully implemented our recommendations.` },
      { code: 'compliance-inconsistent', first: 1, sentence: (v) => `Statistics are based on a total of ${v} compliance outcome${v === 1 ? '' : 's'}.` },
      { code: 'remedy-inconsistent', first: 0, sentence: (v) => `In ${v}% of upheld cases we found the authority had provided a satisfactory remedy.` },
      { code: 'base-mismatch', first: 1, sentence: (v) => `Statistics are based on a total of ${v} upheld decision${v === 1 ? '' : 's'}.` },
    ];
    const restated = fc.record({ which: fc.integer({ min: 0, max: restatements.length - 1 }), value: fc.oneof(fc.constantFrom(0, 1, 100), fc.integer({ min: 0, max: 100 })) });
    fc.assert(
      fc.property(restated, ({ which, value }) => {
        const r = restatements[which]!;
        const sentence = r.sentence(value);
        const text = `${rochford()}\n\n${sentence}`;
        const found = consistencyFindings(text);
        assert.deepEqual(found.map((f) => f.code), value === r.first ? [] : [r.code], sentence);
        if (value !== r.first) assert.equal(found[0]!.start, offsetOf(text, sentence) + sentence.indexOf(String(value)), 'on the second statement');
      }),
      params,
    );
  });
});
