// Linear time on hostile text: reviewing four times the text must take about four times as long.
import * as assert from 'node:assert/strict';
import { reviewText } from '../../../src/core';

/** `make(n)` builds about n characters of text; reviewing 200 KB of it must take under 10× the time of 50 KB. */
export function assertLinearTime(name: string, make: (n: number) => string): void {
  const time = (text: string): number => {
    const t0 = performance.now();
    reviewText(text);
    return performance.now() - t0;
  };
  time(make(20_000)); // warm up
  const small = Math.max(1, time(make(50_000)));
  const large = time(make(200_000));
  // Four times the text: linear is ~4×; allow for a busy machine, not for quadratic (~16×).
  assert.ok(large < small * 10 + 200, `${name}: 50 KB in ${small.toFixed(0)} ms, 200 KB in ${large.toFixed(0)} ms`);
}
