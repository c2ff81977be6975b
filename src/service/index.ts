// The letter service's public surface: host-neutral (no vscode, no Node), built on src/core.
export { LetterService } from './letterService';
export type { LetterServiceHost } from './letterService';
export { CORE_ENGINE, SLOW_CHECK_MS, reviewLetter } from './review';
export type { BinaryReview, CheckedReview, FailedReview, UnreadableReview, LetterDocument, LetterEngine, LetterReview, TooLargeReview } from './review';
export { BATCH_SIZE, MAX_FILES, PROGRESS_INTERVAL_MS } from './folder';
export type { FileOutcome, FilesResult, FolderOptions, FolderProgress, FolderResult } from './folder';
export { fileNameOf } from './fileSystem';
export type { FileStat, LetterFileSystem } from './fileSystem';
export { Emitter } from './event';
export type { CancellationToken, Disposable, Event } from './event';
export { DEFAULT_SETTINGS, IgnoreListSchema, SECTION, SettingsSchema, TIME_LIMIT_SETTING, readSettings, WarnOnce, normalizePath } from './settings';
export type { IgnoreList, LetterReviewSettings, SettingProblem } from './settings';
export { LazyPdfReader, isPdfUri, readLetterText } from './letterText';
export type { LetterText, PdfTextReader, StartPdfWorkers } from './letterText';
