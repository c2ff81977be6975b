// `letterReview.officialFigures`: reads the file of official figures the setting names, when the
// workspace's trust and the path allow it (src/service/officialSetting.ts decides), and hands the
// table to the letter service, which compares every letter with it (official-mismatch). Reads again
// when the setting, the workspace's trust or the file changes. What it refuses or ignores is said
// once, in the Letter Review output and above the folder summary's table; a file that cannot be read
// gives one message naming the line, and never more of the file than the core's reader allows.
import * as vscode from 'vscode';
import { TimeLimitReached, decodeText, deadlineAfter, timeLimitMessage } from '../core';
import { readOfficialFigures } from '../core/official/officialFigures';
import type { LetterService } from '../service';
import { formatBytes } from '../service/fileSize';
import { decideOfficialFile, isInside, normalize, OFFICIAL_SETTING } from '../service/officialSetting';
import { SECTION, TIME_LIMIT_SETTING } from '../service/settings';
import type { LetterReviewSettings } from '../service/settings';

/** Far more than the Ombudsman publishes for every council and year (the CSV reader's own limit is 20 million characters). */
export const MAX_OFFICIAL_BYTES = 20 * 1024 * 1024;

/** Desktop only: the real path of a file, symbolic links followed (node:fs/promises realpath). */
export type RealPath = (fsPath: string) => Promise<string>;

/**
 * Development and test builds only. code-server runs the tests with workspace trust switched off, so
 * the suite acts as an untrusted workspace through this command (the extension then ignores the
 * workspace's value exactly as in Restricted Mode); and reads back what the official figures came to.
 */
export const SIMULATE_TRUST_COMMAND = 'letterReview._trust.simulate';
export const OFFICIAL_STATE_COMMAND = 'letterReview._official.state';

export interface OfficialState {
  notices: string[];
  loaded: { file: string; councils: number; figures: number } | null;
}

export class OfficialFiguresLoader implements vscode.Disposable {
  private notices: string[] = [];
  private loaded: OfficialState['loaded'] = null;
  private readonly said = new Set<string>();
  /** Notices said in the output channel only (not as a warning message). */
  private readonly quiet = new Set<string>();
  private watcher: vscode.FileSystemWatcher | undefined;
  private trustForTests: boolean | undefined;
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[];
  private readonly realPath: RealPath | undefined;
  private readonly settingsFor: (uri: vscode.Uri) => LetterReviewSettings;

