// The engine's public surface. Pure TypeScript: runs unchanged in Node, the browser and the CLI.
export * from './model';
export { parseLetter, letterPeriod } from './parseLetter';
export type { ParseOptions } from './parseLetter';
export { checkLetter } from './checkLetter';
export type { CheckOptions } from './checkLetter';
export { RULES, RULE_CODES } from './checks';
export type { Rule, RuleMeta } from './checks';
export { RulesConfigSchema, RuleSettingSchema } from './config';
export type { RulesConfig, RuleSetting } from './config';
export { LineIndex } from './text/lineIndex';
export { decodeText } from './text/decode';
export type { Position, Range } from './text/lineIndex';
export { looksLikeLetter, looksBinary } from './detect';
export { summarizeLetter, findingToJson, LetterSummarySchema, FileReportSchema, CliJsonSchema, FindingJsonSchema } from './summary';
export type { LetterSummary, FileReport, FindingJson, PageLocator } from './summary';
export { FORMATS } from './formats';
export { reviewText } from './review';
export type { Review } from './review';
