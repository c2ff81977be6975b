// Rows of the folder summary built the way the extension builds them: a letter's report (the CLI's
// JSON for one file) → summaryRow. The five real letters, letter 004 addressed to other councils with
// other figures, a hostile council name and a file that could not be checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileReport, reviewText } from '../../../src/core';
import type { FileReport } from '../../../src/core';
import { summaryRow } from '../../../src/shared/summaryRows';
import type { SummaryRow } from '../../../src/shared/summaryProtocol';
import { letterText } from '../../core/crossChecks/support';
import type { Variant } from '../../core/crossChecks/support';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
export const HOSTILE_COUNCIL = '<img src=x onerror="window.__pwned=1"> District Council';

export function reportOf(file: string, text: string): FileReport {
  const { letter, findings } = reviewText(text);
  return fileReport(file, letter, findings, text);
}

export function rowOf(file: string, text: string): SummaryRow {
  return summaryRow(`file:///ws/${file}`, reportOf(file, text));
}

export const VARIANTS: (Variant & { file: string })[] = [
  { file: 'letters/letter-10.txt', council: 'Basildon Borough Council', averages: [45, 99, 20], figures: { upheldPercent: '9', investigations: '11', upheldDecisions: '1' } },
  { file: 'letters/letter-2.txt', council: 'Castle Point Borough Council', averages: [45, 99, 21], figures: { upheldPercent: '50', investigations: '4', upheldDecisions: '2', remedyBase: '2' } },
  { file: 'letters/letter-3.txt', council: 'Maldon District Council', averages: [45, 99, 20], figures: { upheldPercent: '67', investigations: '3', upheldDecisions: '1' } },
];

/** The five samples, three variants, a hostile council and a file that was not checked. */
export function sampleRows(): SummaryRow[] {
  const samples = ['000_f12d23132a32b45e.txt', '001_19fad85fc7db6ad4.txt', '002_58b91b53c5fbc2ce.txt', '003_be1f43c79fdd0670.txt', '004_63abd8654b08d728.txt'].map((f) =>
    rowOf(`samples/${f}`, readFileSync(join(SAMPLES, f), 'utf8')),
  );
  const variants = VARIANTS.map((v) => rowOf(v.file, letterText(v)));
  const hostile = rowOf('letters/<b>hostile</b>.txt', letterText({ council: HOSTILE_COUNCIL }));
  const unchecked = summaryRow('file:///ws/letters/big.txt', { file: 'letters/big.txt', letter: null, findings: [], error: 'larger than 5 MB' });
  return [...samples, ...variants, hostile, unchecked];
}
