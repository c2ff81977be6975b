// The letter's body (parse/structure.ts): section headings by the formats' rules, Markdown or bold
// dress; the sign-off and signatory; statistics page footers; each section's span. Exact spans.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../../src/core';
import { part } from '../support/spans';


const headingsOf = (text: string): string[] => parseLetter(text).sections.map((s) => s.heading.text);

describe('parse: the body of a letter', () => {
  it('reads section headings by rule, plain, dressed, indented or with a colon, and gives each its level', () => {
    const text = 'Complaint statistics\nWords.\n\n  Complaints upheld:  \nWords.\n\n## Resources to help you get it right\nWords.\n\n**Anything Bold**\nWords.\n\n### A Markdown heading\n';
    const letter = parseLetter(text);
    assert.deepEqual(letter.sections.map((s) => [s.heading, s.level]), [
      [part(text, 'Complaint statistics'), 1],
      [part(text, 'Complaints upheld'), 2],
      [part(text, 'Resources to help you get it right'), 1],
      [part(text, 'Anything Bold'), 1],
      [part(text, 'A Markdown heading'), 3],
    ]);
  });

  it('reads a bold heading with its colon after the bold', () => {
    const text = 'Words.\n\n**Complaints upheld**:\n80% of complaints we investigated were upheld.';
    assert.deepEqual(parseLetter(text).sections.map((s) => [s.heading, s.level]), [[part(text, 'Complaints upheld'), 2]]);
  });

  it('takes no bold figure, bold sentence, long bold line or line over 100 characters for a heading', () => {
    assert.deepEqual(headingsOf('**45%**\n\n**This is a sentence.**\n\n**Ends with a comma,**\n\n**one two three four five six seven eight nine ten eleven**\n'), []);
    assert.deepEqual(headingsOf('**one two three four five six seven eight nine ten**\n'), ['one two three four five six seven eight nine ten'], 'ten words');
    assert.deepEqual(headingsOf(`## ${'a'.repeat(101)}\n`), [], 'a Markdown heading of 101 characters');
    assert.deepEqual(headingsOf(`## ${'a'.repeat(100)}\n`), ['a'.repeat(100)]);
    assert.deepEqual(headingsOf(`Complaints upheld ${'x'.repeat(90)}\n`), [], 'a plain line of over 100 characters');
    assert.deepEqual(headingsOf(`**Complaints upheld** ${'x'.repeat(180)}\n`), [], 'a line of over 200 characters is passed over');
  });

  it('runs each section from its heading to the next, without the blank lines before it', () => {
    const text = 'Complaint statistics\nWords here.\n\n\nComplaints upheld\nMore words.\n\n';
    const [first, second] = parseLetter(text).sections;
    assert.deepEqual(first!.span, { start: 0, end: text.indexOf('here.') + 5 });
    assert.deepEqual(second!.span, { start: text.indexOf('Complaints upheld'), end: text.indexOf('words.') + 6 });
    const alone = '  Complaint statistics  ';
    assert.deepEqual(parseLetter(alone).sections[0]!.span, { start: 2, end: alone.length }, 'a heading alone: to its line end');
  });

  it('reads the sign-off and the signatory lines after it, up to a blank line', () => {
    const text = 'Words.\n\nYours sincerely,\n\nMichael King\nLocal Government and Social Care Ombudsman\nChair, Commission for Local Administration in England\n\nComplaint statistics\n';
    const letter = parseLetter(text);
    assert.deepEqual(letter.signOff, part(text, 'Yours sincerely,'));
    assert.deepEqual(letter.signatory, {
      text: 'Michael King\nLocal Government and Social Care Ombudsman\nChair, Commission for Local Administration in England',
      span: { start: text.indexOf('Michael'), end: text.indexOf('England') + 7 },
    });
    assert.deepEqual(headingsOf(text), ['Complaint statistics'], 'a heading after the signatory');
    for (const signOff of ['Yours faithfully', 'Kind regards', 'BEST WISHES.']) {
      const t = `Words.\n${signOff}\nA Person`;
      assert.deepEqual(parseLetter(t).signOff, part(t, signOff), signOff);
      assert.deepEqual(parseLetter(t).signatory, part(t, 'A Person'), signOff);
    }
    assert.equal(parseLetter('Yours sincerely for now').signOff, null, 'not the whole line');
    const first = 'Yours sincerely\nA\n\nKind regards\nB';
    assert.deepEqual(parseLetter(first).signOff, part(first, 'Yours sincerely'), 'the first sign-off');
    assert.deepEqual(parseLetter(first).signatory, part(first, 'A'));
  });

  it('reads statistics page footers anywhere: the council and the period end', () => {
    const text = 'Words.\n  Bassetlaw District Council For the period ending: 31/03/20  \nMore.\n**Rochford District Council** for the period ending 31/03/2020\n';
    const [a, b] = parseLetter(text).footers;
    assert.deepEqual(a, {
      authority: part(text, 'Bassetlaw District Council'),
      periodEnd: { source: 'footer', start: null, end: '2020-03-31', text: 'For the period ending: 31/03/20', span: { start: text.indexOf('For the'), end: text.indexOf('31/03/20  ') + 8 } },
      span: { start: text.indexOf('Bassetlaw'), end: text.indexOf('31/03/20  ') + 8 },
    });
    assert.deepEqual(b!.authority, part(text, 'Rochford District Council'), 'its bold dress left out');
    assert.equal(b!.periodEnd.end, '2020-03-31');
    assert.equal(b!.periodEnd.text, 'for the period ending 31/03/2020');
    assert.deepEqual(parseLetter('Bassetlaw District Council For the period ending: 31/02/20').footers, [], 'no such day');
    assert.deepEqual(parseLetter('AB For the period ending: 31/03/20').footers, [], 'a name of at least three characters');
    assert.deepEqual(parseLetter('ABC For the period ending: 1/3/20').footers.map((f) => f.periodEnd.end), ['2020-03-01'], 'the shortest footer');
  });

  it('leaves the addressee block to the opening, even a line of it that looks like a heading', () => {
    assert.deepEqual(headingsOf('22 July 2020\n**Ms Jo Brown**\nKent County Council\nDear Ms Brown\n\nComplaint statistics\n'), ['Complaint statistics']);
  });

  it('reads a heading rule only on lines of at most 100 characters, and no empty Markdown heading', () => {
    const rule = (n: number): string => `${'A'.repeat(n)} annual statistics 2023-24`;
    assert.equal(rule(74).length, 100);
    assert.deepEqual(headingsOf(`${rule(74)}\n`), [rule(74)]);
    assert.deepEqual(headingsOf(`${rule(84)}\n`), [], '110 characters');
    assert.deepEqual(headingsOf('Words.\n# :\nMore.'), [], 'nothing left once undressed');
    assert.deepEqual(headingsOf('**Resources, and help**\n'), ['Resources, and help'], 'a comma inside a bold heading');
  });

  it('reads lines of up to 200 characters, trimmed, and passes over longer ones', () => {
    const footer = (length: number): string => {
      const tail = ' For the period ending: 31/03/20';
      return `${'K'.repeat(length - tail.length - 8)} Council${tail}`;
    };
    assert.equal(footer(200).length, 200);
    assert.deepEqual(parseLetter(footer(200)).footers.map((f) => f.periodEnd.end), ['2020-03-31']);
    assert.deepEqual(parseLetter(`   ${footer(200)}  `).footers.map((f) => f.periodEnd.end), ['2020-03-31'], 'white space around it aside');
    assert.deepEqual(parseLetter(footer(201)).footers, []);
    for (const padded of [` ${footer(200)}`, `${footer(200)} `]) assert.equal(parseLetter(padded).footers.length, 1, 'white space at one end');
    assert.deepEqual(parseLetter(`   ${footer(201)}   `).footers, [], 'over 200 characters once trimmed');
    const bold = 'Words.\n**Kent County Council ** For the period ending: 31/03/20';
    assert.deepEqual(parseLetter(bold).footers[0]?.authority, part(bold, 'Kent County Council'), "the name without its dress and the space inside it");
  });
});


