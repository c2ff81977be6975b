// vscode.l10n.t in the shape the vscode-free modules take (see localize.ts).
import * as vscode from 'vscode';
import type { Localize } from '../service/localize';

export const t: Localize = (message, ...args) => vscode.l10n.t(message, ...args);
