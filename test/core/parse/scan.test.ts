// The keyword scan and the windows statements are searched in (parse/scan.ts): every keyword at every
// place, overlapping ones and their prefixes too; each statement's matches once, in order, found only
// within 160 characters before and 320 after its keyword, never from a number cut at a window's edge.
import * as assert from 'node:assert/strict';
import type { LetterFormat, Statement } from '../../../src/core/formats/types';
import { keywordOccurrences, scanStatement } from '../../../src/core/parse/scan';

const statement = (keyword: string, pattern: RegExp): Statement => ({ name: keyword, keyword, pattern, read: () => [] });
const formatOf = (...keywords: string[]): LetterFormat[] => [{ name: 'test', description: 'test', headings: [], statements: keywords.map((k) => statement(k, /x/dgi)) }];

/** Each match of the statement in `flat`, as [flat start, text]. */
function matches(flat: string, s: Statement): [number, string][] {
  const places = keywordOccurrences(flat.toLowerCase(), [{ name: 'one', description: '', headings: [], statements: [s] }]).get(s.keyword) ?? [];
  return [...scanStatement(flat, places, s)].map(({ match, offset }) => [offset + match.index, match[0]]);
}

describe('parse: the keyword scan', () => {
  it('finds every keyword at every place, a longer one and the shorter ones it starts with at the same place', () => {
    const formats = formatOf('complaints upheld', 'complaints upheld by', 'upheld', 'held by');
    const lower = 'complaints upheld by us. complaints upheld. upheld';
    const found = keywordOccurrences(lower, formats);
    assert.deepEqual(Object.fromEntries([...found].sort()), {
      'complaints upheld': [0, 25],
      'complaints upheld by': [0],
      'held by': [13],
      upheld: [11, 36, 44],
    });
  });

  it('finds phrases the caller asks for in the same pass, in lower case, and no empty keyword', () => {
    const found = keywordOccurrences('three key areas and annual statistics', formatOf('', 'areas'), ['Annual Statistics', 'three key areas']);
    assert.deepEqual(Object.fromEntries([...found].sort()), { 'annual statistics': [20], areas: [10], 'three key areas': [0] });
    assert.deepEqual([...keywordOccurrences('nothing here', formatOf('upheld'))], []);
    assert.deepEqual([...keywordOccurrences('upheld', formatOf(''))], [], 'no keywords at all');
  });
});

describe('parse: statements searched around their keywords', () => {
  const percent = statement('upheld', /(?<n>\d{1,3})% (?:\w+ ){0,40}?upheld/dgi);

  it('finds each match once and in order, however close the keywords are', () => {
    const flat = '10% upheld, 20% upheld upheld and 30% were upheld.';
    assert.deepEqual(matches(flat, percent), [[0, '10% upheld'], [12, '20% upheld'], [34, '30% were upheld']]);
  });

  it('finds a match starting up to 160 characters before its keyword, and no further', () => {
    const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ');
    const near = `Start 75% ${words(30)} upheld`; // the figure starts 155 characters before the keyword
    assert.equal(near.indexOf('upheld') - near.indexOf('75%'), 154);
    assert.deepEqual(matches(near, percent).map(([, t]) => t.slice(0, 3)), ['75%']);
    const exact = `Start 75% ${words(30)} abcdef upheld`; // the figure starts exactly 160 characters before the keyword, after a space
    assert.equal(exact.indexOf('upheld') - exact.indexOf('75%'), 161);
    const at160 = `Start 75% ${words(30)} abcde upheld`;
    assert.equal(at160.indexOf('upheld') - at160.indexOf('75%'), 160);
    assert.deepEqual(matches(at160, percent).map(([, t]) => t.slice(0, 3)), ['75%']);
    assert.deepEqual(matches(exact, percent), [], '161 characters before');
    const far = `Start 75% ${words(33)} upheld`;
    assert.deepEqual(matches(far, percent), [], 'more than 160 characters before');
  });

  it('never reads a number cut at the start of a window', () => {
    const s = statement('upheld', /(?<!\d)\d{1,3}% [\w ]{0,200}upheld/dgi);
    // "123%" straddles the window's start (160 before the keyword): the window starts after its space.
    const flat = `x 123% ${'a'.repeat(155)} upheld`;
    const kw = flat.indexOf('upheld');
    assert.ok(kw - 160 > flat.indexOf('123%') && kw - 160 < flat.indexOf('123%') + 4);
    assert.deepEqual(matches(flat, s), [], 'not "23%" nor "3%"');
  });

  it('reaches up to 320 characters after its keyword, ending at a space', () => {
    const s = statement('total of', /total of [a ]{0,400}(?<t>\d{1,3})(?!\d)/dgi);
    const within = `total of ${'a '.repeat(150)}42 and more`;
    assert.deepEqual(matches(within, s).map(([, t]) => t.slice(-2)), ['42']);
    const beyond = `total of ${'a '.repeat(160)}42 and more`;
    assert.deepEqual(matches(beyond, s), [], 'the figure past 320 characters after the keyword');
    // The window would end at 328, inside "123456" (326 to 332): it ends at the space before instead.
    const cut = `total of ${'a '.repeat(158)} 123456 more`;
    assert.equal(cut.indexOf('123456'), 326);
    assert.deepEqual(matches(cut, s), [], 'a number cut at the window\'s end is not read');
  });

  it('searches a text of nothing but keywords in windows of up to 4,096 characters, each match once', () => {
    const flat = '1% upheld '.repeat(2000);
    const found = matches(flat, percent);
    assert.equal(found.length, 2000);
    assert.deepEqual(found.slice(0, 2), [[0, '1% upheld'], [10, '1% upheld']]);
    assert.deepEqual(found[1999], [19990, '1% upheld']);
  });

  it('passes over empty matches', () => {
    const s = statement('upheld', /(?:\d{1,3}% )?(?=upheld)/dgi);
    assert.deepEqual(matches('5% upheld and upheld', s), [[0, '5% ']], 'the empty matches before each "upheld" are not reported');
  });
});
