// Where the folder summary's export dialog starts. No vscode import: URIs as strings, unit-tested.

/**
 * The first workspace folder that is neither the extension's own folder nor inside it, so an export
 * never lands in the extension's checkout by default (when developing it, the workspace may be that
 * checkout); undefined leaves the dialog to start where it likes.
 */
export function exportFolder(folders: readonly string[], extensionFolder: string): string | undefined {
  const own = withSlash(extensionFolder);
  return folders.find((f) => !withSlash(f).startsWith(own));
}

function withSlash(uri: string): string {
  return uri.endsWith('/') ? uri : `${uri}/`;
}
