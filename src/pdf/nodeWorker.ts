// Starts the PDF reader's worker as a Node worker thread (the CLI, desktop VS Code's extension host).
import { Worker } from 'node:worker_threads';
import { PDF_PROBLEMS } from './problems';
import type { SpawnWorker } from './reader';

/** Heap a reader's worker may use: ample for any letter; a hostile PDF reaches it long before the machine's limit. */
const MEMORY_LIMIT_MB = 512;

/** `script` is the reader bundle, dist/pdf-reader.js. */
export function nodeWorkerSpawner(script: string): SpawnWorker {
  return (events) => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB } });
    worker.on('message', events.message);
    worker.on('error', (e: NodeJS.ErrnoException) => events.failure(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? PDF_PROBLEMS.outOfMemory : PDF_PROBLEMS.crashed));
    worker.on('exit', () => events.failure(PDF_PROBLEMS.crashed));
    // An idle reader never keeps the process alive; while a read waits, its time-limit timer does.
    // (After the listeners: adding a 'message' listener refs the worker again.)
    worker.unref();
    return {
      post: (request, transfer) => worker.postMessage(request, transfer),
      terminate: () => void worker.terminate(),
    };
  };
}
