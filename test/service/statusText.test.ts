import * as assert from 'node:assert/strict';
import { parseLetter, reviewText, summarizeLetter } from '../../src/core';
import { countBySeverity } from '../../src/service/diagnosticData';
import { english } from '../../src/service/localize';
import { escapeMarkdown, statusText } from '../../src/service/statusText';
import { inconsistentUpheld, letter, WITH_STATISTICS, WITHOUT_STATISTICS } from './support/letters';

const stateOf = (text: string) => {
  const { letter: l, findings } = reviewText(text);
  return { kind: 'checked' as const, summary: summarizeLetter(l), counts: countBySeverity(findings) };
};

describe('status bar text', () => {
  it('shows 004\'s three headline figures and no findings', () => {
    const s = statusText(stateOf(letter(WITH_STATISTICS)), english, 'statistics');
    assert.equal(s.text, 'Upheld 100% · Compliance 100% · Remedy 0% $(check) no findings');
    assert.match(s.tooltip, /\*\*Rochford District Council\*\* — 2020/);
    assert.match(s.tooltip, /Complaints upheld: 100% \(similar authorities 45%\); 1 of 1/);
    assert.match(s.tooltip, /Click to open the statistics panel\./);
    assert.equal(s.attention, false);
  });

  it('counts findings, with the icon of the worst', () => {
    assert.equal(statusText(stateOf(inconsistentUpheld()), english, 'problems').text, 'Upheld 67% · Compliance 100% · Remedy 0% $(error) 1 finding');
    const s = statusText(stateOf(letter(WITHOUT_STATISTICS[0]!)), english, 'problems');
    assert.equal(s.text, 'No statistics $(warning) 1 finding');
    assert.match(s.tooltip, /Click to open the Problems view\./);
  });

  it('writes dates as "1 April 2019" and counts in words, singular for one', () => {
    const s = statusText(stateOf(letter(WITH_STATISTICS)), english, 'statistics');
    assert.match(s.tooltip, /Period: 1 April 2019 to 31 March 2020/);
    assert.match(s.tooltip, /Compliance with recommendations: 100% \(similar authorities 99%\); 1 compliance outcome\n/);
    assert.match(s.tooltip, /Findings: 0 errors, 0 warnings, 0 information, 0 hints/);
    const bad = statusText(stateOf(inconsistentUpheld()), english, 'statistics');
    assert.match(bad.tooltip, /Findings: 1 error, 0 warnings, 0 information, 0 hints/);
    assert.doesNotMatch(s.tooltip + bad.tooltip, /\(s\)|\d %|\d{4}-\d{2}-\d{2}/);
  });

  it('says when a slow letter is checked on save only', () => {
    const s = statusText({ ...stateOf(letter(WITH_STATISTICS)), checkMs: 1200 }, english, 'problems');
    assert.match(s.tooltip, /takes 1200 ms, so it is checked when saved, not while you type/);
    assert.doesNotMatch(statusText(stateOf(letter(WITH_STATISTICS)), english, 'problems').tooltip, /checked when saved/);
  });

  it('says a file too large was not checked, with its size and the limit', () => {
    const s = statusText({ kind: 'tooLarge', bytes: 6 * 1024 * 1024 + 100_000, maxBytes: 5 * 1024 * 1024 }, english, 'problems');
    assert.equal(s.text, '$(circle-slash) Letter not checked: 6.1 MB');
    assert.match(s.tooltip, /\(6\.1 MB\) is larger than `letterReview\.maxFileSize` \(5 MB\)/);
    assert.equal(s.attention, true);
  });

  it('keeps a hostile council name from acting as Markdown or HTML', () => {
    const hostile = letter(WITH_STATISTICS).replace('Rochford District Council', '<img src=x onerror=alert(1)> [Council](command:evil)');
    const s = statusText({ kind: 'checked', summary: summarizeLetter(parseLetter(hostile)), counts: countBySeverity([]) }, english, 'problems');
    assert.ok(!/(?<!\\)<img/.test(s.tooltip), s.tooltip);
    assert.ok(!/(?<!\\)\]\(command:/.test(s.tooltip), s.tooltip);
    assert.match(s.tooltip, /\\<img src=x/);
    assert.equal(escapeMarkdown('a*b_[c](d)<e>'), 'a\\*b\\_\\[c\\]\\(d\\)\\<e\\>');
  });
});
