// Letters read together, for the checks over a set: letter 004 (Rochford) addressed to other councils,
// with other averages, or another review year.
import { parseLetter } from '../../../src/core';
import type { LetterInSet } from '../../../src/core/crossChecks';
import { rochford } from '../support/letters';

export interface Variant {
  council: string;
  /** Upheld, compliance and remedy averages, as printed (whole percentages). */
  averages?: [number, number, number];
  year?: number;
  figures?: Parameters<typeof rochford>[0];
}

export function letterText(v: Variant): string {
  const [u, c, r] = v.averages ?? [45, 99, 20];
  let text = rochford({ upheldAverage: String(u), complianceAverage: String(c), remedyAverage: String(r), ...v.figures }).replaceAll('Rochford District Council', v.council);
  if (v.year !== undefined) {
    const y = v.year;
    text = text.replace('Annual Review letter 2020', `Annual Review letter ${y}`).replaceAll('1 April 2019 to 31 March 2020', `1 April ${y - 1} to 31 March ${y}`).replace('31 March 2020', `31 March ${y}`);
  }
  return text;
}

/** The set, each letter named `<council>.txt` and carrying its text. */
export function letterSet(variants: readonly Variant[]): LetterInSet[] {
  return variants.map((v, i) => {
    const text = letterText(v);
    return { file: `letters/${i}-${v.council}.txt`, letter: parseLetter(text), text };
  });
}
