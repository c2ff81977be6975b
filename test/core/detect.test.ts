// Detection: is a text a letter (or a statistics page)? Is it binary?
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { looksBinary, looksLikeLetter, plainlyNotALetter } from '../../src/core';
import { REAL_LETTERS, derivedLetter, realLetter } from './support/letters';

const repo = (...p: string[]): string => readFileSync(path.join(__dirname, '..', '..', ...p), 'utf8');

describe('looksLikeLetter', () => {
  for (const id of Object.keys(REAL_LETTERS) as (keyof typeof REAL_LETTERS)[]) {
    it(`is true on the real letter ${id}, also with a BOM, CRLF and NBSPs`, () => {
      assert.equal(looksLikeLetter(realLetter(id)), true);
      assert.equal(looksLikeLetter(`\ufeff${realLetter(id).replace(/\n/g, '\r\n').replace(/ /g, '\u00a0')}`), true);
      assert.equal(looksLikeLetter(realLetter(id).replace(/\n/g, '\r')), true);
    });
  }
  it('is true on the derived dresses, the statistics alone included', () => {
    assert.equal(looksLikeLetter(derivedLetter('004-markdown.md').slice(derivedLetter('004-markdown.md').indexOf('## **Complaints upheld**'))), true, 'Markdown statistics alone');
    for (const name of ['004-markdown.md', '004-hard-wrapped.txt', '004-statistics-only.txt', '004-footer-mid-sentence.txt']) {
      assert.equal(looksLikeLetter(derivedLetter(name)), true, name);
    }
  });
  it('is false on the project README, a source file and a letter-like sentence alone', () => {
    assert.equal(looksLikeLetter(repo('package.json')), false);
    assert.equal(looksLikeLetter(repo('src', 'core', 'detect.ts').replace(/\/[^/\n]*\/i?,/g, '')), false);
    assert.equal(looksLikeLetter('# Notes\n\nThe Local Government & Social Care Ombudsman publishes letters.\n'), false);
    // A README about the tool names the Ombudsman and its Annual Review letters in prose, in a heading too.
    const readme = '# letter-review\n\nChecks the Local Government & Social Care Ombudsman\'s Annual Review letters 2020 onwards.\n\n## Annual Review letters\n\nRun `letter-review samples`. A satisfactory remedy provided by the council is counted.\n';
    assert.equal(looksLikeLetter(readme), false);
    assert.equal(looksLikeLetter(''), false);
  });
  it('is true on two signs, the heading and the title, and false on one', () => {
    assert.equal(looksLikeLetter('Local Government & Social Care OMBUDSMAN\nAnnual Review letter 2020\n'), true);
    assert.equal(looksLikeLetter('Local Government & Social Care OMBUDSMAN\nDear Sir\n'), false);
  });
  it('reads only the opening of a huge text', () => {
    const huge = `${'lorem ipsum '.repeat(100_000)}\n${realLetter('004')}`;
    assert.equal(looksLikeLetter(huge), false);
    assert.equal(looksLikeLetter(realLetter('004') + 'x'.repeat(5_000_000)), true);
  });
});

describe('looksBinary', () => {
  it('is false on every real letter, CRLF, BOM and NBSP dresses included', () => {
    for (const id of Object.keys(REAL_LETTERS) as (keyof typeof REAL_LETTERS)[]) {
      const t = realLetter(id);
      assert.equal(looksBinary(t), false, id);
      assert.equal(looksBinary(`\ufeff${t.replace(/\n/g, '\r\n').replace(/ /g, '\u00a0')}`), false, `${id} dressed`);
    }
  });
  it('is true on a NUL byte, on many control characters and on undecodable bytes', () => {
    assert.equal(looksBinary('Annual Review letter\u0000 2020'), true);
    assert.equal(looksBinary(Buffer.from(Array.from({ length: 512 }, (_, i) => i % 32)).toString('latin1')), true);
    assert.equal(looksBinary(new TextDecoder().decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0xfd, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]))), true);
  });
  it('counts C0 controls other than tab to carriage return, and is true past one in 20 characters plus 8', () => {
    // 200 characters: true from 19 controls (200 / 20 + 8 = 18), without a NUL.
    const padded = (controls: string, filler = 'a'): string => controls + filler.repeat(200 - controls.length);
    assert.equal(looksBinary(padded('\u0001'.repeat(18))), false, '18 controls');
    assert.equal(looksBinary(padded('\u0001'.repeat(19))), true, '19 controls');
    for (const c of ['\u0008', '\u000e', '\u001f']) assert.equal(looksBinary(padded(c.repeat(19))), true, JSON.stringify(c));
    // Tab, line feed, vertical tab, form feed, carriage return and the space are not counted.
    for (const c of ['\t', '\n', '\v', '\f', '\r']) assert.equal(looksBinary(padded(`${'\u0001'.repeat(18)}${c.repeat(20)}`)), false, JSON.stringify(c));
    assert.equal(looksBinary(padded('\u0001'.repeat(18), ' ')), false, 'spaces');
  });
  it('reads only the opening for control characters, 8,192 characters unless told', () => {
    assert.equal(looksBinary(`${'a'.repeat(8192)}\u0000`), false);
    assert.equal(looksBinary(`${'a'.repeat(8191)}\u0000`), true);
    assert.equal(looksBinary('abc\u0000', 3), false);
  });
  it('is false on a few stray control characters in a letter', () => {
    assert.equal(looksBinary(`${realLetter('004').slice(0, 2000)}\u000c\u0007`), false);
  });
});

describe('plainlyNotALetter (a file named on the command line)', () => {
  const lettersIn = (dir: string): string[] =>
    readdirSync(path.join(__dirname, '..', '..', dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(?:txt|md)$/.test(e.name) && e.name !== 'README.md')
      .map((e) => path.relative(path.join(__dirname, '..', '..'), path.join(e.parentPath, e.name)));

  it('is false on every sample and fixture: letters, statistics pages, reports quoting a letter, letters without statistics', () => {
    const files = [...lettersIn('samples'), ...lettersIn(path.join('test', 'fixtures'))];
    assert.ok(files.length >= 30, `only ${files.length} letters found`);
    assert.deepEqual(files.filter((f) => plainlyNotALetter(repo(f))), []);
  });

  it('is true on a shopping list, the README and the rules\' documentation, whose examples come late', () => {
    assert.equal(plainlyNotALetter('Shopping list\n\n- milk\n- 3 eggs\n- bread\n'), true);
    assert.equal(plainlyNotALetter(''), true);
    for (const doc of ['README.md', path.join('docs', 'rules.md'), 'CHANGELOG.md']) assert.equal(plainlyNotALetter(repo(doc)), true, doc);
    // One sign in the opening is enough: a statistics line, or the Ombudsman's heading alone.
    assert.equal(plainlyNotALetter('Notes\n\n45% of complaints we investigated were upheld.\n'), false);
    assert.equal(plainlyNotALetter('Local Government & Social Care OMBUDSMAN\n\nDear Sir\n'), false);
  });
});
