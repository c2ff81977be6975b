// The addressee block of a letter's opening (parse/addressee.ts): name, role and council on lines of
// their own, two lines, or all on one, with every span exactly where its text stands in the source.
import * as assert from 'node:assert/strict';
import type { Addressee } from '../../../src/core';
import { readAddressee } from '../../../src/core/parse/addressee';
import { splitLines } from '../../../src/core/text/lines';
import { part } from '../support/spans';

/** The addressee of a block written as `text` (its non-blank lines), with each part's text as the source has it. */
function addresseeOf(text: string, salutationName = ''): Addressee {
  return readAddressee(splitLines(text).filter((l) => l.trimmed !== ''), salutationName);
}


describe('parse: the addressee block', () => {
  it('reads name, role and council from three lines', () => {
    const source = '  Mr Dwayne Smith\nChief Executive\nRochford District Council  ';
    assert.deepEqual(addresseeOf(source), {
      name: part(source, 'Mr Dwayne Smith'),
      role: part(source, 'Chief Executive'),
      authority: part(source, 'Rochford District Council'),
      span: { start: 2, end: source.length - 2 },
    });
  });

  it('joins a role written over several lines with spaces, its span from the first line to the last', () => {
    const source = 'Ms Jo Brown\nInterim Managing Director\nand Head of Paid Service\nHertsmere Borough Council';
    const first = source.indexOf('Interim');
    assert.deepEqual(addresseeOf(source).role, { text: 'Interim Managing Director and Head of Paid Service', span: { start: first, end: source.indexOf('\nHertsmere') } });
    assert.deepEqual(addresseeOf(source).authority, part(source, 'Hertsmere Borough Council'));
  });

  it('reads two lines: the name, then the role and the council', () => {
    const source = 'Ms Jo Brown\nChief Executive Hertsmere Borough Council';
    assert.deepEqual(addresseeOf(source), {
      name: part(source, 'Ms Jo Brown'),
      role: part(source, 'Chief Executive'),
      authority: part(source, 'Hertsmere Borough Council'),
      span: { start: 0, end: source.length },
    });
  });

  it('reads two lines: the name and the role, then the council', () => {
    const source = 'Dr Ramewal Chief Executive\nSevenoaks District Council';
    const expected = { name: part(source, 'Dr Ramewal'), role: part(source, 'Chief Executive'), authority: part(source, 'Sevenoaks District Council'), span: { start: 0, end: source.length } };
    assert.deepEqual(addresseeOf(source, 'Dr Ramewal'), expected, "the salutation's name");
    assert.deepEqual(addresseeOf(source), expected, 'an honorific and the surname');
    const noHonorific = 'Ramewal Chief Executive\nSevenoaks District Council';
    assert.deepEqual(addresseeOf(noHonorific).name, part(noHonorific, 'Ramewal'), 'one word without an honorific');
    assert.deepEqual(addresseeOf(noHonorific).role, part(noHonorific, 'Chief Executive'));
  });

  it('reads two lines with no role at all', () => {
    const source = 'Mr Smith\nSevenoaks District Council';
    assert.deepEqual(addresseeOf(source), { name: part(source, 'Mr Smith'), role: null, authority: part(source, 'Sevenoaks District Council'), span: { start: 0, end: source.length } });
  });

  it('reads one line: name, role and council', () => {
    const source = '   Dr Ramewal Chief Executive Sevenoaks District Council';
    const expected = { name: part(source, 'Dr Ramewal'), role: part(source, 'Chief Executive'), authority: part(source, 'Sevenoaks District Council'), span: { start: 3, end: source.length } };
    assert.deepEqual(addresseeOf(source, 'Dr Ramewal'), expected);
    assert.deepEqual(addresseeOf(source), expected);
    const upper = 'DR RAMEWAL Chief Executive Kent County Council';
    assert.deepEqual(addresseeOf(upper, 'Dr Ramewal').name, part(upper, 'DR RAMEWAL'), "the salutation's name in any case");
  });

  it('finds the role a second time on the line after the name, not inside it', () => {
    // The name ends with the role's first word: the role is looked for after the name.
    const source = 'Chief Chief Executive Kent County Council';
    assert.deepEqual(addresseeOf(source, 'Chief'), { name: part(source, 'Chief'), role: part(source, 'Chief Executive', 1), authority: part(source, 'Kent County Council'), span: { start: 0, end: source.length } });
  });

  it('ends the role at its last role word before a capital, never at "of", "and" or "&"', () => {
    const cases: [string, string, string][] = [
      ['Director of Governance Kent County Council', 'Director of Governance', 'Kent County Council'],
      ['Head of Paid Service Hertsmere Borough Council', 'Head of Paid Service', 'Hertsmere Borough Council'],
      ['Chief Executive, Kent County Council', 'Chief Executive', 'Kent County Council'],
      ['Monitoring Officer. Kent County Council', 'Monitoring Officer.', 'Kent County Council'],
      ['Director and Clerk Kent County Council', 'Director and Clerk', 'Kent County Council'],
      ['Director & Secretary Kent County Council', 'Director & Secretary', 'Kent County Council'],
      ['Chief Executive Officer Kent County Council', 'Chief Executive Officer', 'Kent County Council'],
      ['Chief executive Kent County Council', 'Chief executive', 'Kent County Council'],
    ];
    for (const [line, role, authority] of cases) {
      const source = `Ms Jo Brown\n${line}`;
      const read = addresseeOf(source);
      assert.equal(read.role?.text, role, line);
      assert.deepEqual(read.authority, part(source, authority, source.indexOf('\n')), line);
      assert.equal(read.role && source.slice(read.role.span.start, read.role.span.end), line.slice(0, role.length), line);
    }
  });

  it('takes a second line without a role word for the council, and a one-line block without one for the council after the name', () => {
    const source = 'Ms Jo Brown\nKent County Council';
    assert.deepEqual(addresseeOf(source), { name: part(source, 'Ms Jo Brown'), role: null, authority: part(source, 'Kent County Council'), span: { start: 0, end: source.length } });
    const one = 'Mr Smith Kent County Council';
    assert.deepEqual(addresseeOf(one), { name: part(one, 'Mr Smith'), role: null, authority: part(one, 'Kent County Council'), span: { start: 0, end: one.length } });
  });

  it("runs the name to the salutation's surname: 'Dear Ms Brown' and 'Ms Jo Brown'", () => {
    const one = 'Ms Jo Brown Kent County Council';
    assert.deepEqual(addresseeOf(one, 'Ms Brown'), { name: part(one, 'Ms Jo Brown'), role: null, authority: part(one, 'Kent County Council'), span: { start: 0, end: one.length } });
    const withRole = 'Ms Jo Ann Brown, Chief Executive Kent County Council';
    assert.deepEqual(addresseeOf(withRole, 'Ms Brown').name, part(withRole, 'Ms Jo Ann Brown'));
    assert.deepEqual(addresseeOf(withRole, 'Ms Brown').role, part(withRole, 'Chief Executive'));
    // Not a surname: a first name in the salutation, or a surname further than the third word.
    assert.deepEqual(addresseeOf(one, 'Jo').name, part(one, 'Ms Jo'), 'a first name: the honorific and one word, as before');
    assert.deepEqual(addresseeOf('Ms Jo Ann Lee Brown Kent County Council', 'Ms Brown').name, { text: 'Ms Jo', span: { start: 0, end: 5 } });
  });

  it('cuts names and roles from the line itself: runs of spaces stay inside their spans', () => {
    const one = 'Dr  Ramewal   Chief  Executive,  Sevenoaks District Council';
    assert.deepEqual(addresseeOf(one), { name: part(one, 'Dr  Ramewal'), role: part(one, 'Chief  Executive'), authority: part(one, 'Sevenoaks District Council'), span: { start: 0, end: one.length } });
    const salutation = 'Dr Ramewal   Chief Executive Kent County Council';
    assert.deepEqual(addresseeOf(salutation, 'Dr Ramewal').role, part(salutation, 'Chief Executive'));
    const two = 'Dr  Ramewal  Chief Executive\nSevenoaks District Council';
    assert.deepEqual(addresseeOf(two).role, part(two, 'Chief Executive'));
    assert.deepEqual(addresseeOf(two).name, part(two, 'Dr  Ramewal'));
    const alone = 'Dr Ramewal';
    assert.deepEqual(addresseeOf(alone, 'Dr Ramewal'), { name: part(alone, 'Dr Ramewal'), role: null, authority: null, span: { start: 0, end: alone.length } }, 'the name alone');
    assert.deepEqual(addresseeOf('Ramewal'), { name: part('Ramewal', 'Ramewal'), role: null, authority: null, span: { start: 0, end: 7 } });
  });

  it('ends a role only before a capital A to Z, and at its last role word', () => {
    const cases: [string, string | null][] = [
      ['Chief Executive Amber Valley Borough Council', 'Chief Executive'],
      ['Chief Executive Zetland Council', 'Chief Executive'],
      ['Chief Executive 1 Kent Council', null],
      ['Chief Executive [Kent] Council', null],
      ['Chief Executive Kent County Council officer responsible', 'Chief Executive'],
      ['Chief Executive Andover Town Council', 'Chief Executive'],
      ['Director Kent County Council', 'Director'],
      ['Head of Legal, Governance Kent County Council', 'Head of Legal, Governance'],
    ];
    for (const [line, role] of cases) assert.equal(addresseeOf(`Ms Jo Brown\n${line}`).role?.text ?? null, role, line);
  });

  it('takes the surname only from a salutation of an honorific and one name', () => {
    const line = 'Mr John Smith Chief Executive Kent County Council';
    assert.deepEqual(addresseeOf(line, 'Mr John Smith').name, part(line, 'Mr John Smith'), 'the whole salutation starts the line');
    const other = 'Mr Ian John Smith Chief Executive Kent County Council';
    assert.deepEqual(addresseeOf(other, 'Mr John Smith').name, part(other, 'Mr Ian'), 'three words: no surname rule');
    assert.deepEqual(addresseeOf(other, 'Sir John').name, part(other, 'Mr Ian John'), 'Sir and a first name');
    assert.deepEqual(addresseeOf('Ms Brown Kent County Council', 'Ms Brown').name, part('Ms Brown Kent County Council', 'Ms Brown'));
    assert.deepEqual(addresseeOf('Ms Jo Brown Kent County Council', 'Ms  Brown').name, part('Ms Jo Brown Kent County Council', 'Ms Jo Brown'), 'two spaces in the salutation');
    const first = 'Brown Ms Jo Chief Executive Kent County Council';
    assert.deepEqual(addresseeOf(first, 'Ms Brown').name, part(first, 'Brown'), 'the surname first is not after the honorific');
  });
});

