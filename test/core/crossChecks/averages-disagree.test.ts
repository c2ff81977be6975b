// averages-disagree: letters of one review year to one kind of council quote one set of averages.
import * as assert from 'node:assert/strict';
import { checkLetterSet } from '../../../src/core/crossChecks';
import type { LetterInSet } from '../../../src/core/crossChecks';
import { parseLetter } from '../../../src/core';
import type { Finding } from '../../../src/core';
import { realLetter } from '../support/letters';
import { letterSet } from './support';
import type { Variant } from './support';

const CODE = 'averages-disagree';

function findings(set: LetterInSet[]): Finding[][] {
  return checkLetterSet(set).map((list) => list.filter((f) => f.code === CODE));
}

const districts = (n: number, averages: [number, number, number] = [45, 99, 20]): Variant[] =>
  Array.from({ length: n }, (_, i) => ({ council: `Testford ${i + 1} District Council`, averages }));

describe('check averages-disagree', () => {
  it('flags the odd remedy average against six other letters, on the figure, pointing at one of them', () => {
    const set = letterSet([...districts(6), { council: 'Oddley District Council', averages: [45, 99, 21] }]);
    const all = findings(set);
    assert.deepEqual(all.slice(0, 6).map((l) => l.length), [0, 0, 0, 0, 0, 0]);
    const [f, more] = all[6]!;
    assert.equal(more, undefined);
    assert.equal(f!.severity, 'warning');
    assert.equal(f!.message, 'remedy average 21% here; 20% in 6 other 2020 letters with the same upheld and compliance averages');
    const odd = set[6]!;
    assert.equal(odd.text!.slice(f!.span.start, f!.span.end), '21');
    assert.equal(odd.text!.slice(f!.span.start - 'average of **'.length, f!.span.start), 'average of **');
    assert.equal(f!.related.length, 1);
    const related = f!.related[0]!;
    assert.equal(related.file, set[0]!.file);
    assert.equal(related.message, 'remedy average 20% in the letter to Testford 1 District Council');
    assert.equal(set[0]!.text!.slice(related.span.start, related.span.end), '20');
    assert.equal(set[0]!.letter.statistics.remedy!.average!.span.start, related.span.start);
  });

  it('flags an odd upheld or compliance average the same way', () => {
    const upheld = findings(letterSet([...districts(3), { council: 'Oddley District Council', averages: [46, 99, 20] }]))[3]!;
    assert.equal(upheld[0]?.message, 'upheld average 46% here; 45% in 3 other 2020 letters with the same compliance and remedy averages');
    const compliance = findings(letterSet([{ council: 'Oddley District Council', averages: [45, 98, 20] }, ...districts(2)]))[0]!;
    assert.equal(compliance[0]?.message, 'compliance average 98% here; 99% in 2 other 2020 letters with the same upheld and remedy averages');
  });

  it('needs at least two other letters that agree with each other', () => {
    assert.deepEqual(findings(letterSet([...districts(1), { council: 'Oddley District Council', averages: [45, 99, 21] }])), [[], []]);
    assert.deepEqual(findings(letterSet(districts(1))), [[]], 'a lone letter is left alone');
    // Two others, but they disagree with each other too.
    const split = letterSet([
      { council: 'A District Council', averages: [45, 99, 20] },
      { council: 'B District Council', averages: [45, 99, 22] },
      { council: 'Oddley District Council', averages: [45, 99, 21] },
    ]);
    assert.deepEqual(findings(split), [[], [], []]);
  });

  it('leaves a letter alone when as many letters agree with it as with the others, and flags both of a small minority', () => {
    const tie = letterSet([...districts(2), { council: 'Odd A District Council', averages: [45, 99, 21] }, { council: 'Odd B District Council', averages: [45, 99, 21] }]);
    assert.deepEqual(findings(tie).map((l) => l.length), [0, 0, 0, 0]);
    const minority = findings(letterSet([...districts(5), { council: 'Odd A District Council', averages: [45, 99, 21] }, { council: 'Odd B District Council', averages: [45, 99, 21] }]));
    assert.deepEqual(minority.map((l) => l.length), [0, 0, 0, 0, 0, 1, 1]);
    assert.match(minority[5]![0]!.message, /20% in 5 other 2020 letters/);
  });

  it('leaves a third value alone when the others split evenly between two values', () => {
    const split = letterSet([...districts(2), ...districts(2, [45, 99, 21]).map((v, i) => ({ ...v, council: `Other ${i + 1} District Council` })), { council: 'Oddley District Council', averages: [45, 99, 22] }]);
    assert.deepEqual(findings(split).map((l) => l.length), [0, 0, 0, 0, 0]);
  });

  it('does not compare letters that differ in two areas (another kind of council with other averages)', () => {
    assert.deepEqual(findings(letterSet([...districts(4), { council: 'Unitary Council', averages: [60, 98, 20] }])).flat(), []);
  });

  it('never compares councils whose names tell different kinds, but compares a council whose name does not tell', () => {
    const counties: Variant[] = [1, 2, 3].map((i) => ({ council: `Shire ${i} County Council`, averages: [45, 99, 20] }));
    assert.deepEqual(findings(letterSet([...counties, { council: 'Oddley District Council', averages: [45, 99, 21] }])).flat(), []);
    const boroughs: Variant[] = [1, 2, 3].map((i) => ({ council: `London Borough of Testham ${i}`, averages: [45, 99, 20] }));
    assert.deepEqual(findings(letterSet([...boroughs, { council: 'Oddley Metropolitan Borough Council', averages: [45, 99, 21] }])).flat(), []);
    const unsaid = findings(letterSet([...counties, { council: 'Oddley City Council', averages: [45, 99, 21] }]));
    assert.equal(unsaid[3]!.length, 1, 'a City Council may be of any kind');
    const mixed = findings(letterSet([...districts(1), { council: 'Plainton Council', averages: [45, 99, 20] }, { council: 'Otherton Council', averages: [45, 99, 20] }, { council: 'Oddley District Council', averages: [45, 99, 21] }]));
    assert.match(mixed[3]![0]!.message, /20% in 3 other 2020 letters/, 'its own kind and those that do not say');
  });

  it('compares only letters of the same review year', () => {
    const set = letterSet([...districts(3).map((v) => ({ ...v, year: 2019 })), { council: 'Oddley District Council', averages: [45, 99, 21] }]);
    assert.equal(set[0]!.letter.reviewYear, 2019);
    assert.deepEqual(findings(set).flat(), []);
    const same = findings(letterSet([...districts(3).map((v) => ({ ...v, year: 2019 })), { council: 'Oddley District Council', averages: [45, 99, 21], year: 2019 }]));
    assert.match(same[3]![0]!.message, /in 3 other 2019 letters/);
  });

  it('counts a council once: copies of one letter are no majority, and never outvote the letter they copy', () => {
    const copies = letterSet([{ council: 'Copyton District Council', averages: [45, 99, 21] }, { council: 'Copyton District Council', averages: [45, 99, 21] }, { council: 'COPYTON DISTRICT COUNCIL', averages: [45, 99, 21] }, ...districts(1)]);
    assert.deepEqual(findings(copies).flat(), []);
    const twoToOne = letterSet([...districts(2), { council: 'Testford 1 District Council', averages: [45, 99, 21] }]);
    assert.deepEqual(findings(twoToOne).flat(), [], 'Testford 1 against itself does not count');
  });

  it('leaves a letter without statistics out of the set', () => {
    const set = letterSet([...districts(3), { council: 'Oddley District Council', averages: [45, 99, 21] }]);
    set.push({ file: '000.txt', letter: parseLetter(realLetter('000')), text: realLetter('000') });
    assert.deepEqual(findings(set).map((l) => l.length), [0, 0, 0, 1, 0]);
  });

  it('leaves letters without three numeric averages out (n/a, not stated)', () => {
    const [district, na, odd] = letterSet([...districts(2), { council: 'Oddley District Council', averages: [45, 99, 21] }]);
    const naText = na!.text!.replace('average of **20%**', 'average of n/a');
    const set = [district!, { file: na!.file, letter: parseLetter(naText), text: naText }, odd!];
    assert.equal(set[1]!.letter.statistics.remedy!.average!.value, null);
    assert.deepEqual(findings(set).flat(), [], 'one other letter quotes a remedy average: no group');
    assert.equal(findings([...letterSet([{ council: 'Thirdham District Council' }]), ...set])[3]!.length, 1, 'two others do');
  });

  it('takes the value most other councils quote, though another value comes first in the set', () => {
    // 22 and 21 are each quoted by one council, 20 by three: both odd letters are flagged against 20.
    const set = letterSet([
      { council: 'First District Council', averages: [45, 99, 22] },
      { council: 'Second District Council', averages: [45, 99, 21] },
      ...districts(3),
    ]);
    const all = findings(set);
    assert.deepEqual(all.map((l) => l.map((f) => f.message)), [
      ['remedy average 22% here; 20% in 3 other 2020 letters with the same upheld and compliance averages'],
      ['remedy average 21% here; 20% in 3 other 2020 letters with the same upheld and compliance averages'],
      [], [], [],
    ]);
    assert.deepEqual(all.flat().map((f) => f.related[0]!.file), [set[2]!.file, set[2]!.file]);
  });

  it('points at another council\'s letter, never at a letter to the flagged letter\'s own council', () => {
    const related = (variants: Variant[]): (string | undefined)[] => findings(letterSet(variants)).flat().map((f) => f.related[0]!.message);
    const odd: Variant = { council: 'Oddley District Council', averages: [45, 99, 21] };
    const ownFirst = related([odd, { council: 'Oddley District Council' }, ...districts(2)]);
    assert.deepEqual(ownFirst, ['remedy average 20% in the letter to Testford 1 District Council']);
    const ownSecond = related([odd, ...districts(1), { council: 'Oddley District Council' }, { council: 'Testford 2 District Council' }]);
    assert.deepEqual(ownSecond, ['remedy average 20% in the letter to Testford 1 District Council']);
  });

  it('points at the first letter in the set that quotes the majority value, whatever the kinds of council', () => {
    // Westmoor Council's kind is not told: it is compared with every kind, and its letters are tallied apart.
    const set = letterSet([
      { council: 'Westmoor Council', averages: [45, 99, 23] },
      { council: 'Testford 1 District Council' },
      { council: 'Eastmoor Council' },
      { council: 'Testford 2 District Council' },
      { council: 'Oddley District Council', averages: [45, 99, 22] },
    ]);
    const all = findings(set);
    assert.deepEqual(all.map((l) => l.map((f) => `${f.message} | ${f.related[0]!.message}`)), [
      ['remedy average 23% here; 20% in 3 other 2020 letters with the same upheld and compliance averages | remedy average 20% in the letter to Testford 1 District Council'],
      [], [], [],
      ['remedy average 22% here; 20% in 3 other 2020 letters with the same upheld and compliance averages | remedy average 20% in the letter to Testford 1 District Council'],
    ]);
    // The same with the council of untold kind first among those quoting 20%.
    const untoldFirst = letterSet([
      { council: 'Westmoor Council', averages: [45, 99, 23] },
      { council: 'Eastmoor Council' },
      { council: 'Testford 1 District Council' },
      { council: 'Testford 2 District Council' },
      { council: 'Oddley District Council', averages: [45, 99, 22] },
    ]);
    assert.deepEqual(findings(untoldFirst).flat().map((f) => f.related[0]!.message), ['remedy average 20% in the letter to Eastmoor Council', 'remedy average 20% in the letter to Eastmoor Council']);
  });

  it('leaves letters without a review year out, though they agree with each other', () => {
    const noYear = (v: Variant): LetterInSet => {
      const [entry] = letterSet([v]);
      const text = entry!.text!.replace('Annual Review letter 2020', 'Annual letter').replace('for the year ending 31 March 2020', 'for the year').replaceAll(' for the period between 1 April 2019 to 31 March 2020', '');
      return { file: entry!.file, letter: parseLetter(text), text };
    };
    const set = [...districts(3), { council: 'Oddley District Council', averages: [45, 99, 21] as [number, number, number] }].map(noYear);
    assert.deepEqual(set.map((e) => e.letter.reviewYear), [null, null, null, null]);
    assert.deepEqual(set.map((e) => e.letter.statistics.remedy?.average?.value), [20, 20, 20, 21], 'the averages are still read');
    assert.deepEqual(findings(set).flat(), []);
  });

  it('honours the rule level and the letter’s own disable comment', () => {
    const variants = [...districts(3), { council: 'Oddley District Council', averages: [45, 99, 21] as [number, number, number] }];
    assert.equal(checkLetterSet(letterSet(variants), { rules: { [CODE]: 'error' } })[3]![0]!.severity, 'error');
    assert.deepEqual(checkLetterSet(letterSet(variants), { rules: { [CODE]: 'off' } }).flat(), []);
    const set = letterSet(variants);
    const text = set[3]!.text!.replace('This compares to an average of **21%**', `<!-- letter-review-disable-next-line ${CODE} -->\nThis compares to an average of **21%**`);
    assert.notEqual(text, set[3]!.text);
    set[3] = { file: set[3]!.file, letter: parseLetter(text), text };
    assert.deepEqual(checkLetterSet(set).flat(), []);
    assert.equal(checkLetterSet([...set.slice(0, 3), { file: set[3]!.file, letter: set[3]!.letter }])[3]!.length, 1, 'without the text, no directive is read');
  });
});
