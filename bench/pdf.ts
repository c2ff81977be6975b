// The CLI on PDF letters against the same letters as text, side by side in one run: 1,000 two-page
// PDFs made from the bench corpus (9 pt on A4 puts every corpus letter on two pages), and the same
// 1,000 letters as .txt files; the whole process timed, rounds interleaved, medians compared.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { CliJsonSchema } from '../src/core';
import { letterPdf } from '../test/pdf/support/letterPdf';
import { corpus } from './corpus';

const PDF_LETTERS = Number(process.env.BENCH_PDF_LETTERS ?? 1000);
const ROUNDS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** One CLI run over a folder: wall time in ms and the reports it printed. */
function runCli(cliPath: string, dir: string): { ms: number; out: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cliPath, '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === 2 || r.stderr) throw new Error(`the CLI failed on ${dir}: ${r.stderr.slice(0, 500)}`);
  return { ms, out: r.stdout };
}

/** The reports with file names left out, so a PDF run and a text run can be compared. */
function readings(out: string): string[] {
  return CliJsonSchema.parse(JSON.parse(out)).map((r) => JSON.stringify([r.letter, r.findings.map((f) => [f.code, f.message])]));
}

export async function pdfCli(cliPath: string): Promise<void> {
  const root = path.join(__dirname, '..', '.bench');
  const pdfDir = path.join(root, 'pdf-letters');
  const textDir = path.join(root, 'pdf-letters-as-text');
  for (const d of [pdfDir, textDir]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  const texts = corpus(PDF_LETTERS);
  let pages = 0;
  for (const [i, text] of texts.entries()) {
    const pdf = await letterPdf(text, { size: 9 });
    pages += pdf.pageCount;
    const name = String(i).padStart(5, '0');
    writeFileSync(path.join(pdfDir, `${name}.pdf`), pdf.bytes);
    writeFileSync(path.join(textDir, `${name}.txt`), text);
  }
  const pdfTimes: number[] = [];
  const textTimes: number[] = [];
  let same = true;
  for (let r = 0; r < ROUNDS; r++) {
    const asPdf = runCli(cliPath, pdfDir);
    const asText = runCli(cliPath, textDir);
    pdfTimes.push(asPdf.ms);
    textTimes.push(asText.ms);
    if (r === 0) same = JSON.stringify(readings(asPdf.out)) === JSON.stringify(readings(asText.out));
  }
  const pdfMs = median(pdfTimes);
  const textMs = median(textTimes);
  const perSecond = (ms: number): string => (texts.length / (ms / 1000)).toFixed(0).padStart(7);
  console.log(`\n## CLI on PDF letters: ${texts.length} PDFs (${(pages / texts.length).toFixed(1)} pages each) against the same letters as text, whole process, ${ROUNDS} interleaved rounds, median`);
  console.log(`${'PDF letters'.padEnd(44)} ${pdfMs.toFixed(0).padStart(6)} ms  ${perSecond(pdfMs)} letters/s`);
  console.log(`${'the same letters as text'.padEnd(44)} ${textMs.toFixed(0).padStart(6)} ms  ${perSecond(textMs)} letters/s`);
  console.log(`ratio: PDF / text = ${(pdfMs / textMs).toFixed(1)}×; same letters and findings from both: ${same ? 'yes' : 'NO'}`);
  for (const d of [pdfDir, textDir]) rmSync(d, { recursive: true, force: true });
}
