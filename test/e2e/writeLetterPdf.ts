// Writes a PDF letter for the UI checks, made with pdfkit as the PDF tests make theirs
// (test/pdf/support/letterPdf.ts): `node --import tsx test/e2e/writeLetterPdf.ts <letter.txt> <out.pdf>`.
// Half-height pages with a footer, so the letter runs to several pages as the Ombudsman's do.
import { readFileSync, writeFileSync } from 'node:fs';
import { letterPdf } from '../pdf/support/letterPdf';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: writeLetterPdf.ts <letter.txt> <out.pdf>');
  process.exit(2);
}
void letterPdf(readFileSync(input, 'utf8'), { page: [595, 420], footer: ['Eastbridge Borough Council', 'For the period ending: 31/03/20'] }).then((pdf) => {
  writeFileSync(output, pdf.bytes);
  console.log(`${output}: ${pdf.pageCount} pages`);
});
