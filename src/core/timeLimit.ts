// A time limit on one file's work. The engine and the CSV reader are linear in the size of their
// text (bench/adversarial.ts measures it), so only a huge text takes long; yet a user may raise the
// size limit, and a file read in bulk must never hold the rest of a folder for minutes. The deadline
// is asked between steps, each one pass over the text: past it, the work stops with TimeLimitReached,
// which each host reports as "not checked" with the limit's name.

/** Thrown by Deadline.check once the limit has passed; never escapes a host. */
export class TimeLimitReached extends Error {
  constructor(readonly limitMs: number) {
    super(`time limit of ${limitMs} ms reached`);
    this.name = 'TimeLimitReached';
  }
}

export interface Deadline {
  readonly limitMs: number;
  /** Throws TimeLimitReached when the limit has passed. */
  check(): void;
}

/** Milliseconds from an arbitrary origin: performance.now in Node and browsers, Date.now elsewhere. */
const defaultNow = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** A deadline `limitMs` from now; `now` is injected by tests, to pass time without waiting. */
export function deadlineAfter(limitMs: number, now: () => number = defaultNow): Deadline {
  const end = now() + limitMs;
  return {
    limitMs,
    check(): void {
      if (now() > end) throw new TimeLimitReached(limitMs);
    },
  };
}

/**
 * The one line a host shows for work cut off: "checking the letter took longer than the time limit of
 * 10 seconds (letterReview.timeLimit)". `what` names the work, `setting` where the user sets the limit.
 */
export function timeLimitMessage(what: string, limitMs: number, setting: string): string {
  const seconds = limitMs / 1000;
  return `${what} took longer than the time limit of ${seconds} second${seconds === 1 ? '' : 's'} (${setting})`;
}
