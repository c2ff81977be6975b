// Every check over letters read together, in the order their findings are listed.
import { averagesDisagree } from './averages-disagree';
import { officialMismatch } from './official-mismatch';
import type { CrossRule } from './types';

export const CROSS_RULES: readonly CrossRule[] = [averagesDisagree, officialMismatch];
