import * as assert from 'node:assert/strict';
import { RULE_CODES } from '../../src/core';
import { english } from '../../src/service/localize';
import { DEFAULT_SETTINGS, normalizePath, readSettings, WarnOnce } from '../../src/service/settings';
import type { LetterReviewSettings } from '../../src/service/settings';

const read = (raw: Partial<Record<keyof LetterReviewSettings, unknown>>) => readSettings((key) => raw[key], english);

describe('extension settings (zod)', () => {
  it('uses the defaults when nothing is set', () => {
    const { settings, problems } = read({});
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.equal(settings.maxFileSize, 5 * 1024 * 1024);
    assert.deepEqual(problems, []);
  });

  it('reads valid values as given', () => {
    const { settings, problems } = read({
      detect: 'off',
      run: 'onSave',
      rules: { 'plural-mismatch': 'off', 'statistics-missing': 'error' },
      maxFileSize: 1000,
      ignore: { 'letters/a.txt': ['period-mismatch'] },
      timeLimit: 2.5,
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      detect: 'off',
      run: 'onSave',
      rules: { 'plural-mismatch': 'off', 'statistics-missing': 'error' },
      maxFileSize: 1000,
      ignore: { 'letters/a.txt': ['period-mismatch'] },
      timeLimit: 2.5,
    });
  });

  it('takes the PDF time limit in seconds above 0 and at most an hour', () => {
    for (const bad of [0, -1, 3601, '10', null]) {
      const { settings, problems } = read({ timeLimit: bad });
      assert.equal(settings.timeLimit, DEFAULT_SETTINGS.timeLimit);
      assert.deepEqual(problems.map((p) => p.setting), bad === null ? [] : ['letterReview.timeLimit'], String(bad));
    }
    assert.equal(read({ timeLimit: 3600 }).settings.timeLimit, 3600);
  });

  it('replaces each bad value by its default and names it, leaving the good ones alone', () => {
    const { settings, problems } = read({ detect: 'sometimes', run: 'onType', maxFileSize: -5 });
    assert.equal(settings.detect, 'auto');
    assert.equal(settings.run, 'onType');
    assert.equal(settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(problems.map((p) => p.setting), ['letterReview.detect', 'letterReview.maxFileSize']);
    assert.match(problems[0]!.message, /"letterReview\.detect" is "sometimes", but it must be "auto" or "off"\. Using "auto" instead\./);
  });

  it('drops only the bad entries of letterReview.rules', () => {
    const { settings, problems } = read({ rules: { 'plural-mismatch': 'loud', 'upheld-inconsistent': 'warning', 'period-mismatch': 3 } });
    assert.deepEqual(settings.rules, { 'upheld-inconsistent': 'warning' });
    assert.deepEqual(problems.map((p) => p.setting), ['letterReview.rules.plural-mismatch', 'letterReview.rules.period-mismatch']);
    assert.match(problems[0]!.message, /must be "error", "warning", "information", "hint" or "off"/);
  });

  it('rejects rules, ignore and maxFileSize of the wrong shape', () => {
    const { settings, problems } = read({ rules: ['off'], ignore: 'a.txt', maxFileSize: '5MB' });
    assert.deepEqual(settings.rules, {});
    assert.deepEqual(settings.ignore, {});
    assert.equal(settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(problems.length, 3);
  });

  it('keeps unknown rule codes (old settings never break) and normalizes ignore paths', () => {
    const { settings, problems } = read({ rules: { 'retired-rule': 'off' }, ignore: { '.\\letters\\a.txt': ['x'], 'b.md': 'x' } });
    assert.deepEqual(settings.rules, { 'retired-rule': 'off' });
    assert.deepEqual(settings.ignore, { 'letters/a.txt': ['x'] });
    assert.deepEqual(problems.map((p) => p.setting), ['letterReview.ignore["b.md"]']);
  });

  it('accepts every rule code with every severity', () => {
    for (const code of RULE_CODES) {
      for (const s of ['error', 'warning', 'information', 'hint', 'off']) {
        assert.deepEqual(read({ rules: { [code]: s } }).problems, []);
      }
    }
  });

  it('warns once per bad value, and again for a new bad value', () => {
    const once = new WarnOnce();
    const first = read({ detect: 'sometimes' }).problems;
    assert.equal(once.fresh(first).length, 1);
    assert.equal(once.fresh(read({ detect: 'sometimes' }).problems).length, 0);
    assert.equal(once.fresh(read({ detect: 'never' }).problems).length, 1);
  });

  it('shortens a huge bad value in the message', () => {
    const { problems } = read({ detect: 'x'.repeat(10_000) });
    assert.ok(problems[0]!.message.length < 300);
  });

  it('normalizes paths to forward slashes', () => {
    assert.equal(normalizePath('a\\b\\c.txt'), 'a/b/c.txt');
    assert.equal(normalizePath('./a.txt'), 'a.txt');
  });
});
