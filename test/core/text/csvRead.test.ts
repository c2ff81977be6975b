// The CSV reader: RFC 4180 fields and records, the line each starts on, one clear error for a malformed
// file (never its content), limits on size, and one pass whatever the input holds.
import * as assert from 'node:assert/strict';
import { readCsv } from '../../../src/core/text/csvRead';
import type { CsvLimits, CsvReadResult } from '../../../src/core/text/csvRead';

function records(text: string): { fields: string[]; line: number; source: string }[] {
  const read = readCsv(text);
  assert.ok(read.ok, read.ok ? '' : `line ${read.error.line}: ${read.error.message}`);
  return read.records.map((r) => ({ fields: r.fields, line: r.line, source: text.slice(r.start, r.end) }));
}

function error(read: CsvReadResult): { line: number; message: string } {
  assert.ok(!read.ok, 'expected an error');
  return read.error;
}

describe('csvRead', () => {
  it('reads fields and records, with LF, CRLF and lone CR line ends, a last line without one, and blank lines passed over', () => {
    assert.deepEqual(records('a,b\r\n1,2\n\n3,\r4,"x"'), [
      { fields: ['a', 'b'], line: 1, source: 'a,b' },
      { fields: ['1', '2'], line: 2, source: '1,2' },
      { fields: ['3', ''], line: 4, source: '3,' },
      { fields: ['4', 'x'], line: 5, source: '4,"x"' },
    ]);
    assert.deepEqual(records(''), []);
    assert.deepEqual(records('\n\r\n'), []);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and counts the lines they span', () => {
    const text = 'council,note\n"Bath, North East Somerset","said ""no""\nthen\r\nyes"\nNext,"",\n';
    assert.deepEqual(records(text), [
      { fields: ['council', 'note'], line: 1, source: 'council,note' },
      { fields: ['Bath, North East Somerset', 'said "no"\nthen\r\nyes'], line: 2, source: '"Bath, North East Somerset","said ""no""\nthen\r\nyes"' },
      { fields: ['Next', '', ''], line: 5, source: 'Next,"",' },
    ]);
  });

  it('names the line of a quoted field that is never closed (the line it opened on)', () => {
    assert.deepEqual(error(readCsv('a,b\n1,2\n3,"open\nmore\nstill')), { line: 3, message: 'a quoted field opened on this line is never closed' });
  });

  it('names the line of text after a closing quote, and of a quote inside an unquoted field', () => {
    assert.equal(error(readCsv('a,b\n"x"y,2')).line, 2);
    assert.match(error(readCsv('a,b\n"x"y,2')).message, /after the closing quote/);
    assert.equal(error(readCsv('a,b\n1,2\nab"c,3')).line, 3);
    assert.match(error(readCsv('a,b\n1,2\nab"c,3')).message, /double quote inside a field/);
    // After a field spanning two lines, the line count is right.
    assert.equal(error(readCsv('a,"1\n2"\nx"y')).line, 3);
  });

  it('stops at its limits with one error: length, records, fields, field length', () => {
    const limits: CsvLimits = { maxLength: 100, maxRecords: 3, maxFields: 4, maxFieldLength: 10 };
    assert.deepEqual(error(readCsv('x'.repeat(101), limits)), { line: 1, message: 'the file is longer than 100 characters' });
    assert.deepEqual(error(readCsv('a\nb\nc\nd', limits)), { line: 4, message: 'more than 3 records' });
    assert.deepEqual(error(readCsv('a\n1,2,3,4,5', limits)), { line: 2, message: 'more than 4 fields in one record' });
    assert.deepEqual(error(readCsv('a\n12345678901', limits)), { line: 2, message: 'a field longer than 10 characters' });
    assert.deepEqual(error(readCsv('a\n"1234""5678901"', limits)), { line: 2, message: 'a field longer than 10 characters' });
    assert.ok(readCsv('a,b,c,d\n1234567890', limits).ok);
  });

  it('takes what is exactly at its limits, and names the line a long quoted field opened on', () => {
    const limits: CsvLimits = { maxLength: 100, maxRecords: 3, maxFields: 4, maxFieldLength: 10 };
    assert.deepEqual(readCsv('abcdefghij\n"1234567890"', limits), { ok: true, records: [{ fields: ['abcdefghij'], line: 1, start: 0, end: 10 }, { fields: ['1234567890'], line: 2, start: 11, end: 23 }] });
    assert.deepEqual(readCsv('abcdefghij\n"1234""56789"', limits), { ok: true, records: [{ fields: ['abcdefghij'], line: 1, start: 0, end: 10 }, { fields: ['1234"56789'], line: 2, start: 11, end: 24 }] });
    assert.deepEqual(error(readCsv('a\n"12345\n678901"', limits)), { line: 2, message: 'a field longer than 10 characters' });
    assert.deepEqual(error(readCsv('a\n"12\n34""5678901"', limits)), { line: 2, message: 'a field longer than 10 characters' });
  });

  it('takes a file of exactly the longest length', () => {
    const limits: CsvLimits = { maxLength: 100, maxRecords: 3, maxFields: 4, maxFieldLength: 100 };
    assert.deepEqual(readCsv('x'.repeat(100), limits), { ok: true, records: [{ fields: ['x'.repeat(100)], line: 1, start: 0, end: 100 }] });
  });

  it('ends the last record where the text ends, and counts a lone CR inside a quoted field as a line', () => {
    assert.deepEqual(readCsv('a,bc'), { ok: true, records: [{ fields: ['a', 'bc'], line: 1, start: 0, end: 4 }] });
    assert.deepEqual(records('a\n"x\ry"\nb').map((r) => r.line), [1, 2, 4]);
  });

  it('reads hostile input in one pass: a million quotes, commas or line breaks end in a result, not a hang', () => {
    const big = { maxLength: 5_000_000, maxRecords: 5_000_000, maxFields: 5_000_000, maxFieldLength: 5_000_000 };
    assert.ok(readCsv('"'.repeat(1_000_000), big).ok); // 500,000 doubled quotes: one field of quotes
    assert.equal(error(readCsv(`${'"'.repeat(999_999)}`, big)).line, 1);
    const commas = readCsv(','.repeat(1_000_000), big);
    assert.ok(commas.ok && commas.records[0]!.fields.length === 1_000_001);
    const breaks = readCsv('\n'.repeat(1_000_000) + 'a', big);
    assert.ok(breaks.ok && breaks.records[0]!.line === 1_000_001);
    assert.equal(error(readCsv(`"${'\n'.repeat(1_000_000)}`, big)).line, 1);
    assert.equal(error(readCsv(`${'a,'.repeat(500_000)}b"`, big)).message.includes('double quote'), true);
  });
});
