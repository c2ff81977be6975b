import * as assert from 'node:assert/strict';
import { reviewText } from '../../src/core';
import { disableNextLineInsertion, ignoredCodes, isMarkdownFile, withIgnored } from '../../src/service/ignoreList';
import { inconsistentUpheld } from './support/letters';

const apply = (text: string, ins: { offset: number; text: string }) => text.slice(0, ins.offset) + ins.text + text.slice(ins.offset);

describe('silencing a finding in one letter', () => {
  it('adds a code for a path without touching the list it was given', () => {
    const before = { 'a.txt': ['period-mismatch'] };
    const after = withIgnored(before, 'letters\\b.txt', 'plural-mismatch');
    assert.deepEqual(before, { 'a.txt': ['period-mismatch'] });
    assert.deepEqual(after, { 'a.txt': ['period-mismatch'], 'letters/b.txt': ['plural-mismatch'] });
    assert.deepEqual(withIgnored(after, 'a.txt', 'authority-mismatch')['a.txt'], ['authority-mismatch', 'period-mismatch']);
    assert.deepEqual(withIgnored(after, 'a.txt', 'period-mismatch')['a.txt'], ['period-mismatch'], 'no duplicates');
    assert.deepEqual(withIgnored(undefined, 'c.md', 'x'), { 'c.md': ['x'] });
    assert.deepEqual(ignoredCodes(after, 'letters/b.txt'), ['plural-mismatch']);
    assert.deepEqual(ignoredCodes(after, 'nowhere.txt'), []);
  });

  it('offers comment directives in Markdown files only: a .txt letter shows the comment, even with Markdown dress', () => {
    assert.equal(isMarkdownFile('x.letter.md'), true);
    assert.equal(isMarkdownFile('/letters/Rochford.MD'), true);
    assert.equal(isMarkdownFile('notes.markdown'), true);
    assert.equal(isMarkdownFile('x.txt'), false);
    assert.equal(isMarkdownFile('x.letter'), false);
    assert.equal(isMarkdownFile('x.letter.txt'), false);
    assert.equal(isMarkdownFile('Untitled-1'), false);
    assert.equal(isMarkdownFile('x.md.txt'), false);
  });

  it('inserts a disable-next-line directive that the engine honours, above the finding\'s line', () => {
    const text = inconsistentUpheld();
    const [finding] = reviewText(text).findings;
    assert.ok(finding);
    const ins = disableNextLineInsertion(text, finding.span.start, finding.code);
    assert.equal(ins.text, '<!-- letter-review-disable-next-line upheld-inconsistent -->\n');
    assert.equal(text[ins.offset - 1], '\n', 'at the start of a line');
    const silenced = apply(text, ins);
    assert.deepEqual(reviewText(silenced).findings, []);
    // Only that code is silenced: another finding on the same line still shows.
    const other = apply(text, disableNextLineInsertion(text, finding.span.start, 'plural-mismatch'));
    assert.deepEqual(reviewText(other).findings.map((f) => f.code), ['upheld-inconsistent']);
  });

  it('keeps the letter\'s CRLF line ends and the line\'s indentation', () => {
    const text = 'a\r\n  b';
    assert.deepEqual(disableNextLineInsertion(text, 5, 'x'), { offset: 3, text: '  <!-- letter-review-disable-next-line x -->\r\n' });
    assert.deepEqual(disableNextLineInsertion('\nabc', 0, 'x'), { offset: 0, text: '<!-- letter-review-disable-next-line x -->\n' });
  });
});
