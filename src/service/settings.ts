// The `letterReview.*` settings: one zod schema, read entry by entry. Each setting is validated on
// its own, and each entry of `letterReview.rules` and `letterReview.ignore` too, so one bad value costs
// only itself: it is replaced by its default and reported once (see WarnOnce). No vscode import.
import { z } from 'zod';
import { RuleSettingSchema } from '../core';
import { DEFAULT_TIME_LIMIT_SECONDS, MAX_TIME_LIMIT_SECONDS } from '../pdf/problems';
import type { Localize } from './localize';

export const SECTION = 'letterReview';

/** Every `letterReview.*` setting the service reads, as the Settings editor stores it. */
export const SettingsSchema = z.object({
  detect: z.enum(['auto', 'off']),
  run: z.enum(['onType', 'onSave']),
  /** Rule code → a severity or "off". Unknown codes are kept (and ignored) so old settings never break. */
  rules: z.record(z.string(), RuleSettingSchema),
  /** Largest file checked, in bytes (UTF-8, as on disk). */
  maxFileSize: z.number().int().positive(),
  /** Workspace-relative path (forward slashes) → rule codes silenced in that letter. */
  ignore: z.record(z.string(), z.array(z.string())),
  /** Seconds one file may take to read and check (a PDF's text, a letter's check, the official figures), as the CLI's --time-limit. */
  timeLimit: z.number().positive().max(MAX_TIME_LIMIT_SECONDS),
});
export type LetterReviewSettings = z.infer<typeof SettingsSchema>;

export const IgnoreListSchema = SettingsSchema.shape.ignore;
export type IgnoreList = LetterReviewSettings['ignore'];

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Where the user sets the time limit per file, named in the message when it is hit. */
export const TIME_LIMIT_SETTING = 'letterReview.timeLimit';

export const DEFAULT_SETTINGS: LetterReviewSettings = {
  detect: 'auto',
  run: 'onType',
  rules: {},
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  ignore: {},
  timeLimit: DEFAULT_TIME_LIMIT_SECONDS,
};

export interface SettingProblem {
  /** The full setting name, e.g. `letterReview.rules` or `letterReview.rules.plural-mismatch`. */
  setting: string;
  /** The offending value as JSON, to tell the user what was read and to warn once per value. */
  value: string;
  /** One sentence for the user: what was wrong and what is used instead. */
  message: string;
}

export interface SettingsReading {
  settings: LetterReviewSettings;
  problems: SettingProblem[];
}

/** Reads and validates every setting; `get(key)` returns the raw value of `letterReview.<key>` or undefined. */
export function readSettings(get: (key: keyof LetterReviewSettings) => unknown, t: Localize): SettingsReading {
  const problems: SettingProblem[] = [];
  const bad = (setting: string, value: unknown, expected: string, fallback: string): void => {
    problems.push({
      setting,
      value: showValue(value),
      message: t('Letter Review: the setting "{0}" is {1}, but it must be {2}. Using {3} instead.', setting, showValue(value), expected, fallback),
    });
  };
  const shape = SettingsSchema.shape;
  const one = <K extends 'detect' | 'run' | 'maxFileSize' | 'timeLimit'>(key: K, expected: string): LetterReviewSettings[K] => {
    const raw = get(key);
    const fallback = DEFAULT_SETTINGS[key];
    if (raw === undefined || raw === null) return fallback;
    const parsed = (shape[key] as unknown as z.ZodType<LetterReviewSettings[K]>).safeParse(raw);
    if (parsed.success) return parsed.data;
    bad(`${SECTION}.${key}`, raw, expected, showValue(fallback));
    return fallback;
  };
  /** A record read entry by entry: a bad entry is dropped alone, the others apply. */
  const entries = <V>(key: 'rules' | 'ignore', value: z.ZodType<V>, name: (entry: string) => string, expected: [whole: string, entry: string], fallback: [whole: string, entry: string]): [string, V][] => {
    const raw = get(key);
    if (raw === undefined || raw === null) return [];
    if (!isPlainObject(raw)) {
      bad(`${SECTION}.${key}`, raw, expected[0], fallback[0]);
      return [];
    }
    const out: [string, V][] = [];
    for (const [entry, v] of Object.entries(raw)) {
      const parsed = value.safeParse(v);
      if (parsed.success) out.push([entry, parsed.data]);
      else bad(`${SECTION}.${key}${name(entry)}`, v, expected[1], fallback[1]);
    }
    return out;
  };

  const detect = one('detect', t('"auto" or "off"'));
  const run = one('run', t('"onType" or "onSave"'));
  const maxFileSize = one('maxFileSize', t('a whole number of bytes above 0'));
  const timeLimit = one('timeLimit', t('a number of seconds above 0 and at most {0}', MAX_TIME_LIMIT_SECONDS));
  const rules = Object.fromEntries(
    entries('rules', shape.rules.valueType, (code) => `.${code}`,
      [t('an object mapping rule codes to a severity or "off"'), t('"error", "warning", "information", "hint" or "off"')],
      [t('every rule\'s default severity'), t('the rule\'s default severity')]),
  );
  const ignore = Object.fromEntries(
    entries('ignore', shape.ignore.valueType, (path) => `["${path}"]`,
      [t('an object mapping a workspace-relative path to a list of rule codes'), t('a list of rule codes')],
      [t('nothing ignored'), t('no codes ignored in that letter')]).map(([path, codes]) => [normalizePath(path), codes]),
  );

  return { settings: { detect, run, rules, maxFileSize, ignore, timeLimit }, problems };
}

/** Remembers which bad values were already reported, so each is reported once, not on every check. */
export class WarnOnce {
  private readonly seen = new Set<string>();

  /** The problems not reported before (and now remembered as reported). */
  fresh(problems: readonly SettingProblem[]): SettingProblem[] {
    const out: SettingProblem[] = [];
    for (const p of problems) {
      const key = `${p.setting}=${p.value}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      out.push(p);
    }
    return out;
  }
}

/** Paths in `letterReview.ignore` use forward slashes whatever the platform. */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function showValue(v: unknown): string {
  try {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return String(v);
  }
}
