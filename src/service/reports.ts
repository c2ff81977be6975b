// A review as a report (the CLI's JSON for one file): what the folder summary shows in a row and
// exports as CSV and JSON. A letter that was not checked is a report with `error` saying why, as the
// CLI reports a file it could not check. Host-neutral: no vscode, no Node.
import { fileReport } from '../core';
import type { FileReport } from '../core';
import { formatBytes } from './fileSize';
import type { LetterReview } from './review';

/** `file` is the letter as the user knows it: its path in the workspace. */
export function reportOfReview(review: LetterReview, file: string): FileReport {
  switch (review.kind) {
    case 'checked':
      return fileReport(file, review.letter, review.findings, review.lines);
    case 'tooLarge':
      return { file, letter: null, findings: [], error: `larger than letterReview.maxFileSize (${formatBytes(review.bytes)}, the limit is ${formatBytes(review.maxBytes)})` };
    case 'binary':
      return { file, letter: null, findings: [], error: 'binary file, not a letter' };
    case 'unreadable':
      return { file, letter: null, findings: [], error: `not checked: ${review.reason}` };
    case 'failed':
      return { file, letter: null, findings: [], error: 'checking it failed (the Letter Review output has the details)' };
  }
}

/** The summary's JSON export: every report, in the order given, as the CLI's `--format json` prints them. */
export function reportsJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}
