// Whose figure a statement states (parse/scope.ts), word by word: the sentence around it and no
// further, the country, other years and other councils, and which facts markOthers leaves out.
import * as assert from 'node:assert/strict';
import type { Figure } from '../../../src/core';
import type { Fact } from '../../../src/core/formats/types';
import type { PlacedFact } from '../../../src/core/parse/assemble';
import { type Scope, markOthers, scopeOf } from '../../../src/core/parse/scope';
import { figureAt } from '../support/spans';

const STATEMENT = '80% of complaints we investigated were upheld';

/** The scope of STATEMENT written inside `text` (in place of "{}"). */
function scopeIn(text: string, average = false): Scope {
  const source = text.replace('{}', STATEMENT);
  const start = source.indexOf(STATEMENT);
  return scopeOf(source, start, start + STATEMENT.length, average);
}

const NONE: Scope = { elsewhere: false, otherYear: false, yearEnding: null, council: null, year: null };

describe('parse: whose figure a sentence states', () => {
  it("says nothing of the council's own sentences", () => {
    assert.deepEqual(scopeIn('{}.'), NONE);
    assert.deepEqual(scopeIn('Last year was hard. {}. National news followed.'), NONE, 'the sentences either side');
    assert.deepEqual(scopeIn('Nationally\n\n{}'), NONE, 'a blank line ends a sentence');
    assert.deepEqual(scopeIn('Nationally\r\n  \r\n{}'), NONE, 'a blank line of spaces with CRLF');
    assert.deepEqual(scopeIn(`national ${'x'.repeat(240)} {}`), NONE, 'beyond 240 characters');
    assert.deepEqual(scopeIn(`{} ${'x'.repeat(240)} nationally`), NONE, 'beyond 240 characters after');
  });

  it('ends a sentence at ".", "!" or "?" before white space, a capital A to Z, or a digit after a word', () => {
    for (const before of ['Nationally! ', 'Nationally? ', 'Nationally.\t', 'Nationally.Aa ', 'Nationally.Zz ', 'Nationally.0 ', 'Nationally.9 ']) {
      assert.deepEqual(scopeIn(`${before}{}`), NONE, JSON.stringify(before));
    }
    assert.equal(scopeIn('Nationally.a {}').elsewhere, true, 'a lower-case letter after the full stop');
    assert.equal(scopeIn('Nationally 1.5 {}').elsewhere, true, 'a digit after a digit');
    assert.equal(scopeIn('Nationally.({})').elsewhere, true, 'a bracket after the full stop');
    assert.equal(scopeIn('Nationally.\u0001{}').elsewhere, true, 'a control character after it');
  });

  it('ends a sentence at a blank line of any line ends and blank characters, never at one line break', () => {
    for (const between of ['\r\r', '\n\t\n', '\n\u00a0\n', '\r\n\r\n', '\n \n']) assert.deepEqual(scopeIn(`Nationally${between}{}`), NONE, JSON.stringify(between));
    for (const between of ['\r\n', '\n', '\r', '\n x \n']) assert.equal(scopeIn(`Nationally${between}{}`).elsewhere, true, JSON.stringify(between));
    assert.equal(scopeIn('{}\nnationally').elsewhere, true, 'one line break after the statement');
    assert.deepEqual(scopeIn('{}\n\nnationally'), NONE, 'a blank line after it');
  });

  it('takes the country, all councils, similar authorities and averages for elsewhere', () => {
    for (const words of ['Nationally, {}', 'The national figure: {}', 'Across the country {}', 'Across all of them {}', 'In all councils {}', 'In all local authorities {}', 'In similar authorities {}', 'On average {}', 'In other councils {}', 'National\n{}', 'In similar councils {}', 'In all authorities {}']) {
      assert.equal(scopeIn(words).elsewhere, true, words);
    }
    assert.equal(scopeIn('Across town {}').elsewhere, false);
    assert.equal(scopeIn('Internationally {}').elsewhere, false, 'a whole word only');
    assert.equal(scopeIn('{}, 3.4 points up nationally').elsewhere, true, 'a decimal point ends no sentence');
    assert.equal(scopeIn('{}. Nationally, 74%').elsewhere, false, 'a full stop does');
    assert.equal(scopeIn('Nationally.12 {}').elsewhere, false, "a lost line break after a word ('authorities.12')");
  });

  it("judges an average only by the country, a year or a council: its own sentence speaks of similar authorities", () => {
    assert.deepEqual(scopeIn('{}, an average in similar authorities', true), NONE);
    assert.equal(scopeIn('{}, the national average', true).elsewhere, true);
    assert.equal(scopeIn('{}, the national average', false).elsewhere, true);
  });

  it('reads other years, and the year a sentence names', () => {
    for (const words of ['Last year {}', 'In the previous year {}', 'The prior year {}', 'In the preceding year {}', 'The year before, {}', 'A year earlier {}']) assert.equal(scopeIn(words).otherYear, true, words);
    assert.equal(scopeIn('This year {}').otherYear, false);
    const source = `In 2021-22, ${STATEMENT}.`;
    assert.deepEqual(scopeIn('In 2021-22, {}.'), { ...NONE, yearEnding: 2022, year: { start: 3, end: 10, first: '2021', second: '22' } });
    assert.equal(source.slice(3, 10), '2021-22');
    assert.deepEqual(scopeIn('During 2020/21 {}').year, { start: 7, end: 14, first: '2020', second: '21' });
    assert.equal(scopeIn('During 2020/21 {}').yearEnding, 2021);
    assert.deepEqual(scopeIn('{} in 2021–22 and again in 2021–22').year?.first, '2021', 'the same year twice');
    assert.equal(scopeIn('{} in 2021-22 and in 2020-21').year, null, 'two years');
    assert.equal(scopeIn('{} in 2021-22 and in 2021-23').year, null, 'two years with the same start');
    assert.equal(scopeIn('{} in 2021-22 and in 2020-22').year, null, 'two years with the same end');
    assert.equal(scopeIn('{} (2021-22)').year, null, 'a year not said to be the figures');
    assert.equal(scopeIn('{} (2021-22)').yearEnding, 2022);
    assert.equal(scopeIn('{} in 2021-22, up from 60%').year, null, 'a comparison with another time');
    assert.equal(scopeIn('{} in 2021-22, as last year').year, null);
  });

  it('reads a council the sentence names, never "the Council" or a designation alone', () => {
    assert.equal(scopeIn('In neighbouring Medway Council, {}').council, 'Medway Council');
    assert.equal(scopeIn('At the Royal Borough of Greenwich {}').council, 'Royal Borough of Greenwich');
    assert.equal(scopeIn('{} at the Poole Harbour Corporation').council, 'Poole Harbour Corporation');
    assert.equal(scopeIn('At Medway Council {}').council, 'At Medway Council', 'a capital word before the name is taken with it (and compared by its end)');
    assert.equal(scopeIn('The Council said {}').council, null);
    assert.equal(scopeIn('At this Council {}').council, null);
    assert.equal(scopeIn('County Council figures: {}').council, null);
  });
});

