import * as assert from 'node:assert/strict';
import { DocumentScheduler } from '../../src/extension/scheduler';
import type { Timers } from '../../src/extension/timers';

/** Timers driven by hand: `advance(ms)` runs what falls due. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, p] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (p.at <= now) {
        pending.delete(id);
        p.run();
      }
    }
  };
  return { timers, advance, pendingCount: () => pending.size };
}

describe('per-document check scheduling', () => {
  it('runs the first check at once and later ones after 150 ms of quiet', () => {
    const { timers, advance } = fakeTimers();
    const s = new DocumentScheduler(150, timers);
    const runs: string[] = [];
    s.schedule('a', () => runs.push('a1'));
    assert.deepEqual(runs, ['a1']);
    s.schedule('a', () => runs.push('a2'));
    advance(100);
    assert.deepEqual(runs, ['a1']);
    advance(50);
    assert.deepEqual(runs, ['a1', 'a2']);
  });

  it('drops stale work: only the last of a burst of edits runs', () => {
    const { timers, advance, pendingCount } = fakeTimers();
    const s = new DocumentScheduler(150, timers);
    const runs: number[] = [];
    s.schedule('a', () => runs.push(0));
    for (let i = 1; i <= 10; i++) {
      s.schedule('a', () => runs.push(i));
      advance(100);
    }
    assert.deepEqual(runs, [0]);
    assert.equal(pendingCount(), 1);
    advance(150);
    assert.deepEqual(runs, [0, 10]);
  });

  it('keeps documents apart', () => {
    const { timers, advance } = fakeTimers();
    const s = new DocumentScheduler(150, timers);
    const runs: string[] = [];
    s.schedule('a', () => runs.push('a1'));
    s.schedule('b', () => runs.push('b1'));
    s.schedule('a', () => runs.push('a2'));
    s.schedule('b', () => runs.push('b2'));
    advance(150);
    assert.deepEqual(runs.sort(), ['a1', 'a2', 'b1', 'b2']);
  });

  it('runNow replaces pending work; forget makes the next check immediate again', () => {
    const { timers, advance } = fakeTimers();
    const s = new DocumentScheduler(150, timers);
    const runs: string[] = [];
    s.schedule('a', () => runs.push('open'));
    s.schedule('a', () => runs.push('typed'));
    assert.equal(s.isPending('a'), true);
    s.runNow('a', () => runs.push('saved'));
    assert.equal(s.isPending('a'), false);
    advance(1000);
    assert.deepEqual(runs, ['open', 'saved']);
    s.schedule('a', () => runs.push('typed again'));
    s.forget('a');
    advance(1000);
    assert.deepEqual(runs, ['open', 'saved'], 'closing drops pending work');
    s.schedule('a', () => runs.push('reopened'));
    assert.deepEqual(runs, ['open', 'saved', 'reopened']);
  });

  it('dispose clears every pending timer', () => {
    const { timers, advance, pendingCount } = fakeTimers();
    const s = new DocumentScheduler(150, timers);
    let ran = 0;
    for (const k of ['a', 'b', 'c']) {
      s.schedule(k, () => ran++);
      s.schedule(k, () => ran++);
    }
    assert.equal(pendingCount(), 3);
    s.dispose();
    assert.equal(pendingCount(), 0);
    advance(1000);
    assert.equal(ran, 3);
  });
});
