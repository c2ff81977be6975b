// The `letterReview.*` settings, validated with zod. Each setting is validated on its own, and each
// entry of `letterReview.rules` too, so one bad value costs only itself: it is replaced by its default
// and reported once (see WarnOnce). No vscode import: unit-tested in test/extension-unit.
import { z } from 'zod';
import { RuleSettingSchema } from '../core';
import type { RulesConfig } from '../core';
import type { Localize } from './localize';

export const SECTION = 'letterReview';

export const DetectSchema = z.enum(['auto', 'off']);
export const RunSchema = z.enum(['onType', 'onSave']);
export const MaxFileSizeSchema = z.number().int().positive();
/** Workspace-relative path (forward slashes) → rule codes silenced in that letter. */
export const IgnoreListSchema = z.record(z.string(), z.array(z.string()));
export type IgnoreList = z.infer<typeof IgnoreListSchema>;

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export interface LetterReviewSettings {
  detect: z.infer<typeof DetectSchema>;
  run: z.infer<typeof RunSchema>;
  rules: RulesConfig;
  maxFileSize: number;
  ignore: IgnoreList;
}

export const DEFAULT_SETTINGS: LetterReviewSettings = {
  detect: 'auto',
  run: 'onType',
  rules: {},
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  ignore: {},
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
  const one = <T>(key: keyof LetterReviewSettings, schema: z.ZodType<T>, expected: string, fallback: T): T => {
    const raw = get(key);
    if (raw === undefined || raw === null) return fallback;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    bad(`${SECTION}.${key}`, raw, expected, showValue(fallback));
    return fallback;
  };

  const detect = one('detect', DetectSchema, t('"auto" or "off"'), DEFAULT_SETTINGS.detect);
  const run = one('run', RunSchema, t('"onType" or "onSave"'), DEFAULT_SETTINGS.run);
  const maxFileSize = one('maxFileSize', MaxFileSizeSchema, t('a whole number of bytes above 0'), DEFAULT_SETTINGS.maxFileSize);

  const rules: RulesConfig = {};
  const rawRules = get('rules');
  if (isPlainObject(rawRules)) {
    for (const [code, setting] of Object.entries(rawRules)) {
      const parsed = RuleSettingSchema.safeParse(setting);
      if (parsed.success) rules[code] = parsed.data;
      else bad(`${SECTION}.rules.${code}`, setting, t('"error", "warning", "information", "hint" or "off"'), t('the rule\'s default severity'));
    }
  } else if (rawRules !== undefined && rawRules !== null) {
    bad(`${SECTION}.rules`, rawRules, t('an object mapping rule codes to a severity or "off"'), t('every rule\'s default severity'));
  }

  const ignore: IgnoreList = {};
  const rawIgnore = get('ignore');
  if (isPlainObject(rawIgnore)) {
    for (const [path, codes] of Object.entries(rawIgnore)) {
      const parsed = z.array(z.string()).safeParse(codes);
      if (parsed.success) ignore[normalizePath(path)] = parsed.data;
      else bad(`${SECTION}.ignore["${path}"]`, codes, t('a list of rule codes'), t('no codes ignored in that letter'));
    }
  } else if (rawIgnore !== undefined && rawIgnore !== null) {
    bad(`${SECTION}.ignore`, rawIgnore, t('an object mapping a workspace-relative path to a list of rule codes'), t('nothing ignored'));
  }

  return { settings: { detect, run, rules, maxFileSize, ignore }, problems };
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
