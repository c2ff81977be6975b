import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLetter } from '../../src/core';
import { factAt, figureFacts } from '../../src/service/figureFacts';
import { english } from '../../src/service/localize';
import { inconsistentUpheld, letter, WITH_STATISTICS, WITHOUT_STATISTICS } from './support/letters';

const hoverAt = (text: string, needle: string, delta = 0) => {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return factAt(figureFacts(parseLetter(text), english), offset + delta);
};

describe('hover facts for figures', () => {
  const text = letter(WITH_STATISTICS);

  it('explains the upheld percentage with its arithmetic and the similar-authorities average', () => {
    const found = hoverAt(text, '100% of complaints', 1);
    assert.ok(found);
    assert.equal(found.fact.title, 'Complaints upheld: 100%');
    assert.deepEqual(found.fact.lines, ['Upheld: 1 of 1 detailed investigation = 100%; similar authorities 45%']);
    assert.equal(text.slice(found.span.start, found.span.end), '100');
  });

  it('explains the counts, also when hovering the noun they count', () => {
    const onCount = hoverAt(text, '1\nupheld decision');
    assert.equal(onCount?.fact.title, 'Upheld decisions: 1');
    const onNoun = hoverAt(text, 'upheld decision\n', 3);
    assert.deepEqual(onNoun?.fact, onCount?.fact);
    assert.equal(hoverAt(text, '1 detailed investigation for')?.fact.title, 'Detailed investigations: 1');
  });

  it('explains the remedy percentage against the upheld decisions, and compliance in cases', () => {
    assert.deepEqual(hoverAt(text, '**0%**', 2)?.fact.lines, ['Satisfactory remedy: 0 of 1 upheld decision = 0%; similar authorities 20%']);
    assert.deepEqual(hoverAt(text, '**100%** of cases', 2)?.fact.lines, ['Compliance: 100% of 1 compliance outcome = 1 case complied with; similar authorities 99%']);
    assert.equal(hoverAt(text, '**20%**', 2)?.fact.title, "Similar authorities' average for satisfactory remedies: 20%");
  });

  it('says what the letter prints when the arithmetic disagrees', () => {
    const bad = inconsistentUpheld();
    assert.deepEqual(hoverAt(bad, '67% of complaints', 1)?.fact.lines, ['Upheld: 1 of 1 detailed investigation = 100% (the letter says 67%); similar authorities 45%']);
  });

  it('shows nothing away from figures, and nothing in letters without statistics', () => {
    assert.equal(hoverAt(text, 'Dear Mr Scrutton'), undefined);
    assert.deepEqual(figureFacts(parseLetter(letter(WITHOUT_STATISTICS[0]!)), english), []);
  });
});

describe('hover facts for other forms of statistics', () => {
  const format = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'formats', name), 'utf8');

  it('adds up a pre-2019-20 table and works out its uphold rate', () => {
    const text = format('2018-19-letter-tables.txt');
    const rate = hoverAt(text, '63%');
    assert.equal(rate?.fact.title, 'Decisions made — Uphold rate (%): 63%');
    assert.deepEqual(rate?.fact.lines, ['Total: 5 + 3 + 1 + 14 + 2 + 21 = 46', 'Uphold rate: 5 upheld of 8 detailed investigations = 62.5%']);
    assert.deepEqual(hoverAt(text, '48\n')?.fact.lines, ['Total: 6 + 4 + 3 + 2 + 7 + 5 + 9 + 11 + 1 = 48']);
  });

  it('adds up the 2024-25 overview, and leaves out a missing noun cleanly', () => {
    const text = format('2024-25-letter.txt');
    const facts = figureFacts(parseLetter(text), english);
    const dealt = facts.find((f) => f.title === 'Complaints dealt with: 59');
    assert.deepEqual(dealt?.lines, ['18 not for us or not ready + 26 assessed and closed + 15 investigated = 59']);
    for (const f of facts) for (const line of f.lines) assert.doesNotMatch(line, / {2}/, line);
  });
});
