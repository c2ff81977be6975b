// Where the engine's time goes, stage by stage, measured side by side with the floor in one run:
// each row runs the engine up to and including one more stage, so the difference between rows is
// that stage's cost. For whoever next works on speed: the stages that cost several floors each
// are where a different design (not a faster regex) would have to start.
import { FORMATS } from '../src/core/formats';
import { splitLines } from '../src/core/text/lines';
import { flatten } from '../src/core/text/flatten';
import { readStructure } from '../src/core/parse/structure';
import { keywordOccurrences } from '../src/core/parse/scan';
import { parseLetter } from '../src/core/parseLetter';
import { reviewText } from '../src/core';

const FLOOR_PATTERN = /^\s*\d+% of complaints we investigated were upheld/;
const HEADING_RULES = FORMATS.flatMap((f) => f.headings);

export interface PhaseTiming {
  name: string;
  /** Median microseconds per letter for the engine up to this stage. */
  micros: number;
  /**
   * This stage alone: the median over rounds of (this row − the row before) in the same round, so
   * that a slow round slows both sides of each difference. The floor's row: the floor itself.
   */
  stage: number;
}

export function measurePhases(texts: readonly string[], rounds: number): PhaseTiming[] {
  let sink = 0;
  const stages: [string, (t: string) => void][] = [
    ['floor (split lines + one regex per line)', (t) => {
      for (const line of t.split(/\r\n|\r|\n/)) if (FLOOR_PATTERN.test(line)) sink++;
    }],
    ['split lines', (t) => {
      sink += splitLines(t).length;
    }],
    ['+ structure (frame, headings, footers)', (t) => {
      sink += readStructure(t, splitLines(t), HEADING_RULES).sections.length;
    }],
    ['+ flat text (dress and white space folded)', (t) => {
      const lines = splitLines(t);
      const s = readStructure(t, lines, HEADING_RULES);
      sink += flatten(t, s.footers.map((f) => f.span), lines).flat.length;
    }],
    ['+ keyword scan (lower case, one pass)', (t) => {
      const lines = splitLines(t);
      const s = readStructure(t, lines, HEADING_RULES);
      sink += keywordOccurrences(flatten(t, s.footers.map((f) => f.span), lines).flat.toLowerCase(), FORMATS).size;
    }],
    ['+ statements and blocks (parseLetter)', (t) => {
      sink += parseLetter(t).length;
    }],
    ['+ checks (reviewText)', (t) => {
      sink += reviewText(t).findings.length;
    }],
  ];
  for (const [, run] of stages) for (const t of texts.slice(0, 200)) run(t); // warm-up
  const times = stages.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    stages.forEach(([, run], i) => {
      // CPU time: other work on a shared machine disturbs it less than the clock.
      const before = process.cpuUsage();
      for (const t of texts) run(t);
      const used = process.cpuUsage(before);
      times[i]!.push((used.user + used.system) / texts.length);
    });
  }
  if (sink === -1) console.log('');
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return stages.map(([name], i) => ({
    name,
    micros: median(times[i]!),
    // Row 1 (split lines) is the engine's first stage; the floor (row 0) is not part of the engine.
    stage: i <= 1 ? median(times[i]!) : median(times[i]!.map((t, r) => t - times[i - 1]![r]!)),
  }));
}
