// The host's side of the PDF reader: sends a PDF's bytes to the reader's worker and waits for its
// text, one file at a time, under a time limit. A worker that overruns the limit, runs out of
// memory or dies is ended and a fresh one started for the next file, so one hostile PDF costs at
// most the time limit and never stops the others being read. Host-neutral: each host says how a
// worker is started (a Node worker thread, a Web Worker).
import { PDF_PROBLEMS } from './problems';
import { PdfReadySchema, PdfResponseSchema } from './protocol';
import type { PdfReadResult, PdfRequest } from './protocol';

/** A running worker, as the reader needs it. */
export interface WorkerHandle {
  post(request: PdfRequest, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

/** What a worker tells its host: a message, or that it failed (with the reader's words for why). */
export interface WorkerEvents {
  message(data: unknown): void;
  failure(reason: string): void;
}

export type SpawnWorker = (events: WorkerEvents) => WorkerHandle;

export interface ReadOptions {
  /** Seconds before the read is given up on. */
  timeLimit: number;
  /** Where the user sets the limit, named in the message when it is hit. */
  timeLimitSetting: string;
}

interface Pending {
  id: number;
  settle(result: PdfReadResult, stopWorker: boolean): void;
}

interface Running {
  handle: WorkerHandle;
  /** Settles when the worker has loaded pdf.js. */
  ready: Promise<void>;
}

/** A worker that has not loaded pdf.js in this long (it takes well under a second) has failed. */
const STARTUP_LIMIT_MS = 60_000;

export class PdfReader {
  private worker: Running | null = null;
  private current: Pending | null = null;
  private nextId = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly spawn: SpawnWorker) {}

  /** Reads one PDF; calls wait their turn. Never rejects. */
  read(bytes: Uint8Array, options: ReadOptions): Promise<PdfReadResult> {
    const result = this.queue.then(() => this.readNow(bytes, options));
    this.queue = result;
    return result;
  }

  /** Ends the worker; a later read starts a new one. */
  dispose(): void {
    this.stop();
  }

  private readNow(bytes: Uint8Array, options: ReadOptions): Promise<PdfReadResult> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      const settle = (result: PdfReadResult, stopWorker: boolean): void => {
        clearTimeout(timer);
        this.current = null;
        if (stopWorker) this.stop();
        resolve(result);
      };
      let timer = setTimeout(() => settle({ error: PDF_PROBLEMS.crashed }, true), STARTUP_LIMIT_MS);
      this.current = { id, settle };
      try {
        const worker = this.worker ?? this.start();
        void worker.ready.then(() => {
          if (this.current?.id !== id) return;
          // The clock runs from here: starting a fresh worker is not the file's doing.
          clearTimeout(timer);
          timer = setTimeout(() => settle({ error: PDF_PROBLEMS.timeLimit(options.timeLimit, options.timeLimitSetting) }, true), options.timeLimit * 1000);
          // The worker gets a copy of its own (transferred, not cloned): the caller's bytes stay usable.
          // Not slice(): on a Node Buffer that is a view into memory Node shares between buffers.
          const copy = new Uint8Array(bytes);
          worker.handle.post({ id, bytes: copy }, [copy.buffer as ArrayBuffer]);
        });
      } catch {
        settle({ error: PDF_PROBLEMS.crashed }, true);
      }
    });
  }

  private start(): Running {
    let markReady = (): void => undefined;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    const handle = this.spawn({
      // Messages outside the protocol are ignored: in a Web Worker, pdf.js's parser also greets the
      // host in its own format as it loads.
      message: (data) => {
        if (handle !== this.worker?.handle) return;
        if (PdfReadySchema.safeParse(data).success) return markReady();
        const response = PdfResponseSchema.safeParse(data);
        if (response.success && response.data.id === this.current?.id) this.current.settle(response.data.result, false);
      },
      failure: (reason) => {
        if (handle !== this.worker?.handle) return;
        this.worker = null;
        this.current?.settle({ error: reason }, false);
      },
    });
    this.worker = { handle, ready };
    return this.worker;
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = null;
    worker?.handle.terminate();
  }
}
