// plural-mismatch: "1 upheld decisions", "2 upheld decision".
import * as assert from 'node:assert/strict';
import { offsetOf, realLetter, rochford } from '../support/letters';
import { assertFixRemoves, assertNone, assertOn, assertOne, assertRelated, findingsOf } from '../support/review';

const CODE = 'plural-mismatch';

describe(`check ${CODE}`, () => {
  it('fires on "1 upheld decisions", on the noun, and its fix drops the "s"', () => {
    const text = rochford({}, { upheldDecisions: 'upheld decisions' });
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'hint');
    assert.equal(f.message, '"1 upheld decisions" should read "1 upheld decision"');
    assertOn(text, f, 'upheld decisions', offsetOf(text, '\n1\nupheld decisions') + 3);
    assertRelated(text, f, [{ message: 'the count, 1', source: '1', offset: offsetOf(text, '\n1\nupheld decisions') + 1 }]);
    assert.equal(f.fix?.title, 'Change to "upheld decision"');
    const fixed = assertFixRemoves(text, f, '');
    assert.ok(fixed.includes('\n1\nupheld decision\n'));
  });

  it('fires on "0 satisfactory remedy decision" and its fix adds the "s"', () => {
    const text = rochford({}, { remedyDecisions: 'satisfactory remedy decision' });
    const f = assertOne(text, CODE);
    assert.equal(f.message, '"0 satisfactory remedy decision" should read "0 satisfactory remedy decisions"');
    assert.equal(f.fix?.title, 'Change to "satisfactory remedy decisions"');
    assert.ok(assertFixRemoves(text, f, 's').includes('\n0\nsatisfactory remedy decisions\n'));
  });

  it('fires on "2 compliance outcome" and "1 detailed investigations"', () => {
    const text = rochford({ outcomes: '2' }).replace('total of 2 compliance outcomes', 'total of 2 compliance outcome')
      .replace('total of 1 detailed investigation for the period between 1 April 2019 to 31 March 2020\n\nCompliance', 'total of 1 detailed investigations for the period between 1 April 2019 to 31 March 2020\n\nCompliance');
    assert.deepEqual(findingsOf(text, CODE).map((f) => f.message), [
      '"1 detailed investigations" should read "1 detailed investigation"',
      '"2 compliance outcome" should read "2 compliance outcomes"',
    ]);
  });

  it('keeps a noun split over lines in one piece when fixed', () => {
    const text = rochford({}, { upheldDecisions: 'upheld decisions' }).replace('\n1\nupheld decisions\n', '\n1 upheld\ndecisions\n');
    const fixed = assertFixRemoves(text, assertOne(text, CODE));
    assert.ok(fixed.includes('\n1 upheld\ndecision\n'));
  });

  it('stays silent when counts and nouns agree: the real letter 004 and plural counts', () => {
    assertNone(realLetter('004'), CODE);
    assertNone(rochford({ upheldPercent: '50', upheldDecisions: '2', investigations: '4', outcomes: '3', compliancePercent: '67', remedyBase: '4' }), CODE);
  });
});
