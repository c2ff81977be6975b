// Entry point for the browser extension host (vscode.dev, github.dev). Nothing here may use Node APIs.
export { activate, deactivate } from './activate';
