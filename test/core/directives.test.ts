// In-letter directives: <!-- letter-review-disable code -->, -enable, -disable-next-line.
import * as assert from 'node:assert/strict';
import { checkLetter, parseLetter, reviewText } from '../../src/core';
import { rochford } from './support/letters';

// 67% of 1 in 3 (upheld-inconsistent) and "0 satisfactory remedy decision" (plural-mismatch).
const faulty = (): string => rochford({ upheldPercent: '67', upheldDecisions: '1', investigations: '3' }, { remedyDecisions: 'satisfactory remedy decision' });
const codes = (text: string): string[] => reviewText(text).findings.map((f) => f.code);
const insertBefore = (text: string, needle: string, insert: string): string => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0);
  return text.slice(0, i) + insert + text.slice(i);
};

describe('directives in the letter', () => {
  it('without directives, both findings stand', () => assert.deepEqual(codes(faulty()), ['upheld-inconsistent', 'plural-mismatch']));

  it('disable CODE silences that code from there on', () => {
    const text = insertBefore(faulty(), 'Complaints upheld\n\n\n', '<!-- letter-review-disable upheld-inconsistent -->\n');
    assert.deepEqual(codes(text), ['plural-mismatch']);
  });

  it('disable with several codes silences each', () => {
    const text = insertBefore(faulty(), 'Complaints upheld\n\n\n', '<!-- letter-review-disable upheld-inconsistent plural-mismatch -->\n');
    assert.deepEqual(codes(text), []);
  });

  it('disable with no code silences every code', () => {
    assert.deepEqual(codes(insertBefore(faulty(), 'Complaints upheld\n\n\n', '<!-- letter-review-disable -->\n')), []);
  });

  it('does not reach back: a disable after the finding leaves it', () => {
    assert.deepEqual(codes(`${faulty()}\n<!-- letter-review-disable -->\n`), ['upheld-inconsistent', 'plural-mismatch']);
  });

  it('disable for another code silences nothing else', () => {
    const text = insertBefore(faulty(), 'Complaints upheld\n\n\n', '<!-- letter-review-disable plural-mismatch -->\n');
    assert.deepEqual(codes(text), ['upheld-inconsistent']);
  });

  it('enable ends a disable', () => {
    let text = insertBefore(faulty(), 'Complaints upheld\n\n\n', '<!-- letter-review-disable -->\n');
    text = insertBefore(text, 'Satisfactory remedies provided by the authority\n\n\n', '<!-- letter-review-enable plural-mismatch -->\n');
    assert.deepEqual(codes(text), ['plural-mismatch']);
  });

  it('disable-next-line silences findings that start on the next line only', () => {
    const next = insertBefore(faulty(), '67% of complaints', '<!-- letter-review-disable-next-line upheld-inconsistent -->\n');
    assert.deepEqual(codes(next), ['plural-mismatch']);
    const tooFar = insertBefore(faulty(), '67% of complaints', '<!-- letter-review-disable-next-line upheld-inconsistent -->\n\n');
    assert.deepEqual(codes(tooFar), ['upheld-inconsistent', 'plural-mismatch']);
    const otherCode = insertBefore(faulty(), '67% of complaints', '<!-- letter-review-disable-next-line plural-mismatch -->\n');
    assert.deepEqual(codes(otherCode), ['upheld-inconsistent', 'plural-mismatch']);
  });

  it('works with CRLF and CR-only line ends', () => {
    const next = insertBefore(faulty(), '67% of complaints', '<!-- letter-review-disable-next-line upheld-inconsistent -->\n');
    assert.deepEqual(codes(next.replace(/\n/g, '\r\n')), ['plural-mismatch']);
    assert.deepEqual(codes(next.replace(/\n/g, '\r')), ['plural-mismatch']);
  });

  it('a directive does not change the figures read around it', () => {
    const text = insertBefore(faulty(), '67% of complaints', '<!-- letter-review-disable -->\n');
    assert.equal(reviewText(text).letter.statistics.upheld?.percent?.value, 67);
  });

  it('applies only when checkLetter is given the text', () => {
    const text = insertBefore(faulty(), 'Complaints upheld\n\n\n', '<!-- letter-review-disable -->\n');
    assert.equal(checkLetter(parseLetter(text)).length, 2);
    assert.equal(checkLetter(parseLetter(text), { text }).length, 0);
  });
});
