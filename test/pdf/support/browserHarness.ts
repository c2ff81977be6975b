// Bundled by the browser test into a page: the host side of the PDF reader as the browser
// extension host runs it (PdfReader with Web Workers), exposed to the test as window.readPdfs.
import { PdfReader } from '../../../src/pdf/reader';
import { webWorkerSpawner } from '../../../src/pdf/webWorker';
import type { PdfReadResult } from '../../../src/pdf/protocol';

declare global {
  interface Window {
    readPdfs(source: string, files: number[][], timeLimits: number[]): Promise<PdfReadResult[]>;
  }
}

window.readPdfs = async (source, files, timeLimits) => {
  const reader = new PdfReader(webWorkerSpawner(source));
  const reads = files.map((bytes, i) => reader.read(new Uint8Array(bytes), { timeLimit: timeLimits[i]!, timeLimitSetting: 'letterReview.pdf.timeLimit' }));
  const results = await Promise.all(reads);
  reader.dispose();
  return results;
};
