// --time-limit on a text letter and on --official figures: a file past it gets one line naming the
// limit, the run goes on to the next file, and the exit status is 2. A millisecond is too short for
// any letter, so the cut-off never depends on the machine's speed (and both letters here are cut off);
// the deadline itself is tested with an injected clock in test/core/timeLimit.test.ts.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from './support/run';
import { realLetter } from '../core/support/letters';

describe('letter-review --time-limit', function () {
  this.timeout(60_000);
  let work: string;
  let huge: string;
  let rochford: string;
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'letter-review-cli-time-'));
    const letter = realLetter('004');
    huge = path.join(work, 'a-huge.txt');
    writeFileSync(huge, letter.repeat(Math.ceil((4 * 1024 * 1024) / letter.length)));
    rochford = path.join(work, 'b-rochford.txt');
    writeFileSync(rochford, letter);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('gives up on each letter past the limit with one line, and goes on to the next file', async () => {
    const r = await cli('--time-limit', '0.001', huge, rochford);
    const line = (file: string) => `${file}: error: checking the letter took longer than the time limit of 0.001 seconds (--time-limit)\n`;
    assert.equal(r.err, line(huge) + line(rochford));
    assert.equal(r.out, '\nNo letters checked.\n');
    assert.equal(r.code, 2);
  });

  it('checks the same letter in full within the default limit', async () => {
    const r = await cli('--format', 'json', rochford);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.out)[0].error, undefined);
  });

  it('gives up on official figures past the limit with one line, and goes on to the letters without them', async () => {
    const csv = path.join(work, 'official.csv');
    const rows = ['council,year,metric,value'];
    for (let i = 0; i < 200_000; i++) rows.push(`Council ${i},2019-20,upheld_percent,${i % 100}`);
    writeFileSync(csv, rows.join('\n'));
    const r = await cli('--time-limit', '0.001', '--official', csv, rochford);
    const [official, letter, ...rest] = r.err.split('\n');
    assert.equal(official, `${csv}: error: reading the official figures took longer than the time limit of 0.001 seconds (--time-limit); the letters are checked without them`);
    assert.match(letter ?? '', /b-rochford\.txt: error: checking the letter took longer than the time limit/);
    assert.deepEqual(rest, ['']);
    assert.equal(r.code, 2);
  });
});
