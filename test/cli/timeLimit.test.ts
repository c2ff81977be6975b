// --time-limit on a text letter and on --official figures: a file past it gets one line naming the
// limit, the run goes on to the next file, and the exit status is 2. Where a test needs every file cut
// off, the CLI reads the limit on a clock of the test's own that moves 1 ms each time it is read, so
// nothing depends on how fast the machine is; on the machine's clock only inputs far too large for the
// limit are cut off (4 MB of letters or 200,000 CSV rows against a millisecond). The deadline itself
// is tested in test/core/timeLimit.test.ts.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli, cliOnClock } from './support/run';
import { realLetter } from '../core/support/letters';

/** A clock that moves on 1 ms each time it is read. */
function tickingClock(): () => number {
  let now = 0;
  return () => ++now;
}

describe('letter-review --time-limit', function () {
  this.timeout(60_000);
  let work: string;
  let huge: string;
  let rochford: string;
  let official: string;
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'letter-review-cli-time-'));
    const letter = realLetter('004');
    huge = path.join(work, 'a-huge.txt');
    writeFileSync(huge, letter.repeat(Math.ceil((4 * 1024 * 1024) / letter.length)));
    rochford = path.join(work, 'b-rochford.txt');
    writeFileSync(rochford, letter);
    official = path.join(work, 'official.csv');
    const rows = ['council,year,metric,value'];
    for (let i = 0; i < 200_000; i++) rows.push(`Council ${i},2019-20,upheld_percent,${i % 100}`);
    writeFileSync(official, rows.join('\n'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  const cutOff = (file: string, what: string) => `${file}: error: ${what} took longer than the time limit of 0.001 seconds (--time-limit)`;

  it('gives up on 4 MB of letter text within a millisecond, on the machine\'s clock, in one line', async () => {
    const r = await cli('--time-limit', '0.001', huge);
    assert.equal(r.err, `${cutOff(huge, 'checking the letter')}\n`);
    assert.equal(r.out, '\nNo letters checked.\n');
    assert.equal(r.code, 2);
  });

  it('gives up on each letter past the limit with one line, and goes on to the next file', async () => {
    const r = await cliOnClock(tickingClock(), '--time-limit', '0.001', huge, rochford);
    assert.equal(r.err, `${cutOff(huge, 'checking the letter')}\n${cutOff(rochford, 'checking the letter')}\n`);
    assert.equal(r.out, '\nNo letters checked.\n');
    assert.equal(r.code, 2);
  });

  it('checks the same letter in full within the default limit', async () => {
    const r = await cliOnClock(tickingClock(), '--format', 'json', rochford);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.out)[0].error, undefined);
  });

  it('gives up on 200,000 rows of official figures within a millisecond, on the machine\'s clock', async () => {
    const r = await cli('--time-limit', '0.001', '--official', official, rochford);
    assert.equal(r.err.split('\n')[0], `${cutOff(official, 'reading the official figures')}; the letters are checked without them`);
    assert.equal(r.code, 2);
  });

  it('gives up on official figures past the limit with one line, and goes on to the letters without them', async () => {
    const r = await cliOnClock(tickingClock(), '--time-limit', '0.001', '--official', official, rochford);
    assert.equal(r.err, `${cutOff(official, 'reading the official figures')}; the letters are checked without them\n${cutOff(rochford, 'checking the letter')}\n`);
    assert.equal(r.code, 2);
  });
});
