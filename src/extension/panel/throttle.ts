// Runs a task at once when idle, then at most once per interval while triggers keep coming (the last
// trigger is never lost). The panel re-renders like VS Code's Markdown preview: first at once, then every
// ~300 ms while the user types. No vscode import: unit-tested with fake timers.

import { realTimers } from '../timers';
import type { Timers } from '../timers';

export class Throttle {
  private cooling: unknown = undefined;
  private pending = false;
  private disposed = false;

  constructor(
    private readonly task: () => void,
    private readonly intervalMs: number,
    private readonly timers: Timers = realTimers,
  ) {}

  trigger(): void {
    if (this.disposed) return;
    if (this.cooling !== undefined) {
      this.pending = true;
      return;
    }
    this.run();
  }

  /** Runs now and restarts the interval (used for a first render, or a switch to another letter). */
  now(): void {
    if (this.disposed) return;
    if (this.cooling !== undefined) this.timers.clearTimeout(this.cooling);
    this.cooling = undefined;
    this.pending = false;
    this.run();
  }

  dispose(): void {
    this.disposed = true;
    if (this.cooling !== undefined) this.timers.clearTimeout(this.cooling);
    this.cooling = undefined;
  }

  private run(): void {
    this.cooling = this.timers.setTimeout(() => {
      this.cooling = undefined;
      if (this.pending) {
        this.pending = false;
        this.run();
      }
    }, this.intervalMs);
    this.task();
  }
}
