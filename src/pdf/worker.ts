// Entry point of the PDF reader bundle (dist/pdf-reader.js): one file that runs as a Node worker
// thread (CLI, desktop VS Code) and as a classic Web Worker script (vscode.dev, the web worker
// extension host). It answers one request at a time: PDF bytes in, text and pages or one message out.
// Node's worker port is found at run time (process.getBuiltinModule), so the bundle imports nothing
// from Node and the browser never reaches that branch.
import { extractPdfText, loadPdfJs } from './extract';
import { PDF_PROBLEMS } from './problems';
import { PdfRequestSchema } from './protocol';
import type { PdfReady, PdfResponse } from './protocol';

interface Port {
  post(message: PdfResponse | PdfReady): void;
  listen(handler: (data: unknown) => void): void;
}

interface NodeParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', handler: (data: unknown) => void): void;
}

function hostPort(): Port {
  const getBuiltin = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  const threads = getBuiltin?.('node:worker_threads') as { parentPort: NodeParentPort | null } | undefined;
  const parent = threads?.parentPort;
  if (parent) return { post: (m) => parent.postMessage(m), listen: (h) => parent.on('message', h) };
  const scope = globalThis as unknown as { postMessage(m: unknown): void; addEventListener(t: 'message', h: (e: { data: unknown }) => void): void };
  return { post: (m) => scope.postMessage(m), listen: (h) => scope.addEventListener('message', (e) => h(e.data)) };
}

// The reader speaks only through its messages. pdf.js prints warnings (about canvas features that
// reading text never uses), which would otherwise land in the CLI's output.
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => undefined;

const port = hostPort();
// Requests wait for pdf.js to load; the host starts a read's clock when told it is ready.
let queue: Promise<unknown> = loadPdfJs().then(() => port.post({ ready: true }));
port.listen((data) => {
  queue = queue.then(async () => {
    const request = PdfRequestSchema.safeParse(data);
    if (!request.success) return;
    const result = await extractPdfText(request.data.bytes).catch(() => ({ error: PDF_PROBLEMS.crashed }));
    port.post({ id: request.data.id, result });
  });
});
