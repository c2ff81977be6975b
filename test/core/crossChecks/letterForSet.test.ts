// letterForSet keeps what the checks over a set read: they find the same on it as on the whole letter.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { checkLetterSet, letterForSet, parseLetter, readOfficialFigures } from '../../../src/core';
import type { LetterInSet } from '../../../src/core';
import { derivedLetter, realLetter } from '../support/letters';
import { letterSet } from './support';

const FOLDER = path.join(__dirname, '..', '..', 'fixtures', 'folders', 'averages-2020');

describe('letterForSet', () => {
  it('gives checkLetterSet the same findings as the whole letters, with and without official figures', () => {
    const files = readdirSync(path.join(FOLDER, 'letters')).sort();
    const set: LetterInSet[] = files.map((f) => {
      const text = readFileSync(path.join(FOLDER, 'letters', f), 'utf8');
      return { file: f, letter: parseLetter(text), text };
    });
    set.push(...letterSet([{ council: 'Brackley District Council', year: 2021 }, { council: 'Oddingley District Council', averages: [45, 98, 20] }]));
    set.push({ file: 'real-004.txt', letter: parseLetter(realLetter('004')), text: realLetter('004') });
    const read = readOfficialFigures(readFileSync(path.join(FOLDER, 'official.csv'), 'utf8'), { name: 'official.csv', file: 'official.csv' });
    assert.ok(read.ok);
    const slim = set.map((e) => ({ ...e, letter: letterForSet(e.letter) }));
    for (const official of [null, read.table]) {
      const whole = checkLetterSet(set, { official });
      assert.ok(whole.flat().length >= (official ? 2 : 1), 'the set raises findings to compare');
      assert.deepEqual(checkLetterSet(slim, { official }), whole);
    }
  });

  it('keeps the council, the year, the statistics and the period the letter is about', () => {
    const letter = parseLetter(realLetter('004'));
    const slim = letterForSet(letter);
    assert.equal(slim.addressee, letter.addressee);
    assert.equal(slim.statistics, letter.statistics);
    assert.equal(slim.reviewYear, 2020);
    assert.deepEqual(slim.sections, []);
    assert.ok(slim.periods.length >= 1 && slim.periods.length <= 2 && slim.periods.length < letter.periods.length);
  });

  it('keeps the periods letterPeriod chooses from (the first block\'s, then the introduction\'s) and the first footer', () => {
    assert.deepEqual(letterForSet(parseLetter(realLetter('004'))).periods.map((p) => p.source), ['upheld', 'intro']);
    assert.deepEqual(letterForSet(parseLetter(realLetter('003'))).periods.map((p) => p.source), ['intro']);
    const twoFooters = parseLetter(derivedLetter('004-footer-mid-sentence.txt'));
    assert.equal(twoFooters.footers.length, 2);
    assert.deepEqual(letterForSet(twoFooters).footers, [twoFooters.footers[0]]);
  });
});
