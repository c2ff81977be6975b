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
    assert.equal(f.fix?.title, 'Change 60 to 59');
  });
  it('cannot add up an overview one of whose parts is not stated', () => {
    const text = replaceOnce(letter(), 'we dealt with 59 complaints', 'we dealt with 60 complaints');
    assertNone(replaceOnce(text, ' Of these, 18 were not for us or not ready for us to investigate.', ''), CODE);
  });
  it('fires on the overview\'s investigated count when the complaints-upheld figures count others, relating them', () => {
    const text = replaceOnce(letter(), 'We investigated 15 complaints and upheld 11.', 'We investigated 16 complaints and upheld 11.');
    const f = assertOne(text, CODE);
    assertOn(text, f, '15', offsetOf(text, '15 complaints.'));
    assertRelated(text, f, [{ message: '16 investigated in the complaints-upheld figures', source: '16', offset: offsetOf(text, '16 complaints and upheld') }]);
  });
  it('stays silent on the fixture, whose parts add up', () => assertNone(letter(), CODE));
});
