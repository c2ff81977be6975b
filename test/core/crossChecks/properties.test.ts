// Properties of the checks over letters read together: a file of official figures, whatever it holds,
// only ever adds official-mismatch findings; it never changes, removes or reorders a letter's other
// findings (its own, and averages-disagree).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkLetterSet, readOfficialFigures } from '../../../src/core';
import type { Finding } from '../../../src/core';
import { OFFICIAL_METRICS } from '../../../src/core/official/metrics';
import { letterSet } from './support';
import type { Variant } from './support';

const COUNCILS = ['Ashcombe District Council', 'Brackley District Council', 'Westshire County Council', 'Eastbridge Borough Council'];

const variant: fc.Arbitrary<Variant> = fc.record({
  council: fc.constantFrom(...COUNCILS),
  averages: fc.tuple(fc.constantFrom(45, 46), fc.constantFrom(99, 98), fc.constantFrom(20, 21)),
  year: fc.constantFrom(2020, 2021),
});

/** A line of the file: a council as the file might write it, a year, a metric (known or not), a value. */
const officialLine = fc
  .tuple(
    fc.oneof(fc.constantFrom(...COUNCILS, 'ashcombe', 'THE BRACKLEY', 'Westshire', 'Nowhere Council'), fc.string({ maxLength: 12 })),
    fc.constantFrom('2019-20', '2020-21', '2019/20', '2018-19'),
    fc.oneof(fc.constantFrom(...OFFICIAL_METRICS.map((m) => m.name)), fc.constantFrom('complaints_received', 'UPHELD_PERCENT')),
    fc.oneof(fc.integer({ min: 0, max: 120 }).map(String), fc.constantFrom('n/a', '', '95.6', '1,234', '-')),
  )
  .map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(','));

const without = (findings: readonly Finding[], code: string): Finding[] => findings.filter((f) => f.code !== code);

describe('checks over letters read together: properties', function () {
  this.timeout(60_000);
  it('an official CSV never changes a letter’s findings, except by adding official-mismatch', () => {
    let compared = 0;
    let mismatches = 0;
    fc.assert(
      fc.property(fc.array(variant, { minLength: 1, maxLength: 6 }), fc.array(officialLine, { maxLength: 30 }), (variants, lines) => {
        const set = letterSet(variants);
        const read = readOfficialFigures(['council,year,metric,value', ...lines].join('\n'), { name: 'official.csv', file: 'official.csv' });
        if (!read.ok) return; // a file that cannot be read is never compared (its message is tested elsewhere)
        compared++;
        const alone = checkLetterSet(set);
        const withOfficial = checkLetterSet(set, { official: read.table });
        set.forEach((entry, i) => {
          assert.deepEqual(without(withOfficial[i]!, 'official-mismatch'), alone[i]);
          for (const f of withOfficial[i]!.filter((x) => x.code === 'official-mismatch')) {
            mismatches++;
            assert.match(f.message, / here, .* in official\.csv \(line \d+\)$/);
            assert.match(entry.text!.slice(f.span.start, f.span.end), /^\d+$/, 'on the figure itself');
            assert.equal(f.related[0]!.file, 'official.csv');
          }
        });
      }),
      { numRuns: 150, seed: 12 },
    );
    assert.ok(compared > 100, `only ${compared} of 150 generated files were readable`);
    assert.ok(mismatches > 20, `only ${mismatches} official-mismatch findings: the files rarely match a letter`);
  });
});
