// The panel's exports (pure parts): the JSON is the CLI's report shape; the CSV quotes correctly and
// never lets a council name become a spreadsheet formula. Also the panel's throttle and page builder.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileReportSchema, reviewText } from '../../src/core';
import { CSV_HEADER, reportsCsv } from '../../src/core/csv';
import { csvCell as csvField } from '../../src/core/text/csvWrite';
import { fileReport, reportJson } from '../../src/core/summary';
import { buildPanelHtml, contentSecurityPolicy, makeNonce } from '../../src/extension/panel/html';
import { Throttle } from '../../src/extension/panel/throttle';
import type { Timers } from '../../src/extension/timers';

const ROCHFORD = readFileSync(join(__dirname, '..', 'fixtures', 'letters', '004_63abd8654b08d728.txt'), 'utf8');

function reportOf(file: string, text: string) {
  const { letter, findings } = reviewText(text);
  return fileReport(file, letter, findings, text);
}

/** Minimal RFC 4180 reader, to check the writer by reading back (quoted fields, doubled quotes, CRLF). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  assert.equal(field + row.join(''), '', 'CSV does not end with CRLF');
  return rows;
}

describe('panel export: JSON', () => {
  it('is one FileReport of the CLI JSON, with the Rochford figures', () => {
    const report = reportOf('004.txt', ROCHFORD);
    const parsed = FileReportSchema.parse(JSON.parse(reportJson(report)));
    assert.equal(parsed.file, '004.txt');
    assert.equal(parsed.letter?.authority, 'Rochford District Council');
    const { upheld, compliance, remedy } = parsed.letter!.statistics;
    assert.deepEqual([upheld?.percent, upheld?.average, upheld?.decisions, upheld?.investigations], [100, 45, 1, 1]);
    assert.deepEqual([compliance?.percent, compliance?.average, compliance?.outcomes], [100, 99, 1]);
    assert.deepEqual([remedy?.percent, remedy?.average, remedy?.decisions], [0, 20, 0]);
    assert.deepEqual(parsed.findings, []);
  });

  it('carries findings with line/character ranges', () => {
    const text = ROCHFORD.replace('100% of complaints', '67% of complaints');
    const report = reportOf('x.txt', text);
    assert.equal(report.findings[0]?.code, 'upheld-inconsistent');
    assert.equal(report.findings[0]?.range.start.line, text.slice(0, text.indexOf('67% of')).split('\n').length - 1);
  });
});

describe('panel export: CSV', () => {
  it('writes a header and the Rochford row that read back to the same values', () => {
    const csv = reportsCsv([reportOf('004.txt', ROCHFORD)]);
    const [header, row] = readCsv(csv);
    assert.deepEqual(header, CSV_HEADER);
    const record = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    assert.equal(record.council, 'Rochford District Council');
    assert.equal(record.upheld_percent, '100');
    assert.equal(record.upheld_average, '45');
    assert.equal(record.detailed_investigations, '1');
    assert.equal(record.compliance_average, '99');
    assert.equal(record.remedy_percent, '0');
    assert.equal(record.period_start, '2019-04-01');
    assert.equal(record.errors, '0');
  });

  it('quotes commas, quotes and line breaks, and reads back exactly', () => {
    const council = 'Bath, North East "Somerset"\nCouncil';
    const text = ROCHFORD.replaceAll('Rochford District Council', 'Bath, North East "Somerset" Council');
    const report = reportOf('a,b.txt', text);
    report.letter!.authority = council;
    const [, row] = readCsv(reportsCsv([report]));
    assert.equal(row![0], 'a,b.txt');
    assert.equal(row![1], council);
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField(' padded '), '" padded "');
    assert.equal(csvField('plain'), 'plain');
  });

  it('leaves not-stated and n/a figures empty', () => {
    const text = ROCHFORD.replace('average of **45%**', 'average of n/a');
    const [header, row] = readCsv(reportsCsv([reportOf('x', text)]));
    assert.equal(row![header!.indexOf('upheld_average')], '');
    assert.equal(csvField(null), '');
    assert.equal(csvField(Number.NaN), '');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    assert.equal(csvField('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvField('+1'), "'+1");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('-2+3'), "'-2+3");
    assert.equal(csvField(-5), '-5', 'numbers are numbers');
  });
});

describe('panel throttle', () => {
  function fakeTimers() {
    let now = 0;
    const queue: { at: number; fn: () => void; id: number }[] = [];
    let next = 1;
    const timers: Timers = {
      setTimeout: (fn, ms) => {
        const id = next++;
        queue.push({ at: now + ms, fn, id });
        return id;
      },
      clearTimeout: (id) => {
        const i = queue.findIndex((q) => q.id === id);
        if (i >= 0) queue.splice(i, 1);
      },
    };
    const advance = (ms: number) => {
      const until = now + ms;
      for (;;) {
        queue.sort((a, b) => a.at - b.at);
        const due = queue[0];
        if (!due || due.at > until) break;
        queue.shift();
        now = due.at;
        due.fn();
      }
      now = until;
    };
    return { timers, advance, time: () => now };
  }

  it('runs the first trigger at once, then at most once per interval, never losing the last', () => {
    const t = fakeTimers();
    const runs: number[] = [];
    const throttle = new Throttle(() => runs.push(t.time()), 300, t.timers);
    throttle.trigger();
    assert.deepEqual(runs, [0], 'first render at once');
    for (let i = 0; i < 10; i++) {
      t.advance(50);
      throttle.trigger();
    }
    t.advance(1000);
    assert.deepEqual(runs, [0, 300, 600], 'typing for 500 ms: renders at 0, 300 and the trailing one at 600');
    throttle.trigger();
    assert.equal(runs.length, 4, 'idle again: at once');
  });

  it('now() runs immediately even while cooling, and dispose() stops everything', () => {
    const t = fakeTimers();
    let runs = 0;
    const throttle = new Throttle(() => runs++, 300, t.timers);
    throttle.trigger();
    throttle.trigger();
    throttle.now();
    assert.equal(runs, 2);
    t.advance(1000);
    assert.equal(runs, 2, 'the pending trigger was folded into now()');
    throttle.trigger();
    throttle.dispose();
    throttle.trigger();
    t.advance(1000);
    assert.equal(runs, 3);
  });
});

describe('panel page', () => {
  it('has the strict CSP, the nonce on its one script, and no inline script or style', () => {
    const nonce = makeNonce();
    assert.match(nonce, /^[0-9a-f]{48}$/);
    assert.notEqual(makeNonce(), nonce);
    const html = buildPanelHtml({ cspSource: 'https://x.vscode-cdn.net', nonce, scriptUri: 'https://x.vscode-cdn.net/dist/webview/main.js', styleUri: 'https://x.vscode-cdn.net/media/panel.css' });
    assert.ok(html.includes(`content="${contentSecurityPolicy('https://x.vscode-cdn.net', nonce)}"`));
    assert.equal(
      contentSecurityPolicy('S', 'N'),
      "default-src 'none'; style-src S; script-src 'nonce-N'; img-src S data:; font-src S",
    );
    assert.equal(html.match(/<script\b/g)?.length, 1);
    assert.ok(html.includes(`<script nonce="${nonce}" src="https://x.vscode-cdn.net/dist/webview/main.js"></script>`));
    assert.doesNotMatch(html, /<style|\sstyle=|\son\w+=/i);
    assert.throws(() => buildPanelHtml({ cspSource: 'S', nonce: "x' 'unsafe-inline", scriptUri: 's', styleUri: 's' }));
  });
});
