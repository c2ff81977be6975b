// Reading a letter in the editor: hover on a figure (what it is, its arithmetic), the outline and
// breadcrumbs (sections, statistics blocks, figures), Go to Symbol in Workspace, folding by section.
import * as vscode from 'vscode';
import { LineIndex, parseLetter } from '../core';
import type { Letter } from '../core';
import { factAt, figureFacts } from '../service/figureFacts';
import { exceedsSize } from '../service/fileSize';
import { t } from './l10n';
import type { LetterChecks } from './letterChecks';
import { SLOW_CHECK_MS, toRange } from './letterChecks';
import { foldingRanges, outlineOf } from '../service/outline';
import type { OutlineKind, OutlineNode } from '../service/outline';
import type { SettingsService } from './settingsService';
import { escapeMarkdown } from '../service/statusText';

const SYMBOL_KIND: Record<OutlineKind, vscode.SymbolKind> = {
  section: vscode.SymbolKind.String,
  block: vscode.SymbolKind.Struct,
  figure: vscode.SymbolKind.Number,
  period: vscode.SymbolKind.Constant,
};

/** The letter as the document reads now: the last check's model if current, else parsed afresh. */
export class CurrentLetters {
  constructor(
    private readonly checks: LetterChecks,
    private readonly settings: SettingsService,
  ) {}

  of(document: vscode.TextDocument): { letter: Letter; lines: LineIndex } | undefined {
    const checked = this.checks.get(document.uri);
    if (checked?.letter && checked.lines && checked.version === document.version) return { letter: checked.letter, lines: checked.lines };
    // A letter that is slow to check is not parsed again on every keystroke; its next save brings it back.
    if (checked && checked.checkMs > SLOW_CHECK_MS) return undefined;
    const text = document.getText();
    if (exceedsSize(text, this.settings.for(document.uri).maxFileSize)) return undefined;
    return { letter: parseLetter(text), lines: new LineIndex(text) };
  }
}

export class LetterHovers implements vscode.HoverProvider {
  constructor(private readonly letters: CurrentLetters) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const current = this.letters.of(document);
    if (!current) return undefined;
    const found = factAt(figureFacts(current.letter, t), document.offsetAt(position));
    if (!found) return undefined;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMarkdown(found.fact.title)}**\n\n`);
    for (const line of found.fact.lines) md.appendMarkdown(`${escapeMarkdown(line)}\n\n`);
    return new vscode.Hover(md, toRange(current.lines.rangeOf(found.span)));
  }
}

export class LetterSymbols implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider {
  constructor(private readonly letters: CurrentLetters) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const current = this.letters.of(document);
    if (!current) return [];
    return outlineOf(current.letter, t).map((n) => toSymbol(n, current.lines));
  }

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    const current = this.letters.of(document);
    if (!current) return [];
    return foldingRanges(current.letter, document.getText(), current.lines).map((r) => new vscode.FoldingRange(r.start, r.end, vscode.FoldingRangeKind.Region));
  }
}

/** Go to Symbol in Workspace over every letter checked: open ones and those the workspace check read. */
export class LetterWorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly checks: LetterChecks) {}

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    const wanted = query.toLowerCase();
    const out: vscode.SymbolInformation[] = [];
    for (const checked of this.checks.all()) {
      if (!checked.letter || !checked.lines) continue;
      const lines = checked.lines;
      const authority = checked.letter.addressee?.authority?.text ?? vscode.workspace.asRelativePath(checked.uri);
      const visit = (node: OutlineNode, container: string): void => {
        if (node.kind !== 'figure' && node.kind !== 'period' && matches(node.name, wanted)) {
          out.push(new vscode.SymbolInformation(node.name, SYMBOL_KIND[node.kind], container, new vscode.Location(checked.uri, toRange(lines.rangeOf(node.selection)))));
        }
        for (const child of node.children) visit(child, container);
      };
      for (const node of outlineOf(checked.letter, t)) visit(node, authority);
    }
    return out;
  }
}

function toSymbol(node: OutlineNode, lines: LineIndex): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(node.name || '—', node.detail, SYMBOL_KIND[node.kind], toRange(lines.rangeOf(node.span)), toRange(lines.rangeOf(node.selection)));
  symbol.children = node.children.map((c) => toSymbol(c, lines));
  return symbol;
}

/** The letters of `query` in order, anywhere in `name` (VS Code filters again; this keeps results few). */
function matches(name: string, query: string): boolean {
  let i = 0;
  const lower = name.toLowerCase();
  for (const ch of lower) if (ch === query[i]) i++;
  return i >= query.length;
}
