// The status bar entry for the active letter: its three headline figures and its findings, or why it
// was not checked. No vscode import.
import { formatIsoDate } from '../core';
import type { LetterSummary, Severity } from '../core';
import { plural } from './localize';
import type { Localize } from './localize';
import { formatBytes } from './fileSize';
import { SLOW_CHECK_MS } from './review';

/** What the status bar needs of a letter's review (a LetterReview is one). */
export type LetterState =
  | {
      kind: 'checked';
      summary: LetterSummary;
      counts: Record<Severity, number>;
      /** How long the check took (milliseconds); a slow letter is checked on save only. */
      checkMs?: number;
    }
  | { kind: 'tooLarge'; bytes: number; maxBytes: number }
  | { kind: 'binary' }
  /** A PDF whose text cannot be read. */
  | { kind: 'unreadable'; reason: string }
  /** The engine threw (it should not): the details are in the Letter Review output. */
  | { kind: 'failed' };

export interface StatusText {
  /** With `$(icon)` codicons. */
  text: string;
  /** Markdown. */
  tooltip: string;
  /** Draws the eye (warning background) when the letter could not be checked. */
  attention: boolean;
}

export function statusText(state: LetterState, t: Localize, clickOpens: 'statistics' | 'problems'): StatusText {
  if (state.kind === 'tooLarge') {
    const size = formatBytes(state.bytes);
    const max = formatBytes(state.maxBytes);
    return {
      text: `$(circle-slash) ${t('Letter not checked: {0}', size)}`,
      tooltip: t('This letter ({0}) is larger than `letterReview.maxFileSize` ({1}), so it was not checked.', size, max),
      attention: true,
    };
  }
  if (state.kind === 'binary') {
    return { text: `$(circle-slash) ${t('Letter not checked')}`, tooltip: t('This file looks binary, not like a letter, so it was not checked.'), attention: true };
  }

  if (state.kind === 'unreadable') {
    return { text: `$(circle-slash) ${t('Letter not checked')}`, tooltip: t('This file was not checked: {0}.', escapeMarkdown(state.reason)), attention: true };
  }

  if (state.kind === 'failed') {
    return { text: `$(circle-slash) ${t('Letter not checked')}`, tooltip: t('Checking this letter failed; the Letter Review output has the details.'), attention: true };
  }

  const { summary, counts } = state;
  const s = summary.statistics;
  const figures = s.upheld || s.compliance || s.remedy
    ? [
        t('Upheld {0}', pct(s.upheld?.percent)),
        t('Compliance {0}', pct(s.compliance?.percent)),
        t('Remedy {0}', pct(s.remedy?.percent)),
      ].join(' · ')
    : t('No statistics');
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const icon = counts.error ? '$(error)' : counts.warning ? '$(warning)' : total ? '$(info)' : '$(check)';
  const findings = total === 0 ? t('no findings') : plural(t, total, '1 finding', '{0} findings');

  const tooltip: string[] = [];
  tooltip.push(`**${escapeMarkdown(summary.authority ?? t('Annual Review letter'))}**${summary.reviewYear ? ` — ${summary.reviewYear}` : ''}`);
  if (summary.period) tooltip.push(t('Period: {0} to {1}', formatIsoDate(summary.period.start), formatIsoDate(summary.period.end)));
  if (s.upheld) tooltip.push(t('Complaints upheld: {0} (similar authorities {1}); {2} of {3}', pct(s.upheld.percent), pct(s.upheld.average), num(s.upheld.decisions), num(s.upheld.investigations)));
  if (s.compliance) {
    const outcomes = s.compliance.outcomes;
    const basis = outcomes === null ? t('compliance outcomes not stated') : plural(t, outcomes, '{0} compliance outcome', '{0} compliance outcomes');
    tooltip.push(t('Compliance with recommendations: {0} (similar authorities {1}); {2}', pct(s.compliance.percent), pct(s.compliance.average), basis));
  }
  if (s.remedy) {
    const decisions = s.remedy.decisions;
    const basis = decisions === null ? t('remedy decisions not stated') : plural(t, decisions, '{0} remedy decision', '{0} remedy decisions');
    tooltip.push(t('Satisfactory remedies: {0} (similar authorities {1}); {2}', pct(s.remedy.percent), pct(s.remedy.average), basis));
  }
  if (!s.upheld && !s.compliance && !s.remedy) tooltip.push(t('The letter states no statistics figures.'));
  tooltip.push(t('Findings: {0}', severityCounts(counts, t)));
  if (state.checkMs !== undefined && state.checkMs > SLOW_CHECK_MS) tooltip.push(t('Checking this letter takes {0} ms, so it is checked when saved, not while you type.', state.checkMs));
  tooltip.push(clickOpens === 'statistics' ? t('Click to open the statistics panel.') : t('Click to open the Problems view.'));

  return { text: `${figures} ${icon} ${findings}`, tooltip: tooltip.join('\n\n'), attention: false };
}

/** "1 error, 2 warnings, 0 information, 1 hint" (information has no plural). */
export function severityCounts(counts: Record<Severity, number>, t: Localize): string {
  return [
    plural(t, counts.error, '{0} error', '{0} errors'),
    plural(t, counts.warning, '{0} warning', '{0} warnings'),
    t('{0} information', counts.information),
    plural(t, counts.hint, '{0} hint', '{0} hints'),
  ].join(', ');
}

function pct(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${v}%`;
}

function num(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : String(v);
}

/** A council's name is the letter's text: keep it from acting as Markdown (links, HTML, emphasis). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, (c) => `\\${c}`);
}
