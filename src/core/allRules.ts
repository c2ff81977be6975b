// Every rule users configure by code: the checks of one letter (src/core/checks), then the checks over
// letters read together (src/core/crossChecks). Settings, the CLI's --rule, the ignore list and the
// docs list them all.
import { RULES } from './checks';
import type { RuleMeta } from './checks/types';
import { CROSS_RULES } from './crossChecks/rules';

export const ALL_RULES: readonly { meta: RuleMeta }[] = [...RULES, ...CROSS_RULES];

export const RULE_CODES: readonly string[] = ALL_RULES.map((r) => r.meta.code);
