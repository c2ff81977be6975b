// The sha256 of the CLI JSON of 30,000 generated letters, against corpus-digest.json. Too slow for the
// unit step (about 25 s here), so `npm test` runs it as a step of its own (`npm run golden:digest`).
// corpus.jsonl keeps the first letters' output in full; this catches a change anywhere in the rest.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIGEST_FILE, corpusDigest } from './golden';
import type { Digest } from './golden';

const UPDATE = 'if the change is intended, run `npm run golden:update` and review `git diff test/golden`';

describe('golden digest of a large generated corpus (corpus-digest.json)', function () {
  this.timeout(300_000);

  it('gives the same inputs and outputs as when the golden was written', () => {
    const kept = JSON.parse(readFileSync(DIGEST_FILE, 'utf8')) as Digest;
    const now = corpusDigest(kept.count, kept.seed, kept.chunk);
    assert.equal(now.inputs, kept.inputs, `the ${kept.count} generated inputs changed (a generator or a sample changed, not necessarily the engine); ${UPDATE}`);
    if (now.outputs !== kept.outputs) {
      const chunks = now.chunks.flatMap((c, i) => (c === kept.chunks[i] ? [] : [`${i * kept.chunk}–${Math.min(kept.count, (i + 1) * kept.chunk) - 1}`]));
      assert.fail(`the output for ${kept.count} generated letters changed, in letters ${chunks.join(', ')} (corpus.jsonl shows the first letters in full); ${UPDATE}`);
    }
  });
});
