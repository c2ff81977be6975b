// Every check, in the order findings are listed. Add a rule: write its file, list it here,
// document it in docs/rules.md.
import type { Rule } from './types';
import { statisticsMissing } from './statisticsMissing';
import { statisticsIncomplete } from './statisticsIncomplete';
import { figureMissing } from './figureMissing';
import { upheldConsistency } from './upheldConsistency';
import { remedyConsistency } from './remedyConsistency';
import { complianceConsistency } from './complianceConsistency';
import { countExceedsTotal } from './countExceedsTotal';
import { percentageRange } from './percentageRange';
import { periodMismatch } from './periodMismatch';
import { authorityMismatch } from './authorityMismatch';
import { pluralMismatch } from './pluralMismatch';
import { captionMismatch } from './captionMismatch';
import { overviewConsistency } from './overviewConsistency';
import { tableTotals } from './tableTotals';
import { upholdRate } from './upholdRate';

export const RULES: readonly Rule[] = [
  statisticsMissing,
  statisticsIncomplete,
  figureMissing,
  upheldConsistency,
  remedyConsistency,
  complianceConsistency,
  countExceedsTotal,
  percentageRange,
  periodMismatch,
  authorityMismatch,
  pluralMismatch,
  captionMismatch,
  overviewConsistency,
  tableTotals,
  upholdRate,
];

export const RULE_CODES: readonly string[] = RULES.map((r) => r.meta.code);
export type { Rule, RuleMeta } from './types';
