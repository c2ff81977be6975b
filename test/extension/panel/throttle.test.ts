// The statistics panel's throttle: the first render at once, then at most one per interval, the last never lost.
import * as assert from 'node:assert/strict';
import { Throttle } from '../../../src/extension/panel/throttle';
import type { Timers } from '../../../src/extension/timers';

describe('panel throttle', () => {
  function fakeTimers() {
    let now = 0;
    const queue: { at: number; fn: () => void; id: number }[] = [];
    let next = 1;
    const timers: Timers = {
      setTimeout: (fn, ms) => {
        const id = next++;
        queue.push({ at: now + ms, fn, id });
        return id;
      },
      clearTimeout: (id) => {
        const i = queue.findIndex((q) => q.id === id);
        if (i >= 0) queue.splice(i, 1);
      },
    };
    const advance = (ms: number) => {
      const until = now + ms;
      for (;;) {
        queue.sort((a, b) => a.at - b.at);
        const due = queue[0];
        if (!due || due.at > until) break;
        queue.shift();
        now = due.at;
        due.fn();
      }
      now = until;
    };
    return { timers, advance, time: () => now };
  }

  it('runs the first trigger at once, then at most once per interval, never losing the last', () => {
    const t = fakeTimers();
    const runs: number[] = [];
    const throttle = new Throttle(() => runs.push(t.time()), 300, t.timers);
    throttle.trigger();
    assert.deepEqual(runs, [0], 'first render at once');
    for (let i = 0; i < 10; i++) {
      t.advance(50);
      throttle.trigger();
    }
    t.advance(1000);
    assert.deepEqual(runs, [0, 300, 600], 'typing for 500 ms: renders at 0, 300 and the trailing one at 600');
    throttle.trigger();
    assert.equal(runs.length, 4, 'idle again: at once');
  });

  it('now() runs immediately even while cooling, and dispose() stops everything', () => {
    const t = fakeTimers();
    let runs = 0;
    const throttle = new Throttle(() => runs++, 300, t.timers);
    throttle.trigger();
    throttle.trigger();
    throttle.now();
    assert.equal(runs, 2);
    t.advance(1000);
    assert.equal(runs, 2, 'the pending trigger was folded into now()');
    throttle.trigger();
    throttle.dispose();
    throttle.trigger();
    t.advance(1000);
    assert.equal(runs, 3);
  });
});
