// Where the statements read so far matched, so that the quoted forms (formats/quoted.ts), which also
// match the letter's own sentences, are looked for only elsewhere: a letter is read once.

/** A stretch of flat text a statement matched. */
export interface Stretch {
  start: number;
  end: number;
}

/** The stretches in order, overlapping ones joined, as [start, end] pairs. */
export function joined(stretches: Stretch[]): number[] {
  stretches.sort((a, b) => a.start - b.start);
  const pairs: number[] = [];
  for (const { start, end } of stretches) {
    const last = pairs.length - 1;
    if (last > 0 && start <= pairs[last]!) pairs[last] = Math.max(pairs[last]!, end);
    else pairs.push(start, end);
  }
  return pairs;
}

/** The keyword's places (in order) that do not lie wholly inside one of the stretches `read`. */
export function outside(places: readonly number[], length: number, read: readonly number[]): number[] {
  const kept: number[] = [];
  let i = 0;
  for (const at of places) {
    while (i < read.length && read[i + 1]! < at + length) i += 2;
    if (i >= read.length || read[i]! > at) kept.push(at);
  }
  return kept;
}
