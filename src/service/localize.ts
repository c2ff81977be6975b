// The shape of vscode.l10n.t, so the vscode-free modules can produce user-facing text that the
// extension localizes and the unit tests read in English.

export type Localize = (message: string, ...args: Array<string | number | boolean>) => string;

/** Fills `{0}`, `{1}`, … as vscode.l10n.t does, without translating: for unit tests and defaults. */
export const english: Localize = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const i = Number(index);
    return i < args.length ? String(args[i]) : whole;
  });
