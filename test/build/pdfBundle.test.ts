// The PDF reader (pdf.js, about 1.8 MB) is a bundle of its own, dist/pdf-reader.js, which the
// extension starts as a worker on the first PDF: the extension's own bundles (desktop and browser)
// must not hold any of pdf.js, so activation loads no more than before. Reads the bundles the build
// wrote (`npm test` builds first); the markers are names pdf.js keeps even when minified, checked
// to be in the reader bundle so the test cannot pass by looking for the wrong thing.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const DIST = path.join(__dirname, '..', '..', 'dist');
const PDFJS_MARKERS = ['InvalidPDFException', 'PasswordException', 'GlobalWorkerOptions', 'getTextContent'];

function bundle(name: string): string {
  const file = path.join(DIST, name);
  assert.ok(existsSync(file), `${file} is missing: run node scripts/build.mjs first`);
  return readFileSync(file, 'utf8');
}

describe('the PDF reader stays out of the extension bundles', () => {
  it('dist/pdf-reader.js holds pdf.js (every marker)', () => {
    const reader = bundle('pdf-reader.js');
    assert.deepEqual(PDFJS_MARKERS.filter((m) => !reader.includes(m)), []);
  });

  for (const name of ['extension.js', path.join('browser', 'extension.js')]) {
    it(`dist/${name} holds none of pdf.js, only the name of the reader it starts`, () => {
      const main = bundle(name);
      assert.deepEqual(PDFJS_MARKERS.filter((m) => main.includes(m)), []);
      assert.ok(main.includes('pdf-reader.js'), `dist/${name} does not name dist/pdf-reader.js`);
    });
  }
});
