// The PDFs that land in a reviewer's inbox and cannot be checked, made in the tests: a scan with no
// text layer, password-protected files, a download cut short, damaged files, a 500-page report, and
// a page that takes seconds to read.
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { letterPdf } from './letterPdf';
import { onePagePdf } from './rawPdf';

async function pdfkitPdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  draw(doc);
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A grey PNG with dark bands, as a scanner gives a page (small, so the test stays quick). */
function scannedPng(width = 120, height = 170): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0xf0);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0; // filter: none
    if (y % 6 < 2) rows.fill(0x30, y * (width + 1) + 10, y * (width + 1) + width - 10);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Two pages, each only a scanned image: no text layer. */
export function scannedPdf(): Promise<Uint8Array> {
  return pdfkitPdf((doc) => {
    doc.image(scannedPng(), 0, 0, { width: 595, height: 842 });
    doc.addPage();
    doc.image(scannedPng(), 0, 0, { width: 595, height: 842 });
  });
}

/** A letter that opens only with a password (AES-128; AES-256 with `strong`). */
export function passwordPdf(letter: string, strong = false): Promise<Uint8Array> {
  return letterPdf(letter, { options: { userPassword: 'letters', ownerPassword: 'owner', pdfVersion: strong ? '1.7ext3' : '1.7' } }).then((p) => p.bytes);
}

/** A letter encrypted with an owner password only: it opens without one, but may not be changed. */
export function restrictedPdf(letter: string): Promise<{ bytes: Uint8Array; text: string }> {
  return letterPdf(letter, { options: { ownerPassword: 'owner', permissions: { modifying: false, copying: false }, pdfVersion: '1.7' } });
}

export function manyPagesPdf(pages: number): Promise<Uint8Array> {
  return pdfkitPdf((doc) => {
    for (let i = 1; i <= pages; i++) {
      if (i > 1) doc.addPage();
      doc.font('Helvetica').fontSize(11).text(`Page ${i} of the annual report`, 72, 72);
    }
  });
}

/** The first `share` of a PDF's bytes, as an interrupted download leaves it. */
export function truncated(bytes: Uint8Array, share = 0.6): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * share));
}

/** A PDF header and end with nothing readable between them. */
export function garbagePdf(): Uint8Array {
  const middle = Buffer.alloc(4000);
  for (let i = 0; i < middle.length; i++) middle[i] = (i * 7919 + 13) % 251;
  return new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), middle, Buffer.from('\n%%EOF\n', 'latin1')]));
}

/** A PDF with a stretch of its inside overwritten (its header, index and end intact), as a bad disk or copy leaves it. */
export function damaged(bytes: Uint8Array, from = 300, to = 2000): Uint8Array {
  const copy = new Uint8Array(bytes);
  for (let i = from; i < to; i++) copy[i] = (i * 31) % 256;
  return copy;
}

/** A page of four million text operators: 40 KB on disk (it compresses), half a minute to read here. */
export function slowPdf(): Uint8Array {
  return new Uint8Array(onePagePdf(`BT /F1 1 Tf ${'(x) Tj '.repeat(4_000_000)}ET`, true));
}
