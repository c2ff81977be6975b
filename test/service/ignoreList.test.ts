import * as assert from 'node:assert/strict';
import { reviewText } from '../../src/core';
import { disableNextLineInsertion, ignoredCodes, isMarkdownDressed, withIgnored } from '../../src/service/ignoreList';
import { inconsistentUpheld, letter, WITHOUT_STATISTICS } from './support/letters';

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

  it('recognises Markdown-dressed letters: .md files, ## headings, **bold**', () => {
    assert.equal(isMarkdownDressed('x.letter.md', 'plain'), true);
    assert.equal(isMarkdownDressed('x.txt', '## Complaint statistics\n'), true);
    assert.equal(isMarkdownDressed('x.txt', 'an average of **45%** in similar'), true);
    assert.equal(isMarkdownDressed('x.txt', letter(WITHOUT_STATISTICS[0]!)), false);
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
