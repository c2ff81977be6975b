// The shape of vscode.l10n.t, so the vscode-free modules can produce user-facing text that the
// extension localizes and the unit tests read in English.

export type Localize = (message: string, ...args: Array<string | number | boolean>) => string;

/** Fills `{0}`, `{1}`, … as vscode.l10n.t does, without translating: for unit tests and defaults. */
export const english: Localize = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const i = Number(index);
    return i < args.length ? String(args[i]) : whole;
  });

/**
 * A count in words, singular for exactly one: `plural(t, n, '{0} letter', '{0} letters')`. Each form is
 * a whole message of its own, so a translation can word both (vscode.l10n has no plural rules).
 * `args` fill the message's places; by default `{0}` is the count.
 */
export function plural(t: Localize, n: number, one: string, other: string, ...args: Array<string | number>): string {
  return t(n === 1 ? one : other, ...(args.length > 0 ? args : [n]));
}
