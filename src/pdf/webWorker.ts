// Starts the PDF reader's worker as a Web Worker (vscode.dev, VS Code's web worker extension host),
// from a blob: URL of the bundle's source: the host reads the source (vscode.workspace.fs), and a
// blob: URL needs no server that a worker could fetch the bundle from.
import { PDF_PROBLEMS } from './problems';
import type { SpawnWorker } from './reader';

export function webWorkerSpawner(source: string): SpawnWorker {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return (events) => {
    const worker = new Worker(url);
    worker.onmessage = (e: MessageEvent) => events.message(e.data);
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      events.failure(PDF_PROBLEMS.crashed);
    };
    return {
      post: (request, transfer) => worker.postMessage(request, transfer),
      terminate: () => worker.terminate(),
    };
  };
}
