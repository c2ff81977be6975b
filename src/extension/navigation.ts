// Reading a letter in the editor: hover on a figure (what it is, its arithmetic), the outline and
// breadcrumbs (sections, statistics blocks, figures), Go to Symbol in Workspace, folding by section.
import * as vscode from 'vscode';
import { councilOf } from '../core';
import type { LineIndex } from '../core';
import type { CheckedReview, LetterService } from '../service';
import { factAt, figureFacts } from '../service/figureFacts';
import { foldingRanges, outlineOf } from '../service/outline';
import type { OutlineKind, OutlineNode } from '../service/outline';
import { escapeMarkdown } from '../service/statusText';
import { toRange } from './diagnostics';
import { letterDocument, toUri } from './documents';
import { t } from './l10n';

/**
 * Symbol kinds by their icon and by the word VS Code puts beside a name ("Complaints upheld (field)" in
 * tooltips, "numbers (9)" in Go to Symbol): a page for a section of the letter, a field for a statistics
 * block, a number for a figure, an event for a period. Never String (its icon reads "abc") nor Struct,
 * Class or Namespace, which speak to programmers.
 */
const SYMBOL_KIND: Record<OutlineKind, vscode.SymbolKind> = {
  section: vscode.SymbolKind.File,
  block: vscode.SymbolKind.Field,
  figure: vscode.SymbolKind.Number,
  period: vscode.SymbolKind.Event,
};

/** The letter as the document reads now, from the letter service (reviewed once per version). */
function currentLetter(service: LetterService, document: vscode.TextDocument): CheckedReview | undefined {
  const review = service.reviewUnlessSlow(letterDocument(document));
  return review?.kind === 'checked' ? review : undefined;
}

export class LetterHovers implements vscode.HoverProvider {
  constructor(private readonly service: LetterService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const current = currentLetter(this.service, document);
    if (!current) return undefined;
    const found = factAt(figureFacts(current.letter, t), document.offsetAt(position));
    if (!found) return undefined;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMarkdown(found.fact.title)}**\n\n`);
    for (const line of found.fact.lines) md.appendMarkdown(`${escapeMarkdown(line)}\n\n`);
    // A PDF letter: where to find the figure on the printed pages.
    const page = current.pages?.pageAt(found.span.start);
    if (page !== undefined) md.appendMarkdown(`${escapeMarkdown(t('Page {0} of the PDF', page))}\n\n`);
    return new vscode.Hover(md, toRange(current.lines.rangeOf(found.span)));
  }
}

export class LetterSymbols implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider {
  constructor(private readonly service: LetterService) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const current = currentLetter(this.service, document);
    if (!current) return [];
    return outlineOf(current.letter, t).map((n) => toSymbol(n, current.lines));
  }

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    const current = currentLetter(this.service, document);
    if (!current) return [];
    return foldingRanges(current.letter, current.text, current.lines).map((r) => new vscode.FoldingRange(r.start, r.end, vscode.FoldingRangeKind.Region));
  }
}

/** Go to Symbol in Workspace over every letter checked: open ones and those the workspace check read. */
export class LetterWorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly service: LetterService) {}

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    const wanted = query.toLowerCase();
    const out: vscode.SymbolInformation[] = [];
    for (const checked of this.service.all()) {
      if (checked.kind !== 'checked') continue;
      const lines = checked.lines;
      const uri = toUri(checked.uri);
      const authority = councilOf(checked.letter)?.text ?? vscode.workspace.asRelativePath(uri);
      const visit = (node: OutlineNode, container: string): void => {
        if (node.kind !== 'figure' && node.kind !== 'period' && matches(node.name, wanted)) {
          out.push(new vscode.SymbolInformation(node.name, SYMBOL_KIND[node.kind], container, new vscode.Location(uri, toRange(lines.rangeOf(node.selection)))));
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
