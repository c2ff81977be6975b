// The shape of a check over letters read together (the CLI given several files, Check All Letters,
// the folder summary): metadata as every rule has, and a function over the whole set that reports a
// finding on one letter, with related information that may point into another file.
import type { Letter, Span } from '../model';
import type { RuleMeta } from '../checks/types';
import type { OfficialFigures } from '../official/officialFigures';

/** One letter of the set. */
export interface LetterInSet {
  /** How the host names its file (a path on the command line, a URI in VS Code); related locations point here. */
  file: string;
  letter: Letter;
  /** The letter's text, so its `letter-review-disable` comments are honoured; without it none are read. */
  text?: string;
}

export interface CrossFinding {
  message: string;
  /** In the letter the finding is on. */
  span: Span;
  /** `file` set: the span is in that file's text (another letter, the official figures' CSV). */
  related: { message: string; span: Span; file?: string }[];
}

export interface CrossRuleContext {
  letters: readonly LetterInSet[];
  /** The published figures to compare with, when the user named a file of them. */
  official: OfficialFigures | null;
  /** A finding on `letters[index]`. */
  report(index: number, finding: CrossFinding): void;
}

export interface CrossRule {
  meta: RuleMeta;
  check(context: CrossRuleContext): void;
}
