// Rule configuration, shared by the CLI, the extension's settings and tests.
import { z } from 'zod';
import { SeveritySchema } from './model';

export const RuleSettingSchema = z.union([SeveritySchema, z.literal('off')]);
/** Every level a rule can be set to, most severe first. */
export const RULE_LEVELS: readonly RuleSetting[] = [...SeveritySchema.options, 'off'];
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** Per code, a severity or "off". Unknown codes are allowed (and ignored) so old settings never break. */
export const RulesConfigSchema = z.record(z.string(), RuleSettingSchema);
export type RulesConfig = z.infer<typeof RulesConfigSchema>;
