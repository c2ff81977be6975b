// Adversarial inputs for the engine, and a side-by-side measurement of parse + checks at 1× and
// 10× size. Linear code takes about ten times as long on ten times the text; a ratio well above
// that (say > 12) is a super-linear path: a regex that backtracks, a search rescanning the rest of
// the text for every character, a list rebuilt per line. `npm run bench` (bench/run.ts) prints it.
// Timings are not asserted in `npm test`: machines are too noisy for that.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { reviewText } from '../src/core';

export interface AdversarialInput {
  name: string;
  text: string;
}

export interface Linearity {
  name: string;
  ms1x: number;
  ms10x: number;
  ratio: number;
}

const SAMPLES = path.join(__dirname, '..', 'samples');
const ROCHFORD = '004_63abd8654b08d728.txt';

function sample(file: string): string {
  return readFileSync(path.join(SAMPLES, file), 'utf8');
}

/** `unit` repeated to `size` characters (cut at the end). */
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** `prefix` + a run of `unit` to `size`, + `suffix`: the shape that makes a backtracking regex fail late. */
function framed(prefix: string, unit: string, suffix: string, size: number): string {
  return prefix + repeat(unit, Math.max(0, size - prefix.length - suffix.length)) + suffix;
}

/**
 * Texts of about `sizeBytes` UTF-16 characters (bytes for the ASCII ones) built to hit each
 * path of the parser where a careless loop or regex would go quadratic.
 */
