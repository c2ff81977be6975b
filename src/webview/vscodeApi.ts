// What VS Code gives a webview's script: posting to the extension, and state kept across reloads.
// `acquireVsCodeApi` may be called once per page; each page's main script calls this once.

export interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export function connectToVsCode(): VsCodeApi {
  return acquireVsCodeApi();
}
