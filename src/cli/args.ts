// Command-line arguments, validated with zod so a mistake gets one clear line, not a stack trace.
import { z } from 'zod';
import { RULE_CODES, RuleSettingSchema } from '../core';
import { DEFAULT_TIME_LIMIT_SECONDS } from '../pdf/problems';

export const USAGE = `Usage: letter-review [--format text|json|csv] [--rule CODE=SEVERITY|off]... [--official FILE.csv] [--time-limit SECONDS] <file|folder>...

Checks Local Government & Social Care Ombudsman Annual Review letters. Folders are searched
(recursively) for .txt, .md, .letter and .pdf files that read as letters; a file named on the
command line is checked unless its opening shows no sign of a letter at all ("not a letter").
Files named are checked in the order given; a folder's files are listed by path in natural order
(letter-2 before letter-10). A PDF is read from its text layer; its findings give the page:
letter.pdf:p2:14:1 is page 2, line 14 of that page, column 1. Letters checked together are also
compared with each other (averages-disagree), and with the official figures when --official names
a file of them (official-mismatch).

Options:
  --format text|json|csv
                       text: one line per finding, path:line:col: severity code message (default)
                       json: one array, an object per file
                       csv: one table, a row per letter checked (the statistics panel's CSV columns)
  --official FILE.csv  compare each letter's figures with the published ones: a CSV with the header
                       council,year,metric,value (year as 2019-20, metric a CSV column name)
  --rule CODE=LEVEL    set a rule's severity (error, warning, information, hint) or turn it off
  --time-limit S       give up on a file that takes longer than S seconds to read or check: a PDF's
                       text, a letter, the official figures (default ${DEFAULT_TIME_LIMIT_SECONDS})
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no error-severity finding; 1 some; 2 usage error, a file that could not be read or is
not a letter, a folder with no letters, or official figures that cannot be used (the letters are
then checked without them).
Rules: ${RULE_CODES.join(', ')}`;

/** An hour: longer than any PDF letter could need, short enough that a forgotten run ends. */
const MAX_TIME_LIMIT = 3600;

export const FORMATS = ['text', 'json', 'csv'] as const;

export const CliOptionsSchema = z.object({
  format: z.enum(FORMATS, { error: (issue) => `unknown format '${String(issue.input)}': use text, json or csv` }),
  rules: z.record(z.string(), RuleSettingSchema),
  paths: z.array(z.string()).min(1, 'no file or folder given'),
  /** Seconds a PDF may take to read. */
  timeLimit: z.number().positive().max(MAX_TIME_LIMIT),
  /** The file of official figures (--official), as given. */
  official: z.string().min(1, '--official needs a file name').optional(),
});
export type CliOptions = z.infer<typeof CliOptionsSchema>;

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let format = 'text';
  let timeLimit: number = DEFAULT_TIME_LIMIT_SECONDS;
  let official: string | undefined;
  const rules: Record<string, string> = {};
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h' || a === '--help') return { kind: 'help' };
    if (a === '-v' || a === '--version') return { kind: 'version' };
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--format' || flag === '--rule' || flag === '--time-limit' || flag === '--official') {
      const value = inline ?? argv[++i];
      if (value === undefined) return { kind: 'error', message: `${flag} needs a value` };
      if (flag === '--format') format = value;
      else if (flag === '--official') {
        if (official !== undefined) return { kind: 'error', message: '--official names one file of official figures; it was given twice' };
        official = value;
      }
      else if (flag === '--time-limit') {
        const seconds = value.trim() === '' ? NaN : Number(value);
        if (!(seconds > 0 && seconds <= MAX_TIME_LIMIT)) return { kind: 'error', message: `--time-limit takes a number of seconds above 0 and at most ${MAX_TIME_LIMIT}, got "${value}"` };
        timeLimit = seconds;
      }
      else {
        const eq = value.indexOf('=');
        if (eq < 0) return { kind: 'error', message: `--rule takes CODE=LEVEL, got "${value}"` };
        const code = value.slice(0, eq);
        if (!RULE_CODES.includes(code)) return { kind: 'error', message: `unknown rule "${code}"; rules: ${RULE_CODES.join(', ')}` };
        const level = value.slice(eq + 1);
        if (!RuleSettingSchema.safeParse(level).success) return { kind: 'error', message: `--rule ${code}: "${level}" is not a level; use error, warning, information, hint or off` };
        rules[code] = level;
      }
      continue;
    }
    if (a.startsWith('-') && a !== '-') return { kind: 'error', message: `unknown option ${a}` };
    paths.push(a);
  }
  const parsed = CliOptionsSchema.safeParse({ format, rules, paths, timeLimit, ...(official === undefined ? {} : { official }) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.');
    // These messages say what is wrong in full ("unknown format 'xml': use text, json or csv").
    const complete = where === 'paths' || where === 'format' || where === 'official';
    return { kind: 'error', message: complete ? issue.message : `invalid ${where || 'arguments'}: ${issue.message}` };
  }
  return { kind: 'run', options: parsed.data };
}
