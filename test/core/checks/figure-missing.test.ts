// figure-missing: a stated key area lacks one of its figures.
import * as assert from 'node:assert/strict';
import { offsetOf, realLetter, rochford } from '../support/letters';
import { assertNone, assertOn, assertOne, findingsOf } from '../support/review';

const CODE = 'figure-missing';
const text004 = realLetter('004');
const without = (statement: string): string => {
  assert.equal(text004.split(statement).length, 2, `004 has ${JSON.stringify(statement)} once`);
  return text004.replace(statement, '');
};

describe(`check ${CODE}`, () => {
  it('fires when the upheld average is not stated, on the block heading', () => {
    const text = without('This compares to an average of **45%** in similar authorities.');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'Complaints upheld: the letter does not state the similar-authorities average');
    assertOn(text, f, 'Complaints upheld', offsetOf(text, 'Complaints upheld\n\n\n'));
  });

  it('fires when the number of upheld decisions is not stated', () => {
    assert.equal(assertOne(without('\n1\nupheld decision\n'), CODE).message, 'Complaints upheld: the letter does not state the number of upheld decisions');
  });

  it('fires when the number of compliance outcomes is not stated', () => {
    const text = without('Statistics are based on a total of 1 compliance outcome for the period between 1 April 2019 to 31 March 2020');
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'Compliance with recommendations: the letter does not state the number of compliance outcomes');
    assertOn(text, f, 'Compliance with Ombudsman recommendations');
  });

  it('fires when the number of satisfactory remedy decisions is not stated', () => {
    assert.equal(assertOne(without('\n0\nsatisfactory remedy decisions\n'), CODE).message, 'Satisfactory remedies: the letter does not state the number of satisfactory remedy decisions');
  });

  it('lists every missing figure of a block in one finding, one finding per block', () => {
    const text = text004.replace('This compares to an average of **45%** in similar authorities.', '').replace('\n1\nupheld decision\n', '\n')
      .replace('This compares to an average of **20%** in similar authorities.', '');
    const found = findingsOf(text, CODE);
    assert.deepEqual(found.map((f) => f.message), [
      'Complaints upheld: the letter does not state the similar-authorities average, the number of upheld decisions',
      'Satisfactory remedies: the letter does not state the similar-authorities average',
    ]);
  });

  it('stays silent on the complete letter 004 and on an average printed "n/a"', () => {
    assertNone(text004, CODE);
    assertNone(rochford({ complianceAverage: 'n/a' }).replace('**n/a%**', '**n/a**'), CODE);
  });
  it('stays silent on letters without statistics (000–003)', () => {
    for (const id of ['000', '001', '002', '003'] as const) assertNone(realLetter(id), CODE);
  });
});
