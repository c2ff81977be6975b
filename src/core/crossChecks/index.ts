// Checks over letters read together (the CLI given several files, Check All Letters, the folder summary).
export { CROSS_RULES } from './rules';
export { checkLetterSet } from './checkLetterSet';
export { letterForSet } from './letterForSet';
export type { SetCheckOptions } from './checkLetterSet';
export type { CrossFinding, CrossRule, CrossRuleContext, LetterInSet } from './types';