export function adversarialInputs(sizeBytes: number): AdversarialInput[] {
  const n = sizeBytes;
  const letter = sample(ROCHFORD);
  const letters = ['000_f12d23132a32b45e.txt', '001_19fad85fc7db6ad4.txt', '002_58b91b53c5fbc2ce.txt', '003_be1f43c79fdd0670.txt', ROCHFORD].map(sample);
  return [
    { name: 'digits', text: repeat('1234567890', n) },
    { name: 'digits with commas and points', text: repeat('1,234.5,', n) },
    { name: 'digits then % (no statement)', text: framed('', '9', '% of', n) },
    { name: '** run', text: repeat('**', n) },
    { name: '*** run (odd stars)', text: repeat('***', n) },
    { name: '<u> run', text: repeat('<u>', n) },
    { name: '<u></u> run with words', text: repeat('<u>upheld</u> ', n) },
    { name: '< run (no tag)', text: repeat('<', n) },
    { name: '<!-- never closed', text: repeat('<!-- ', n) },
    { name: '[a](# run (link never closed)', text: repeat('[a](#', n) },
    { name: '[ run (no "](")', text: repeat('[', n) },
    { name: '[a]( run (no ")")', text: repeat('[a](', n) },
    { name: 'spaces, one line', text: framed('x', ' ', 'y:', n) },
    { name: 'NBSP, one line', text: framed('x', '\u00a0', 'y', n) },
    { name: '% run', text: repeat('%', n) },
    { name: 'upheld statement × n', text: repeat('100% of complaints we investigated were upheld. ', n) },
    { name: '"based on a total of " × n (no number)', text: repeat('based on a total of ', n) },
    { name: '"compares to an average of " × n', text: repeat('This compares to an average of ', n) },
    { name: 'period "between 1 April 2019 to " × n', text: repeat('for the period between 1 April 2019 to ', n) },
    { name: '"1 upheld decision" × n', text: repeat('1 upheld decision ', n) },
    { name: 'statistics heading lines × n', text: repeat('**Complaints upheld**\n\n', n) },
    { name: 'footer lines × n', text: repeat('Rochford District Council for the period ending: 31/03/20\n', n) },
    { name: 'directives × n', text: repeat('<!-- letter-review-disable-next-line statistics-missing -->\n', n) },
    { name: 'sign-off then endless signatory', text: framed('Yours sincerely\n', 'Michael King\n', '', n) },
    { name: 'heading markers "# " × n', text: repeat('# \n', n) },
    { name: 'trailing-colon line of spaces', text: framed('**Complaint statistics', ' ', 'x**', n) },
    { name: 'quoted sentences × n (issue 11: per cent, out of, third person, other councils)', text: repeat('In neighbouring Medway Council, 21 cases were upheld of 35 detailed investigations. 60 per cent of complaints the Ombudsman investigated were upheld. In all cases the Ombudsman was satisfied the Council had implemented his recommendations. This compares with an average of 99% in similar authorities.\n\n', n) },
    { name: 'quoted sentences, one line, no full stops', text: repeat('five being upheld out of nine detailed investigations and Kent County Council and 6% (2 cases) of upheld cases the Council had provided a satisfactory remedy ', n) },
    { name: '"out of" × n (no count)', text: repeat('upheld out of ', n) },
    { name: 'periods "April 1, 2020 to " × n', text: repeat('April 1, 2020 to ', n) },
    { name: 'council name lines over "Annual statistics" × n', text: repeat('Kent County Council\nAnnual statistics\n', n) },
    { name: 'real letter 004, one giant line', text: repeat(letter.replace(/\r?\n/g, ' ') + ' ', n) },
    { name: 'real letters back to back', text: repeat(letters.join('\n\n'), n) },
    { name: 'many empty lines', text: repeat('\n', n) },
    { name: 'CR-only line ends', text: repeat('\r', n) },
    { name: 'CRLF empty lines', text: repeat('\r\n', n) },
    // Later years' forms (were timed unit tests in test/core/formats/statements.test.ts).
    { name: 'table header with no end', text: repeat('Decisions made Upheld Not upheld Advice given ', n) },
    { name: 'table titles over long label rows', text: repeat('Complaints and enquiries received ' + 'Housing Other '.repeat(100) + '\n', n) },
    { name: 'captions on lines of their own', text: repeat('80% complaints upheld by\n', n) },
    { name: 'captions with long names', text: repeat('80% Complaints upheld by ' + 'Poole '.repeat(50) + '\n', n) },
    { name: 'council headings', text: repeat('Poole Borough Council Annual statistics\n', n) },
    { name: 'glossary headings', text: repeat('Glossary\n', n) },
    { name: 'rates with no end', text: repeat('3.4 upheld decisions per ', n) },
    { name: 'overview sentences', text: repeat('we dealt with 5 complaints. Of these, 1 were not for us or not ready for us to investigate. ', n) },
    { name: 'periods with no end', text: repeat('Between 1 April 2024 to ', n) },
    // Restatements (were timed unit tests in test/core/checks/restated.test.ts).
    { name: 'contradicting quotations of one figure', text: repeat(Array.from({ length: 100 }, (_, i) => `${i}% of complaints we investigated were upheld.\n`).join(''), n) },
    {
      name: 'quotations with another council between each',
      text: repeat(Array.from({ length: 100 }, (_, i) => `${i}% of complaints we investigated were upheld.\n80% Complaints upheld by Other Council\n`).join(''), n),
    },
  ];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeReview(text: string): number {
  const t0 = process.hrtime.bigint();
  const { letter, findings } = reviewText(text);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // Keep the results observable so nothing is optimised away, and fail loudly on a broken result.
  if (letter.length !== text.length || findings.length < 0) throw new Error('reviewText returned a letter of the wrong length');
  return ms;
}

/**
 * Parse + checks of each adversarial input at `baseBytes` (1×) and ten times that, interleaved,
 * after a warm-up; the median of `runs` rounds.
 */
export function measureLinearity(baseBytes = 200_000, runs = 5): Linearity[] {
  const small = adversarialInputs(baseBytes);
  const large = adversarialInputs(baseBytes * 10);
  const out: Linearity[] = [];
  small.forEach((s, i) => {
    const l = large[i]!;
    timeReview(s.text);
    timeReview(s.text);
    timeReview(l.text);
    const t1: number[] = [];
    const t10: number[] = [];
    for (let r = 0; r < runs; r++) {
      t1.push(timeReview(s.text));
      t10.push(timeReview(l.text));
    }
    const ms1x = median(t1);
    const ms10x = median(t10);
    out.push({ name: s.name, ms1x, ms10x, ratio: ms10x / Math.max(ms1x, 1e-3) });
  });
  return out;
}

// `node --import tsx bench/adversarial.ts [baseBytes]` prints the table on its own.
if (require.main === module) {
  const base = Number(process.argv[2] ?? 200_000);
  for (const r of measureLinearity(base)) {
    const flag = r.ratio > 12 ? '  SUPER-LINEAR' : '';
    console.log(`${r.name.padEnd(44)} ${r.ms1x.toFixed(2).padStart(9)} ms ${r.ms10x.toFixed(2).padStart(10)} ms  ratio ${r.ratio.toFixed(1)}${flag}`);
  }
}
