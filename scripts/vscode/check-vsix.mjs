// Checks a packaged .vsix: at most 1.5 MB (most of it the PDF reader, pdf.js, loaded only when a PDF
// is read), and nothing in it but what VS Code loads (dist/ extension, PDF reader
// and webview bundles without sourcemaps or the CLI, syntaxes/, media/, the manifest and its strings, the language configuration,
// README, CHANGELOG, LICENSE, docs/rules.md (diagnostics link to it), plus the two files vsce always writes). Reads the zip's central
// directory itself, so no `unzip` is needed. `node scripts/vscode/check-vsix.mjs [file.vsix]`.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const MAX_VSIX_BYTES = 1.5 * 1024 * 1024;

const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[a-z-]+)?\.json$/,
  /^extension\/language-configuration\.json$/,
  /^extension\/(readme|changelog)\.md$/i,
  /^extension\/license(\.txt|\.md)?$/i,
  /^extension\/docs\/rules\.md$/,
  /^extension\/dist\/extension\.js$/,
  /^extension\/dist\/pdf-reader\.js$/,
  /^extension\/dist\/(browser|webview)\/.+\.(js|css)$/,
  /^extension\/syntaxes\/[^/]+\.json$/,
  /^extension\/media\/.+$/,
];

/** Names of the entries in a zip file, from its central directory. */
export function zipEntries(file) {
  const buf = readFileSync(file);
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 0xffff - 22); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${n}`);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Returns { bytes, entries, problems }: problems is empty when the .vsix is acceptable. */
export function checkVsix(file) {
  const bytes = statSync(file).size;
  const entries = zipEntries(file);
  const problems = [];
  if (bytes > MAX_VSIX_BYTES) problems.push(`${file} is ${(bytes / 1024).toFixed(1)} KB, over the ${MAX_VSIX_BYTES / 1024} KB limit (1.5 MB)`);
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    if (!ALLOWED.some((re) => re.test(e.name))) problems.push(`unexpected file in the .vsix: ${e.name}`);
  }
  for (const required of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/browser/extension.js', 'extension/dist/pdf-reader.js', 'extension/docs/rules.md']) {
    if (!entries.some((e) => e.name === required)) problems.push(`missing from the .vsix: ${required}`);
  }
  return { bytes, entries, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = resolve(process.argv[2] ?? join(import.meta.dirname, '../../letter-review.vsix'));
  const { bytes, entries, problems } = checkVsix(file);
  for (const e of entries) console.log(`${String(e.size).padStart(9)}  ${e.name}`);
  console.log(`${file}: ${(bytes / 1024).toFixed(1)} KB, ${entries.length} entries`);
  for (const p of problems) console.error(`PROBLEM: ${p}`);
  process.exit(problems.length ? 1 : 0);
}
