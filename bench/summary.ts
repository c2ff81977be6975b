// The table of a whole folder, for 1,000 letters: checking them (parse + each letter's checks) side by
// side with what the folder summary and `--format csv` add on top: the checks over the letters read
// together (checkLetterSet, with and without a file of official figures), the reports, the CSV table
// and the summary's rows. Interleaved rounds, medians, as the rest of the bench.
import { checkLetterSet, fileReport, readOfficialFigures, reportsCsv, reviewText } from '../src/core';
import type { FileReport, LetterInSet, OfficialFigures } from '../src/core';
import { OFFICIAL_METRICS, letterFigure } from '../src/core/official/metrics';
import { councilOf } from '../src/core/figures';
import { summaryRow } from '../src/shared/summaryRows';
import { corpus } from './corpus';

const LETTERS = 1000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Official figures for every council of the set (the corpus has 40, each written to many times): the
 * figures of its first letter, one council in seven off by one.
 */
function officialFor(set: readonly LetterInSet[]): OfficialFigures {
  const lines = ['council,year,metric,value'];
  const seen = new Set<string>();
  set.forEach(({ letter }) => {
    const council = councilOf(letter)?.text;
    if (!council || seen.has(council)) return;
    seen.add(council);
    for (const metric of OFFICIAL_METRICS) {
      const value = letterFigure(letter, metric)?.value;
      if (typeof value === 'number') lines.push(`"${council}",2019-20,${metric.name},${value + (seen.size % 7 === 0 ? 1 : 0)}`);
    }
  });
  const read = readOfficialFigures(lines.join('\n'), { name: 'official.csv', file: 'official.csv' });
  if (!read.ok) throw new Error(read.message);
  return read.table;
}

export function summaryBench(rounds: number): void {
  const texts = corpus(LETTERS);
  const reviews = texts.map((t) => reviewText(t));
  const set: LetterInSet[] = reviews.map((r, i) => ({ file: `letters/${i}.txt`, letter: r.letter, text: texts[i]! }));
  const official = officialFor(set);
  let sink = 0;
  const stages: Record<string, () => void> = {
    'check each letter (parse + checks)': () => {
      for (const t of texts) sink += reviewText(t).findings.length;
    },
    'checkLetterSet (averages-disagree)': () => {
      sink += checkLetterSet(set).flat().length;
    },
    'checkLetterSet with official figures': () => {
      sink += checkLetterSet(set, { official }).flat().length;
    },
    'reports + CSV table (reportsCsv)': () => {
      const reports: FileReport[] = set.map((e, i) => fileReport(e.file, e.letter, reviews[i]!.findings, e.text!));
      sink += reportsCsv(reports).length;
    },
    'reports + summary rows (summaryRow)': () => {
      sink += set.map((e, i) => summaryRow(String(i), fileReport(e.file, e.letter, reviews[i]!.findings, e.text!))).length;
    },
  };
  const times = new Map<string, number[]>(Object.keys(stages).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(stages)) {
      const t0 = process.hrtime.bigint();
      fn();
      times.get(name)!.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const check = median(times.get('check each letter (parse + checks)')!);
  // The corpus gives a council many letters with different figures, so most disagree with the file.
  const mismatches = checkLetterSet(set, { official }).flat().length;
  console.log(`\n## The folder's table, ${LETTERS} letters (${rounds} interleaved rounds, median; ${official.figures} official figures, ${mismatches} findings with them)`);
  for (const [name, ts] of times) {
    const ms = median(ts);
    console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / check).toFixed(3).padStart(6)}× checking`);
  }
  if (sink === -1) console.log('');
}
