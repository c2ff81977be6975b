// Issue 14's targets, measured by one `npm run bench` and printed together at its end, each beside
// what it asks: the sections above give the details, this says which are met.
export interface Target {
  what: string;
  measured: string;
  goal: string;
  met: boolean;
}

const targets: Target[] = [];

/** Records one measured target (`value` against `limit`, `atMost` or at least). */
export function target(what: string, value: number, unit: string, atMost: boolean, limit: number): void {
  const digits = unit === 'ms' ? 0 : 2;
  targets.push({
    what,
    measured: `${value.toFixed(digits)}${unit}`,
    goal: `${atMost ? '≤' : '≥'} ${limit}${unit}`,
    met: atMost ? value <= limit : value >= limit,
  });
}

export function printTargets(): void {
  if (targets.length === 0) return;
  console.log('\n## Issue 14 and issue 11 targets, from this run');
  for (const t of targets) console.log(`${t.what.padEnd(62)} ${t.measured.padStart(9)}  goal ${t.goal.padEnd(9)} ${t.met ? 'met' : 'MISSED'}`);
}
