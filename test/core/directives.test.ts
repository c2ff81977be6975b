// In-letter directives: <!-- letter-review-disable code -->, -enable, -disable-next-line.
import * as assert from 'node:assert/strict';
import { checkLetter, parseLetter, reviewText } from '../../src/core';
import type { Finding } from '../../src/core';
import { applyDirectives, readDirectives } from '../../src/core/directives';
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

  it('an ordinary HTML comment silences nothing', () => {
    assert.deepEqual(codes(insertBefore(faulty(), 'Complaints upheld\n\n\n', '<!-- a note for the editor -->\n')), ['upheld-inconsistent', 'plural-mismatch']);
  });

  it('disable-next-line with no code silences every finding on the next line', () => {
    assert.deepEqual(codes(insertBefore(faulty(), '67% of complaints', '<!-- letter-review-disable-next-line -->\n')), ['plural-mismatch']);
  });

  it('two disable-next-line comments on one line each apply, whichever names the code', () => {
    const both = '<!-- letter-review-disable-next-line upheld-inconsistent --> <!-- letter-review-disable-next-line plural-mismatch -->\n';
    assert.deepEqual(codes(insertBefore(faulty(), '67% of complaints', both)), ['plural-mismatch']);
  });

  it('an enable on the line above a finding does not silence it', () => {
    assert.deepEqual(codes(insertBefore(faulty(), '67% of complaints', '<!-- letter-review-enable upheld-inconsistent -->\n')), ['upheld-inconsistent', 'plural-mismatch']);
  });

  it('a disable-next-line neither ends nor starts a disable', () => {
    let text = insertBefore(faulty(), 'Complaints upheld\n\n\n', '<!-- letter-review-disable upheld-inconsistent -->\n');
    // Between the disable and the finding, but not on the line above it.
    text = insertBefore(text, '67% of complaints', '<!-- letter-review-disable-next-line upheld-inconsistent -->\n\n');
    assert.deepEqual(codes(text), ['plural-mismatch']);
  });

  it('a disable between two findings silences only the later', () => {
    const text = insertBefore(faulty(), 'Satisfactory remedies provided by the authority\n\n\n', '<!-- letter-review-disable -->\n');
    assert.deepEqual(codes(text), ['upheld-inconsistent']);
  });

  describe('applied to findings as a caller gives them', () => {
    const text = 'one\n<!-- letter-review-disable a -->two\nthree <!-- letter-review-enable a -->four';
    const finding = (code: string, start: number): Finding => ({ code, severity: 'warning', message: `${code} at ${start}`, span: { start, end: start + 1 }, related: [], fix: null });
    const kept = (findings: Finding[]): string[] => applyDirectives(text, findings).map((f) => f.message);
    const disable = text.indexOf('<!--');
    const two = text.indexOf('two');
    const enable = text.lastIndexOf('<!--');

    it('silences a finding that starts where a disable starts, and not one just before it', () => {
      assert.deepEqual(kept([finding('a', disable - 1), finding('a', disable)]), [`a at ${disable - 1}`]);
    });

    it('reads a disable at the very start of the text, for a finding there and one later', () => {
      const atStart = '<!-- letter-review-disable -->\nfigures';
      assert.deepEqual(applyDirectives(atStart, [finding('a', 0)]), []);
      assert.deepEqual(applyDirectives(atStart, [finding('a', atStart.indexOf('figures'))]), []);
    });

    it('gives the same findings out of order as in order', () => {
      const inOrder = [finding('a', 0), finding('a', two), finding('a', enable + 1), finding('b', two)];
      assert.deepEqual(kept(inOrder), ['a at 0', `a at ${enable + 1}`, `b at ${two}`]);
      assert.deepEqual(kept([inOrder[2]!, inOrder[1]!, inOrder[0]!, inOrder[3]!]), [`a at ${enable + 1}`, 'a at 0', `b at ${two}`]);
    });
  });

  it('are read with their kind, codes and offset; a text without one has none', () => {
    assert.deepEqual(readDirectives('<!-- letter-review-disable a b -->\n<!--letter-review-enable-->'), [
      { kind: 'disable', codes: ['a', 'b'], offset: 0 },
      { kind: 'enable', codes: null, offset: 35 },
    ]);
    assert.deepEqual(readDirectives('A letter without comments.'), []);
    assert.deepEqual(readDirectives('<!-- a note --> about letter-review-disable'), []);
  });

  it('applies only when checkLetter is given the text', () => {
    const text = insertBefore(faulty(), 'Complaints upheld\n\n\n', '<!-- letter-review-disable -->\n');
    assert.equal(checkLetter(parseLetter(text)).length, 2);
    assert.equal(checkLetter(parseLetter(text), { text }).length, 0);
  });
});
