// CSV read as RFC 4180 says, in one pass over the text (linear in its length, whatever it holds), with
// limits on its size, its fields and its records, so a hostile file ends in one error, not a hang or a
// machine out of memory. Errors name the line and never quote the file: the caller decides what, if
// anything, of a line may be shown.

/** One record: its fields, the line it starts on (1-based) and where it stands in the text. */
export interface CsvRecord {
  fields: string[];
  line: number;
  /** UTF-16 offsets of the record, its line break excluded. */
  start: number;
  end: number;
}

export interface CsvLimits {
  /** Longest text read, in UTF-16 units. */
  maxLength: number;
  maxRecords: number;
  maxFields: number;
  maxFieldLength: number;
}

export const DEFAULT_CSV_LIMITS: CsvLimits = { maxLength: 20_000_000, maxRecords: 1_000_000, maxFields: 1_000, maxFieldLength: 10_000 };

/** `line` is 1-based; `message` says what is wrong in words, without the file's content. */
export interface CsvError {
  line: number;
  message: string;
}

export type CsvReadResult = { ok: true; records: CsvRecord[] } | { ok: false; error: CsvError };

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** Blank lines are passed over; a record may span lines inside a quoted field. */
export function readCsv(text: string, limits: CsvLimits = DEFAULT_CSV_LIMITS): CsvReadResult {
  if (text.length > limits.maxLength) return fail(1, `the file is longer than ${limits.maxLength.toLocaleString('en-GB')} characters`);
  const reader = new Reader(text, limits);
  const records: CsvRecord[] = [];
  while (reader.skipBlankLines()) {
    if (records.length >= limits.maxRecords) return fail(reader.line, `more than ${limits.maxRecords.toLocaleString('en-GB')} records`);
    const record = reader.record();
    if ('message' in record) return { ok: false, error: record };
    records.push(record);
  }
  return { ok: true, records };
}

function fail(line: number, message: string): CsvReadResult {
  return { ok: false, error: { line, message } };
}

class Reader {
  at = 0;
  line = 1;

  constructor(
    private readonly text: string,
    private readonly limits: CsvLimits,
  ) {}

  /** Moves past empty lines; false at the end of the text. */
  skipBlankLines(): boolean {
    let more = this.at < this.text.length;
    while (more && this.lineBreak()) more = this.at < this.text.length;
    return more;
  }

  record(): CsvRecord | CsvError {
    const start = this.at;
    const line = this.line;
    const fields: string[] = [];
    for (;;) {
      if (fields.length >= this.limits.maxFields) return { line, message: `more than ${this.limits.maxFields.toLocaleString('en-GB')} fields in one record` };
      const field = this.text.charCodeAt(this.at) === QUOTE ? this.quoted() : this.unquoted();
      if (typeof field !== 'string') return field;
      if (field.length > this.limits.maxFieldLength) return { line: this.line, message: `a field longer than ${this.limits.maxFieldLength.toLocaleString('en-GB')} characters` };
      fields.push(field);
      if (this.at >= this.text.length) return { fields, line, start, end: this.at };
      const c = this.text.charCodeAt(this.at);
      if (c === COMMA) {
        this.at++;
        continue;
      }
      const end = this.at;
      this.lineBreak();
      return { fields, line, start, end };
    }
  }

  /** Up to the next comma or line break. A quote inside an unquoted field is an error (RFC 4180). */
  private unquoted(): string | CsvError {
    const from = this.at;
    const text = this.text;
    while (this.at < text.length) {
      const c = text.charCodeAt(this.at);
      if (c === COMMA || c === CR || c === LF) break;
      if (c === QUOTE) return { line: this.line, message: 'a double quote inside a field that does not start with one (quote the whole field, and double the quotes inside it)' };
      this.at++;
    }
    return text.slice(from, this.at);
  }

  /** From an opening quote to its closing quote; "" inside stands for one quote. */
  private quoted(): string | CsvError {
    const opened = this.line;
    const text = this.text;
    let value = '';
    let from = ++this.at;
    for (;;) {
      const close = text.indexOf('"', this.at);
      if (close < 0) return { line: opened, message: 'a quoted field opened on this line is never closed' };
      this.countLines(this.at, close);
      if (close - from + value.length > this.limits.maxFieldLength) {
        return { line: opened, message: `a field longer than ${this.limits.maxFieldLength.toLocaleString('en-GB')} characters` };
      }
      if (text.charCodeAt(close + 1) === QUOTE) {
        value += text.slice(from, close + 1);
        from = this.at = close + 2;
        continue;
      }
      value += text.slice(from, close);
      this.at = close + 1;
      const next = text.charCodeAt(this.at);
      if (this.at < text.length && next !== COMMA && next !== CR && next !== LF) {
        return { line: this.line, message: 'text after the closing quote of a field (a field that starts with a quote must end with one)' };
      }
      return value;
    }
  }

  /** Consumes one line break (CRLF, LF or a lone CR) if one is here. */
  private lineBreak(): boolean {
    const c = this.text.charCodeAt(this.at);
    if (c === CR) this.at += this.text.charCodeAt(this.at + 1) === LF ? 2 : 1;
    else if (c === LF) this.at++;
    else return false;
    this.line++;
    return true;
  }

  /** Line breaks inside a quoted field still count as lines of the file. */
  private countLines(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c === LF || (c === CR && this.text.charCodeAt(i + 1) !== LF)) this.line++;
    }
  }
}
