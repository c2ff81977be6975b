// Entry point for the desktop (Node) extension host. The real wiring lives in activate.ts,
// shared with the browser entry so vscode.dev gets the same features.
export { activate, deactivate } from './activate';
