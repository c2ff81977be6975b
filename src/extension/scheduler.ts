// Per-document scheduling of checks: the first check of a document runs at once, later ones run after
// `delayMs` of quiet, each replacing the one pending (the stale one is dropped, never run).
// No vscode import: unit-tested with fake timers in test/extension/scheduler.test.ts.

import { realTimers } from './timers';
import type { Timers } from './timers';

export class DocumentScheduler {
  private readonly pendingWork = new Map<string, unknown>();
  private readonly checked = new Set<string>();

  constructor(
    private readonly delayMs = 150,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Runs `work` now if `key` was never run (or was forgotten), else debounced. */
  schedule(key: string, work: () => void): void {
    this.cancelPending(key);
    if (!this.checked.has(key)) {
      this.checked.add(key);
      work();
      return;
    }
    const handle = this.timers.setTimeout(() => {
      this.pendingWork.delete(key);
      work();
    }, this.delayMs);
    this.pendingWork.set(key, handle);
  }

  /** Runs `work` now, replacing anything pending for `key` (a save, a settings change). */
  runNow(key: string, work: () => void): void {
    this.cancelPending(key);
    this.checked.add(key);
    work();
  }

  isPending(key: string): boolean {
    return this.pendingWork.has(key);
  }

  /** Drops pending work and forgets `key`, so its next check runs at once (document closed). */
  forget(key: string): void {
    this.cancelPending(key);
    this.checked.delete(key);
  }

  dispose(): void {
    for (const handle of this.pendingWork.values()) this.timers.clearTimeout(handle);
    this.pendingWork.clear();
    this.checked.clear();
  }

  private cancelPending(key: string): void {
    const handle = this.pendingWork.get(key);
    if (handle === undefined) return;
    this.timers.clearTimeout(handle);
    this.pendingWork.delete(key);
  }
}
