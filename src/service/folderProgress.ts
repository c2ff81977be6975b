// The words of a folder check's progress: "312 of 1,000 letters". Counts are written with thousands
// separators and the noun agrees with the total. No vscode import: the extension passes its l10n.t.
import type { FolderProgress } from './folder';
import type { Localize } from './localize';

const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 1000 → "1,000". */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

export function progressMessage(p: FolderProgress, t: Localize): string {
  const done = formatCount(p.done);
  const total = formatCount(p.total);
  return p.total === 1 ? t('{0} of {1} letter', done, total) : t('{0} of {1} letters', done, total);
}
