// The quoted forms (formats/quoted.ts) also match the letter's own sentences as the Ombudsman prints
// them. They are looked for only outside what the letter's own formats read, so a letter is read once
// (issue 11's cost, measured by npm run bench), and a quoted variant is still read wherever it stands.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../../src/core';
import { realLetter } from '../support/letters';

describe('parse: the letter\'s own sentences are read once', () => {
  it('a real letter is read by its own formats alone: the quoted forms add nothing and are not listed', () => {
    const letter = parseLetter(realLetter('004'));
    assert.deepEqual(letter.formats, ['2020']);
    assert.deepEqual([letter.statistics.upheld?.percent?.value, letter.statistics.compliance?.percent?.value, letter.statistics.remedy?.percent?.value], [100, 100, 0]);
  });

  it('a quoted variant beside the letter\'s own sentence is still read, and its own sentence is not read twice', () => {
    const text = '75% of complaints we investigated were upheld.\n\nThis compares to an average of 68 per cent in similar authorities.\n\n8 upheld decisions out of 12.';
    const letter = parseLetter(text);
    const upheld = letter.statistics.upheld!;
    assert.deepEqual([upheld.percent?.value, upheld.average?.value, upheld.decisions?.value, upheld.investigations?.value, upheld.restatements ?? []], [75, 68, 8, 12, []]);
    assert.deepEqual(letter.formats, ['2020', 'quoted']);
  });

  it('the same words in a variant the letter\'s formats do not read are read by the quoted forms', () => {
    const upheld = parseLetter('75 per cent of complaints we investigated were upheld.').statistics.upheld!;
    assert.equal(upheld.percent?.value, 75);
  });
});
