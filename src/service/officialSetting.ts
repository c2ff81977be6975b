// Which file `letterReview.officialFigures` may make the extension read (issue 19). A repository
// cloned from anywhere can carry `.vscode/settings.json`, so a workspace's value is trusted less than
// the user's own:
// - in a workspace not trusted (Restricted Mode) the workspace's value is ignored, and only the user
//   settings' value applies;
// - in a trusted workspace it names a file inside the workspace folder: a path that leaves the folder
//   ("..", an absolute path; a symbolic link pointing out is refused by the host, which can see links)
//   is refused with a message;
// - the user's own value may name any file: an absolute path, or one relative to the workspace folder.
// Host-neutral and pure: paths are POSIX paths (a URI's path), so vscode.dev is treated the same way.

/** The setting's value at each level, as `WorkspaceConfiguration.inspect` gives them. */
export interface OfficialSettingValues {
  user?: unknown;
  workspace?: unknown;
  workspaceFolder?: unknown;
}

export interface OfficialSettingContext {
  values: OfficialSettingValues;
  trusted: boolean;
  /** The workspace folder's path (a URI's path, forward slashes), or null without one. */
  folder: string | null;
}

export type OfficialSettingDecision =
  /** Nothing to read. `notice`: the workspace's value was ignored (said once). */
  | { kind: 'none'; notice: string | null }
  /**
   * Read `path`. `inside`: the path came from the workspace, so the host must also refuse it when a
   * symbolic link takes it out of `folder`.
   */
  | { kind: 'read'; path: string; inside: string | null; notice: string | null }
  /** The value may not be read: `message` says why and what to do. */
  | { kind: 'refused'; message: string };

export const OFFICIAL_SETTING = 'letterReview.officialFigures';

export function decideOfficialFile(context: OfficialSettingContext): OfficialSettingDecision {
  const { values, trusted, folder } = context;
  const fromWorkspace = nonEmpty(values.workspaceFolder) ?? nonEmpty(values.workspace);
  const fromUser = nonEmpty(values.user);
  let notice: string | null = null;
  if (fromWorkspace !== null && trusted) return workspacePath(fromWorkspace, folder);
  if (fromWorkspace !== null) {
    notice = `${OFFICIAL_SETTING} in this workspace's settings (${shown(fromWorkspace)}) is ignored: the workspace is not trusted (Restricted Mode). Trust the workspace, or name the file in your user settings.`;
  }
  if (fromUser === null) return { kind: 'none', notice };
  if (isAbsolute(fromUser)) return { kind: 'read', path: normalize(fromUser.replace(/\\/g, '/')), inside: null, notice };
  if (folder === null) return { kind: 'refused', message: `${OFFICIAL_SETTING} (${shown(fromUser)}) is a relative path, but no workspace folder is open to find it in. Use an absolute path.` };
  return { kind: 'read', path: normalize(`${folder}/${fromUser.replace(/\\/g, '/')}`), inside: null, notice };
}

/** A workspace's value: a file inside the workspace folder, or refused. */
function workspacePath(value: string, folder: string | null): OfficialSettingDecision {
  const refuse = (why: string): OfficialSettingDecision => ({
    kind: 'refused',
    message: `${OFFICIAL_SETTING} in this workspace's settings (${shown(value)}) is not read: ${why}. A workspace may name only a file inside its folder; to read a file elsewhere, name it in your user settings.`,
  });
  if (folder === null) return refuse('no workspace folder is open to find it in');
  const path = value.replace(/\\/g, '/');
  if (isAbsolute(path)) return refuse('it is an absolute path');
  const resolved = normalize(`${folder}/${path}`);
  if (!isInside(resolved, folder)) return refuse('it leads out of the workspace folder');
  return { kind: 'read', path: resolved, inside: normalize(folder), notice: null };
}

/** Whether `path` is `folder` or lies below it (both normalised, POSIX). */
export function isInside(path: string, folder: string): boolean {
  const base = normalize(folder).replace(/\/$/, '');
  return path === base || path.startsWith(`${base}/`);
}

/** "/", a drive ("C:/", "c:\\"), a UNC or URI-like start, or "~" (a home folder only a shell expands). */
function isAbsolute(path: string): boolean {
  return /^(?:[/\\~]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]*:\/\/)/.test(path);
}

/** Resolves "." and ".." segments (".." above the root stays at the root); always from "/", as a URI's path. */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return `/${out.join('/')}`;
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The setting's value in a message: the user's own words, cut short, on one line. */
function shown(value: string): string {
  const one = value.replace(/[\p{Cc}\p{Cf}]+/gu, ' ');
  return JSON.stringify(one.length > 80 ? `${one.slice(0, 79)}…` : one);
}