const figure = (start: number): Figure => figureAt(80, start);
const figureFact = (start: number): Fact => ({ kind: 'figure', area: 'upheld', field: 'percent', figure: figure(start) });
const scope = (s: Partial<Scope>): Scope => ({ ...NONE, ...s });
const period = (to: string, inProse = false): Fact => ({ kind: 'period', area: 'intro', from: null, to: { text: to, start: 0, end: 1 }, whole: { text: to, start: 0, end: 1 }, inProse });
const authority = (text: string): Fact => ({ kind: 'authority', authority: { text, span: { start: 0, end: text.length } } });

/** Which of the facts markOthers leaves out, by index. */
function others(placed: PlacedFact[], own: { council: string | null; year: number | null }): number[] {
  markOthers(placed, own);
  return placed.flatMap((p, i) => (p.others ? [i] : []));
}

describe("parse: markOthers, the facts that are not the text's own", () => {
  it('leaves out figures of elsewhere, another year, another council; keeps the own council under any designation', () => {
    const placed: PlacedFact[] = [
      { at: 0, end: 1, fact: figureFact(0), scope: scope({}) },
      { at: 1, end: 2, fact: figureFact(1), scope: scope({ elsewhere: true }) },
      { at: 2, end: 3, fact: figureFact(2), scope: scope({ otherYear: true }) },
      { at: 3, end: 4, fact: figureFact(3), scope: scope({ council: 'Medway Council' }) },
      { at: 4, end: 5, fact: figureFact(4), scope: scope({ council: 'In Kent County Council' }) },
      { at: 5, end: 6, fact: figureFact(5), scope: scope({ council: 'Kent Council' }) },
      { at: 6, end: 7, fact: figureFact(6), scope: scope({ yearEnding: 2021 }) },
      { at: 7, end: 8, fact: figureFact(7), scope: scope({ yearEnding: 2022 }) },
      { at: 8, end: 9, fact: figureFact(8) },
    ];
    assert.deepEqual(others(placed, { council: 'Kent County Council', year: 2022 }), [1, 2, 3, 6]);
    const at: PlacedFact[] = [{ at: 0, end: 1, fact: figureFact(0), scope: scope({ council: 'At Kent Council' }) }];
    assert.deepEqual(others(at, { council: 'Kent County Council', year: null }), [], 'the same name with other designations, after a capital word');
  });

  it('judges no figure by its year when the text has none', () => {
    const placed: PlacedFact[] = [{ at: 0, end: 1, fact: figureFact(0), scope: scope({ yearEnding: 2022 }) }];
    assert.deepEqual(others(placed, { council: null, year: null }), []);
  });

  it("takes the first council a heading or caption names for the text's own, and the first period for its year", () => {
    const caption: Fact = { kind: 'caption', area: 'upheld', percent: figure(0), authority: { text: 'Poole Council', span: { start: 0, end: 13 } }, span: { start: 0, end: 13 } };
    const withCaption: PlacedFact[] = [
      { at: 0, end: 1, fact: caption },
      { at: 1, end: 2, fact: figureFact(1), scope: scope({ council: 'Poole Council' }) },
      { at: 2, end: 3, fact: figureFact(2), scope: scope({ council: 'Medway Council' }) },
    ];
    assert.deepEqual(others(withCaption, { council: null, year: null }), [2]);
    const withHeading: PlacedFact[] = [
      { at: 0, end: 1, fact: figureFact(0), scope: scope({ council: 'Medway Council' }) },
      { at: 1, end: 2, fact: authority('Kent County Council') },
      { at: 2, end: 3, fact: figureFact(2), scope: scope({ council: 'Kent County Council' }) },
    ];
    assert.deepEqual(others(withHeading, { council: null, year: null }), [0], "a council named in a sentence is never the text's own");
    const years: PlacedFact[] = [
      { at: 0, end: 1, fact: period('2021-03-31', true), scope: scope({ elsewhere: true }) },
      { at: 1, end: 2, fact: period('2022-03-31') },
      { at: 2, end: 3, fact: figureFact(2), scope: scope({ yearEnding: 2022 }) },
      { at: 3, end: 4, fact: figureFact(3), scope: scope({ yearEnding: 2021 }) },
    ];
    assert.deepEqual(others(years, { council: null, year: null }), [0, 3], "the country's period is not the text's year");
  });

  it('judges a period quoted in prose only by its own sentence, never by the year', () => {
    const placed: PlacedFact[] = [
      { at: 0, end: 1, fact: period('2021-03-31', true), scope: scope({ yearEnding: 2021 }) },
      { at: 1, end: 2, fact: period('2021-03-31', true), scope: scope({ council: 'Medway Council' }) },
      { at: 2, end: 3, fact: period('2021-03-31', true), scope: scope({ otherYear: true }) },
    ];
    assert.deepEqual(others(placed, { council: 'Kent County Council', year: 2022 }), [1, 2]);
  });
});
