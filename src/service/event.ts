// Events without a host: the shape of vscode.Event, so the extension can hand a service event to
// anything that takes one, and tests can listen without VS Code.

export interface Disposable {
  dispose(): void;
}

/** Subscribe with a listener; dispose the result to stop listening. */
export type Event<T> = (listener: (value: T) => void) => Disposable;

export class Emitter<T> implements Disposable {
  private listeners: ((value: T) => void)[] = [];

  readonly event: Event<T> = (listener) => {
    this.listeners.push(listener);
    return { dispose: () => void (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };

  fire(value: T): void {
    // A listener that throws must not keep the others from hearing the event.
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (e) {
        queueMicrotask(() => {
          throw e;
        });
      }
    }
  }

  dispose(): void {
    this.listeners = [];
  }
}

/** What a long task checks to stop early; vscode.CancellationToken has this shape. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}