  constructor(
    private readonly service: LetterService,
    private readonly log: vscode.LogOutputChannel,
    options: { realPath?: RealPath; testCommands: boolean; settingsFor: (uri: vscode.Uri) => LetterReviewSettings },
  ) {
    this.realPath = options.realPath;
    this.settingsFor = options.settingsFor;
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(OFFICIAL_SETTING)) void this.load();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.load()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.load()),
    ];
    if (options.testCommands) {
      this.subscriptions.push(
        vscode.commands.registerCommand(SIMULATE_TRUST_COMMAND, (trusted: unknown) => this.simulateTrust(typeof trusted === 'boolean' ? trusted : undefined)),
        vscode.commands.registerCommand(OFFICIAL_STATE_COMMAND, () => this.state()),
      );
    }
  }

  /** What is shown above the folder summary's table. */
  currentNotices(): string[] {
    return [...this.notices];
  }

  state(): OfficialState {
    return { notices: this.currentNotices(), loaded: this.loaded };
  }

  /** Tests only: act as if the workspace were (not) trusted; undefined goes back to VS Code's own answer. */
  simulateTrust(trusted: boolean | undefined): Promise<void> {
    this.trustForTests = trusted;
    return this.load();
  }

  /** Decides, reads and hands over the table (or none); a newer load overtakes an older one. */
  async load(): Promise<void> {
    const generation = ++this.generation;
    const notices: string[] = [];
    const table = await this.read(notices).catch((e: unknown) => {
      notices.push(`${OFFICIAL_SETTING}: the file could not be read (${e instanceof Error ? e.message : String(e)}).`);
      return null;
    });
    if (generation !== this.generation) return;
    this.notices = notices;
    for (const n of notices) this.sayOnce(n);
    this.loaded = table ? { file: table.table.source.file, councils: table.table.councils, figures: table.table.figures } : null;
    this.service.setOfficialFigures(table);
  }

  private async read(notices: string[]): Promise<Parameters<LetterService['setOfficialFigures']>[0]> {
    const refuse = (message: string): null => {
      notices.push(message);
      return null;
    };
    const folder = vscode.workspace.workspaceFolders?.[0];
    const inspected = vscode.workspace.getConfiguration(SECTION, folder?.uri).inspect<unknown>('officialFigures');
    const decision = decideOfficialFile({
      values: { user: inspected?.globalValue, workspace: inspected?.workspaceValue, workspaceFolder: inspected?.workspaceFolderValue },
      trusted: this.trustForTests ?? vscode.workspace.isTrusted,
      folder: folder ? folder.uri.path : null,
    });
    if (decision.kind === 'refused') return refuse(decision.message);
    // Ignoring an untrusted workspace's value is said in the output only; what cannot be read is said out loud too.
    if (decision.notice) this.quiet.add(decision.notice);
    if (decision.notice) notices.push(decision.notice);
    if (decision.kind === 'none') return this.unwatch();
    const uri = folder ? folder.uri.with({ path: decision.path }) : vscode.Uri.file(decision.path);
    const name = decision.path.split('/').pop() ?? decision.path;
    if (decision.inside && folder) {
      const escape = await this.linksOut(folder.uri, uri);
      if (escape) return refuse(`${OFFICIAL_SETTING} in this workspace's settings is not read: ${escape}. A workspace may name only a file inside its folder; to read a file elsewhere, name it in your user settings.`);
    }
    this.watch(uri);
    const stat = await vscode.workspace.fs.stat(uri);
    if (!(stat.type & vscode.FileType.File)) return refuse(`${OFFICIAL_SETTING}: ${name} is not a file.`);
    if (stat.size > MAX_OFFICIAL_BYTES) return refuse(`${OFFICIAL_SETTING}: ${name} (${formatBytes(stat.size)}) is larger than any file of official figures (${formatBytes(MAX_OFFICIAL_BYTES)}), so it is not read.`);
    const text = decodeText(await vscode.workspace.fs.readFile(uri));
    const limitMs = this.settingsFor(uri).timeLimit * 1000;
    let read;
    try {
      read = readOfficialFigures(text, { name, file: uri.toString() }, deadlineAfter(limitMs));
    } catch (e) {
      if (!(e instanceof TimeLimitReached)) throw e;
      return refuse(`${OFFICIAL_SETTING}: ${timeLimitMessage(`reading ${name}`, limitMs, TIME_LIMIT_SETTING)}. Every letter is still checked, without the official figures.`);
    }
    if (!read.ok) return refuse(`${OFFICIAL_SETTING}: ${read.message}. Every letter is still checked, without the official figures.`);
    this.log.info(`${OFFICIAL_SETTING}: read ${read.table.figures} figures for ${read.table.councils} councils from ${name}`);
    return { table: read.table, text };
  }

  /** Why the file, though named inside the folder, is not in it: a symbolic link on the way out; null when it is in. */
  private async linksOut(folder: vscode.Uri, file: vscode.Uri): Promise<string | null> {
    if (this.realPath && folder.scheme === 'file') {
      try {
        const [realFolder, realFile] = await Promise.all([this.realPath(folder.fsPath), this.realPath(file.fsPath)]);
        const posix = (p: string): string => normalize(p.replace(/\\/g, '/'));
        return isInside(posix(realFile), posix(realFolder)) ? null : 'a symbolic link takes it out of the workspace folder';
      } catch {
        return null; // not there (yet): reading it says so
      }
    }
    // Without real paths (vscode.dev, remote file systems): any link on the way is refused.
    const segments = file.path.slice(folder.path.replace(/\/$/, '').length).split('/').filter(Boolean);
    let at = folder;
    for (const segment of segments) {
      at = vscode.Uri.joinPath(at, segment);
      const stat = await Promise.resolve(vscode.workspace.fs.stat(at)).catch(() => null);
      if (stat && stat.type & vscode.FileType.SymbolicLink) return 'the path goes through a symbolic link';
    }
    return null;
  }

  private watch(uri: vscode.Uri): void {
    this.unwatch();
    const folder = vscode.Uri.joinPath(uri, '..');
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, uri.path.split('/').pop() ?? ''));
    const reload = (): void => void this.load();
    this.watcher.onDidChange(reload);
    this.watcher.onDidCreate(reload);
    this.watcher.onDidDelete(reload);
  }

  private unwatch(): null {
    this.watcher?.dispose();
    this.watcher = undefined;
    return null;
  }

  private sayOnce(message: string): void {
    if (this.said.has(message)) return;
    this.said.add(message);
    this.log.warn(message);
    if (!this.quiet.has(message)) void vscode.window.showWarningMessage(`Letter Review: ${message}`);
  }

  dispose(): void {
    this.unwatch();
    for (const s of this.subscriptions) s.dispose();
  }
}
