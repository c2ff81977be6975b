// The letter's title (parse/title.ts): the review year, the council a title names after a dash, and a
// title quoted inside a longer heading.
import * as assert from 'node:assert/strict';
import { readTitle } from '../../../src/core/parse/title';

describe('parse: the title line', () => {
  it('reads the year of "Annual Review letter 2020" and "Annual Letter 2020", in any case', () => {
    assert.deepEqual(readTitle('Annual Review letter 2020', 0), { year: 2020, authority: null, quoted: false });
    assert.deepEqual(readTitle('ANNUAL LETTER: 2019', 7), { year: 2019, authority: null, quoted: false });
    assert.equal(readTitle('Annual Review letter 2024-25', 0), null, 'a range is a period, not a title year');
    assert.equal(readTitle('Annual Review letter', 0), null);
    assert.equal(readTitle('The Annual Review letter 2020 says', 0), null, 'a sentence');
  });

  it('reads the council a title names after a dash, with its exact span', () => {
    const line = 'Annual Review Letter 2022 –  Barnsley Metropolitan Borough Council';
    const name = 'Barnsley Metropolitan Borough Council';
    assert.deepEqual(readTitle(line, 100), { year: 2022, authority: { text: name, span: { start: 100 + line.indexOf(name), end: 100 + line.length } }, quoted: false });
    for (const dash of [' - ', ': ', '—', ' — ']) assert.equal(readTitle(`Annual Review letter 2021${dash}Kent County Council`, 0)?.authority?.text, 'Kent County Council', JSON.stringify(dash));
    assert.equal(readTitle('Annual Review letter 2022: complaints about councils', 0), null, 'after a dash only a council: else a heading');
  });

  it('takes a title quoted in a longer heading as quoted, within 240 characters', () => {
    assert.deepEqual(readTitle('Local Government and Social Care Ombudsman: Annual Review letter 2022', 0), { year: 2022, authority: null, quoted: true });
    const long = `${'x'.repeat(99)} Annual Review letter 2022`;
    assert.equal(readTitle(long, 0)?.quoted, true, '100 characters before');
    assert.equal(readTitle(`x${long}`, 0)?.quoted, true, '101 characters before, the last a space');
    assert.equal(readTitle(`xx${long}`, 0), null, '102 characters before');
    const longest = `Annual Review letter 2022 - ${'A'.repeat(204)} Council`;
    assert.equal(longest.length, 240);
    assert.equal(readTitle(longest, 0), null, 'a council name of over 120 characters');
    assert.equal(readTitle(`Annual Review letter 2022 - ${'x'.repeat(220)}`, 0), null, 'a line over 240 characters is prose');
    // Spaces before the year stretch a line the pattern reads to any length.
    const spaced = (pad: number): string => `${'x'.repeat(99)} Annual Review letter${' '.repeat(pad)}2022 - Kent County Council`;
    assert.equal(spaced(94).length, 240);
    assert.equal(readTitle(spaced(94), 0)?.authority?.text, 'Kent County Council', '240 characters');
    assert.equal(readTitle(spaced(95), 0), null, '241 characters, though the pattern would read it');
  });
});
