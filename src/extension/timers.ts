// The timers the extension's schedulers run on (the per-document check debounce, the panel's
// throttle): real ones in VS Code, hand-driven ones in unit tests. No vscode import.

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
