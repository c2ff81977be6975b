// The time limit on one file's work: a deadline asked between the engine's steps and every 1,024 rows
// of the official figures. Time is passed with an injected clock, so nothing here waits or depends on
// the machine's speed.
import * as assert from 'node:assert/strict';
import { RULES, TimeLimitReached, deadlineAfter, parseLetter, reviewText, timeLimitMessage } from '../../src/core';
import type { Deadline } from '../../src/core';
import { readOfficialFigures } from '../../src/core/official/officialFigures';
import { realLetter } from './support/letters';

const ROCHFORD = realLetter('004');
const SOURCE = { name: 'official.csv', file: '/data/official.csv' };

/** A deadline that counts how often it is asked, and passes once asked `passAfter` times. */
function countingDeadline(passAfter = Infinity): Deadline & { asked: number } {
  const d = {
    limitMs: 10_000,
    asked: 0,
    check(): void {
      d.asked++;
      if (d.asked > passAfter) throw new TimeLimitReached(d.limitMs);
    },
  };
  return d;
}

function officialCsv(rows: number): string {
  const lines = ['council,year,metric,value'];
  for (let i = 0; i < rows; i++) lines.push(`Council ${i},2019-20,upheld_percent,${i % 100}`);
  return lines.join('\n');
}

describe('time limit', () => {
  it('passes when the clock passes the limit, not before', () => {
    let clock = 1000;
    const deadline = deadlineAfter(500, () => clock);
    clock = 1500;
    deadline.check();
    clock = 1501;
    assert.throws(() => deadline.check(), (e: unknown) => e instanceof TimeLimitReached && e.limitMs === 500);
  });

  it('says which limit passed, by name', () => {
    const e = new TimeLimitReached(500);
    assert.equal(e.message, 'time limit of 500 ms reached');
    assert.equal(e.name, 'TimeLimitReached');
  });

  it('reads the clock from performance.now, or from Date.now where there is no performance', () => {
    const performanceBefore = Object.getOwnPropertyDescriptor(globalThis, 'performance')!;
    const dateNow = Date.now;
    let clock = 1000;
    try {
      Object.defineProperty(globalThis, 'performance', { value: { now: () => clock }, configurable: true, writable: true });
      Date.now = () => 0;
      const fromPerformance = deadlineAfter(500);
      clock = 1501;
      assert.throws(() => fromPerformance.check(), TimeLimitReached, 'performance.now');
      Object.defineProperty(globalThis, 'performance', { value: undefined, configurable: true, writable: true });
      Date.now = () => clock;
      const fromDate = deadlineAfter(500);
      fromDate.check();
      clock = 2002;
      assert.throws(() => fromDate.check(), TimeLimitReached, 'Date.now');
    } finally {
      Object.defineProperty(globalThis, 'performance', performanceBefore);
      Date.now = dateNow;
    }
  });

  it('changes nothing in a review made in time: the same letter and findings as without it', () => {
    const deadline = countingDeadline();
    assert.deepEqual(reviewText(ROCHFORD, undefined, { deadline }), reviewText(ROCHFORD));
    // Four steps of parsing (lines, structure, flat text, statistics), then once before each rule.
    assert.equal(deadline.asked, 4 + RULES.length);
  });

  it('stops parsing at the first step past the limit', () => {
    for (let step = 0; step < 4; step++) {
      const deadline = countingDeadline(step);
      assert.throws(() => parseLetter(ROCHFORD, { deadline }), TimeLimitReached);
      assert.equal(deadline.asked, step + 1);
    }
  });

  it('stops checking before the next rule once the limit has passed', () => {
    const deadline = countingDeadline(4 + 3);
    assert.throws(() => reviewText(ROCHFORD, undefined, { deadline }), TimeLimitReached);
    assert.equal(deadline.asked, 4 + 4, 'three rules ran, the fourth did not start');
  });

  it('does not ask for rules turned off', () => {
    const deadline = countingDeadline();
    const off = Object.fromEntries(RULES.map((r) => [r.meta.code, 'off' as const]));
    reviewText(ROCHFORD, off, { deadline });
    assert.equal(deadline.asked, 4);
  });

  it('stops reading the official figures after the CSV pass, and every 1,024 rows', () => {
    const fast = countingDeadline();
    const read = readOfficialFigures(officialCsv(3000), SOURCE, fast);
    assert.ok(read.ok);
    assert.equal(read.table.figures, 3000);
    assert.equal(fast.asked, 1 + 2, 'once after the CSV pass, then after rows 1,024 and 2,048');
    assert.throws(() => readOfficialFigures(officialCsv(3000), SOURCE, countingDeadline(2)), TimeLimitReached);
    assert.ok(readOfficialFigures(officialCsv(1000), SOURCE, countingDeadline(1)).ok, '1,000 rows: asked once, in time');
  });

  it('is said in one line that names the work, the limit and where it is set', () => {
    assert.equal(timeLimitMessage('checking the letter', 10_000, 'letterReview.timeLimit'), 'checking the letter took longer than the time limit of 10 seconds (letterReview.timeLimit)');
    assert.equal(timeLimitMessage('reading the official figures', 1000, '--time-limit'), 'reading the official figures took longer than the time limit of 1 second (--time-limit)');
    assert.equal(timeLimitMessage('checking the letter', 500, '--time-limit'), 'checking the letter took longer than the time limit of 0.5 seconds (--time-limit)');
  });
});
