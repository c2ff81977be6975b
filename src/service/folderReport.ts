// The sentence Check All Letters ends with: "Letter Review: 6 letters among 7 files; 5 findings
// (1 error, 4 warnings)." Counts in words, singular for one. No vscode import.
import type { Severity } from '../core';
import { plural } from './localize';
import type { Localize } from './localize';

export interface FolderCounts {
  files: number;
  done: number;
  letters: number;
  cancelled: boolean;
  capped: boolean;
  maxFiles: number;
  findings: Record<Severity, number>;
}

export function folderReport(r: FolderCounts, t: Localize): string {
  const letters = plural(t, r.letters, '{0} letter', '{0} letters');
  const files = plural(t, r.files, '{0} file', '{0} files');
  const c = r.findings;
  const total = c.error + c.warning + c.information + c.hint;
  const found = total === 0
    ? t('no findings')
    : t('{0} ({1}, {2})', plural(t, total, '{0} finding', '{0} findings'), plural(t, c.error, '{0} error', '{0} errors'), plural(t, c.warning, '{0} warning', '{0} warnings'));
  const summary = r.cancelled
    ? t('Letter Review: check cancelled after {0} of {1}; {2} so far.', r.done, files, letters)
    : t('Letter Review: {0} among {1}; {2}.', letters, files, found);
  return r.capped ? `${summary} ${t('Only the first {0} files were read.', r.maxFiles)}` : summary;
}
