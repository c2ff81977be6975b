// Every check, in the order findings are listed. Add a rule: write its file, named by its code and
// exporting its docs examples beside it (see types.ts), list it here, write its test
// (test/core/checks/<code>.test.ts), and run `npm run generate` for its setting, string and docs.
import type { Rule } from './types';
import { statisticsMissing } from './statistics-missing';
import { statisticsIncomplete } from './statistics-incomplete';
import { figureMissing } from './figure-missing';
import { upheldInconsistent } from './upheld-inconsistent';
import { remedyInconsistent } from './remedy-inconsistent';
import { complianceInconsistent } from './compliance-inconsistent';
import { baseMismatch } from './base-mismatch';
import { countExceedsTotal } from './count-exceeds-total';
import { percentageOutOfRange } from './percentage-out-of-range';
import { periodMismatch } from './period-mismatch';
import { authorityMismatch } from './authority-mismatch';
import { pluralMismatch } from './plural-mismatch';
import { captionMismatch } from './caption-mismatch';
import { overviewInconsistent } from './overview-inconsistent';
import { tableTotalMismatch } from './table-total-mismatch';
import { upholdRateInconsistent } from './uphold-rate-inconsistent';

export const RULES: readonly Rule[] = [
  statisticsMissing,
  statisticsIncomplete,
  figureMissing,
  upheldInconsistent,
  remedyInconsistent,
  complianceInconsistent,
  baseMismatch,
  countExceedsTotal,
  percentageOutOfRange,
  periodMismatch,
  authorityMismatch,
  pluralMismatch,
  captionMismatch,
  overviewInconsistent,
  tableTotalMismatch,
  upholdRateInconsistent,
];
export type { Rule, RuleMeta } from './types';
