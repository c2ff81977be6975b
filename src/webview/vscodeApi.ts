// What VS Code gives a webview's script: posting to the extension, and state kept across reloads.
// `acquireVsCodeApi` may be called once per page; each page's main script calls this once. Every
// message, in and out, is checked against the page's schema: one that fails is dropped with a warning.
import type { z } from 'zod';
import { describeIssues } from '../shared/describeIssues';

export interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export interface Channel<Out> {
  api: VsCodeApi;
  post(message: Out): void;
}

/** Connects the page: `receive` gets each valid message from the extension; `post` sends only valid ones. */
export function connectToVsCode<In, Out>(incoming: z.ZodType<In>, outgoing: z.ZodType<Out>, receive: (message: In) => void): Channel<Out> {
  const api = acquireVsCodeApi();
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = incoming.safeParse(event.data);
    if (parsed.success) receive(parsed.data);
    else console.warn('[letter-review] dropped an invalid message:', describeIssues(parsed.error));
  });
  return {
    api,
    post(message) {
      const checked = outgoing.safeParse(message);
      if (checked.success) api.postMessage(checked.data);
      else console.warn('[letter-review] not sending an invalid message:', describeIssues(checked.error));
    },
  };
}
