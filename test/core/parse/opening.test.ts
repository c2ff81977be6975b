// The letter's opening (parse/opening.ts): the Ombudsman's heading, the date, the delivery line, the
// addressee block, the salutation and the title, each read only where a letter puts it, with exact spans.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../../src/core';
import { part } from '../support/spans';


const OPENING = [
  'Local Government & Social Care OMBUDSMAN',
  '',
  '22 July 2020',
  '',
  'By email',
  '',
  'Mr Dwayne Smith',
  'Chief Executive',
  'Rochford District Council',
  '',
  'Dear Mr Smith,',
  '',
  'Annual Review letter 2020',
  '',
  'Complaint statistics',
  'Some words.',
].join('\n');

describe('parse: the opening of a letter', () => {
  it('reads every part of the 2020 opening, each at its place', () => {
    const letter = parseLetter(OPENING);
    assert.deepEqual(letter.heading, part(OPENING, 'Local Government & Social Care OMBUDSMAN'));
    assert.deepEqual(letter.date, { iso: '2020-07-22', ...part(OPENING, '22 July 2020') });
    assert.deepEqual(letter.delivery, part(OPENING, 'By email'));
    assert.deepEqual(letter.addressee, {
      name: part(OPENING, 'Mr Dwayne Smith'),
      role: part(OPENING, 'Chief Executive'),
      authority: part(OPENING, 'Rochford District Council'),
      span: { start: OPENING.indexOf('Mr Dwayne'), end: OPENING.indexOf('\n\nDear') },
    });
    assert.deepEqual(letter.salutation, part(OPENING, 'Dear Mr Smith,'));
    assert.deepEqual(letter.title, part(OPENING, 'Annual Review letter 2020'));
    assert.equal(letter.reviewYear, 2020);
    assert.deepEqual(letter.sections.map((s) => s.heading.text), ['Complaint statistics'], 'the opening lines are no section headings');
  });

  it('reads Markdown dress and other delivery lines', () => {
    const text = '# Ombudsman\n\n1 April 2021\n\n**By e-mail**\n\nMs Jo Brown\nKent County Council\n\nDear Ms Brown:\n\n## Annual Review letter 2021';
    const letter = parseLetter(text);
    assert.deepEqual(letter.heading, part(text, 'Ombudsman'));
    assert.deepEqual(letter.delivery, part(text, 'By e-mail'));
    assert.deepEqual(letter.salutation, part(text, 'Dear Ms Brown'), 'without its colon');
    assert.deepEqual(letter.addressee?.name, part(text, 'Ms Jo Brown'));
    assert.deepEqual(letter.title, part(text, 'Annual Review letter 2021'));
    for (const delivery of ['By post', 'BY HAND', 'By Email']) assert.deepEqual(parseLetter(`Ombudsman\n${delivery}\nDear Sir`).delivery, part(`Ombudsman\n${delivery}`, delivery), delivery);
  });

  it('takes the Ombudsman heading only within three lines of the first text, and only a short line', () => {
    assert.equal(parseLetter('\nOne\nTwo\n\nThe Ombudsman\n').heading, null, 'the fourth line from the first text, a blank line counted');
    const third = '\n\nOne\nTwo\nThe Ombudsman\n';
    assert.deepEqual(parseLetter(third).heading, part(third, 'The Ombudsman'));
    assert.equal(parseLetter(`The Ombudsman ${'x'.repeat(110)}`).heading, null, 'a line of 120 characters or more is prose');
    const long = `The Ombudsman ${'x'.repeat(105)}`;
    assert.deepEqual(parseLetter(long).heading, part(long, long), 'a line of 119 characters');
  });

  it('reads a date only as a whole line, a real day, before the salutation', () => {
    assert.equal(parseLetter('Ombudsman\n31 February 2020\nBy email').date, null, 'no such day');
    assert.equal(parseLetter('Ombudsman\nOn 22 July 2020\nBy email').date, null, 'not the whole line');
    assert.equal(parseLetter('Ombudsman\nDear Sir\n22 July 2020').date, null, 'after the salutation');
    assert.equal(parseLetter('Ombudsman\nDear Sir\nBy email').delivery, null, 'a delivery line after the salutation');
  });

  it('reads the addressee between the delivery line, else the date, and the salutation', () => {
    const afterDate = '22 July 2020\nMs Jo Brown\nKent County Council\nDear Ms Brown';
    assert.deepEqual(parseLetter(afterDate).addressee?.authority, part(afterDate, 'Kent County Council'));
    const afterDelivery = '22 July 2020\nBy email\nMs Jo Brown\nKent County Council\nDear Ms Brown';
    assert.deepEqual(parseLetter(afterDelivery).addressee?.name, part(afterDelivery, 'Ms Jo Brown'), 'the delivery line is not part of the block');
    assert.equal(parseLetter('Ms Jo Brown\nKent County Council\nDear Ms Brown').addressee, null, 'neither a date nor a delivery line before it');
    assert.equal(parseLetter('22 July 2020\nMs Jo Brown\nKent County Council').addressee, null, 'no salutation');
    assert.equal(parseLetter('22 July 2020\nDear Ms Brown').addressee, null, 'no lines between');
    const nine = `22 July 2020\n${Array.from({ length: 9 }, (_, i) => `Line ${i}`).join('\n')}\nDear Ms Brown`;
    assert.equal(parseLetter(nine).addressee, null, 'more than eight lines are no addressee block');
    const eight = `22 July 2020\n${Array.from({ length: 8 }, (_, i) => `Line ${i}`).join('\n')}\nDear Ms Brown`;
    assert.deepEqual(parseLetter(eight).addressee?.authority, part(eight, 'Line 7'));
  });

  it('looks for the opening in the first 80 lines only', () => {
    const late = (n: number): string => `${'Text.\n'.repeat(n)}Dear Ms Brown`;
    assert.deepEqual(parseLetter(late(79)).salutation, part(late(79), 'Dear Ms Brown'));
    assert.equal(parseLetter(late(80)).salutation, null);
  });

  it('takes a title quoted in a longer heading as the title, and keeps the heading a section', () => {
    const text = 'Local Government and Social Care Ombudsman: Annual Review letter 2022\n\nSome words.';
    const letter = parseLetter(text);
    assert.deepEqual(letter.title, part(text, 'Local Government and Social Care Ombudsman: Annual Review letter 2022'));
    assert.equal(letter.reviewYear, 2022);
  });

  it('reads nothing of the opening after the title, and only the first salutation', () => {
    assert.equal(parseLetter('Annual Review letter 2020\n22 July 2020\nBy email').date, null, 'a date after the title');
    assert.equal(parseLetter('Annual Review letter 2020\n22 July 2020\nBy email').delivery, null);
    const two = 'Dear Sir\nDear Madam';
    assert.deepEqual(parseLetter(two).salutation, part(two, 'Dear Sir'));
  });

  it('reads dates starting 0 to 9, and keeps an impossible date line for a heading', () => {
    assert.equal(parseLetter('Ombudsman\n01 April 2020').date?.iso, '2020-04-01');
    assert.equal(parseLetter('Ombudsman\n9 April 2020').date?.iso, '2020-04-09');
    assert.deepEqual(headings('Ombudsman\n## 31 February 2020\nWords.'), ['31 February 2020'], 'no such day: not taken by the opening');
    assert.equal(parseLetter(`The Ombudsman ${'x'.repeat(106)}`).heading, null, 'a line of 120 characters');
  });

  it('reads the addressee after a delivery line on the first line, and claims only its own lines', () => {
    const text = 'By email\nMs Jo Brown\nKent County Council\nDear Ms Brown';
    assert.deepEqual(parseLetter(text).addressee?.authority, part(text, 'Kent County Council'));
    assert.deepEqual(headings('Complaint statistics\nBy email\nMs Jo Brown\nKent County Council\nDear Ms Brown'), ['Complaint statistics'], 'the line before the delivery line stays a heading');
  });
});

function headings(text: string): string[] {
  return parseLetter(text).sections.map((s) => s.heading.text);
}

