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

/** A file of a cross rule's docs example: a letter, or the official figures' CSV. */
export interface ExampleFile {
  name: string;
  text: string;
}

/**
 * A cross rule's examples in docs/rules.md, exported beside the rule as `examples`. Tests run them
 * through checkLetterSet: the failing set must raise the rule on the letter named `flagged`, the
 * passing set (the failing one with `passes`' files in place of those of the same name) nowhere.
 */
export interface CrossRuleExamples {
  fails: {
    why: string;
    letters: readonly ExampleFile[];
    official?: ExampleFile;
    /** The letter the finding is on. */
    flagged: string;
  };
  passes: {
    why: string;
    letters?: readonly ExampleFile[];
    official?: ExampleFile;
  };
}
