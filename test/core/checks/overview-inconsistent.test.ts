// overview-inconsistent: in the 2024-25 overview, dealt with = not for us + assessed and closed + investigated.
import * as assert from 'node:assert/strict';
import { formatFixture, replaceOnce } from '../support/formatFixtures';
import { offsetOf } from '../support/letters';
import { assertNone, assertOn, assertOne, assertRelated } from '../support/review';

const CODE = 'overview-inconsistent';
const letter = (): string => formatFixture('2024-25-letter.txt');

describe(`check ${CODE}`, () => {
  it('fires when the parts do not add up to the complaints dealt with, on the total', () => {
    const text = replaceOnce(letter(), 'we dealt with 59 complaints', 'we dealt with 60 complaints');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'The overview deals with 60 complaints, but its parts add up to 59 (18 not for us or not ready + 26 assessed and closed + 15 investigated)');
    assertOn(text, f, '60', offsetOf(text, '60 complaints'));
    assertRelated(text, f, [
      { message: '18 not for us', source: '18' },
      { message: '26 assessed and closed', source: '26' },
      { message: '15 investigated', source: '15', offset: offsetOf(text, '15 complaints.') },
    ]);
  });
  it('stays silent on the fixture, whose parts add up', () => assertNone(letter(), CODE));
});
