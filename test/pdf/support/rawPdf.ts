// PDFs written byte by byte, for the structures a PDF library would not write: a page that takes
// long to read, rotated text, a damaged file. Objects are numbered from 1 in the order given; the
// cross-reference table and trailer are correct unless the caller damages the result.
import { deflateSync } from 'node:zlib';

export type RawObject = string | { dict: string; stream: string | Buffer; deflate?: boolean };

export function rawPdf(objects: readonly RawObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    let body: Buffer;
    if (typeof o === 'string') body = Buffer.from(o, 'latin1');
    else {
      const raw = typeof o.stream === 'string' ? Buffer.from(o.stream, 'latin1') : o.stream;
      const data = o.deflate ? deflateSync(raw) : raw;
      body = Buffer.concat([Buffer.from(`<< ${o.dict}${o.deflate ? ' /Filter /FlateDecode' : ''} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
    }
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A one-page PDF whose page draws `content` (a content stream) with Helvetica as /F1. */
export function onePagePdf(content: string | Buffer, deflate = false): Buffer {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    { dict: '', stream: content, deflate },
  ]);
}
