import type { Figure, Span } from '../model';
import type { Report, Rule } from './types';

export const figureMissing: Rule = {
  meta: {
    code: 'figure-missing',
    title: 'A key area lacks one of its figures',
    defaultSeverity: 'warning',
    description:
      'A key area that is stated should carry all its figures: upheld — percentage, average, upheld decisions and detailed investigations; compliance — percentage, average and compliance outcomes (unless no recommendations were due); satisfactory remedy — percentage, average and remedy decisions. Without them its arithmetic cannot be checked.',
  },
  check({ letter, report }) {
    const { upheld, compliance, remedy } = letter.statistics;
    // The list of names is built only for a block that lacks a figure: most blocks have them all.
    if (upheld && !(upheld.percent && upheld.average && upheld.decisions && upheld.investigations)) {
      missing(report, 'Complaints upheld', upheld.heading?.span ?? upheld.span, [
        ['the upheld percentage', upheld.percent], ['the similar-authorities average', upheld.average],
        ['the number of upheld decisions', upheld.decisions], ['the number of detailed investigations', upheld.investigations],
      ]);
    }
    if (compliance && !compliance.noneDue && !(compliance.percent && compliance.average && compliance.outcomes)) {
      missing(report, 'Compliance with recommendations', compliance.heading?.span ?? compliance.span, [
        ['the compliance percentage', compliance.percent], ['the similar-authorities average', compliance.average],
        ['the number of compliance outcomes', compliance.outcomes],
      ]);
    }
    if (remedy && !(remedy.percent && remedy.average && remedy.decisions)) {
      missing(report, 'Satisfactory remedies', remedy.heading?.span ?? remedy.span, [
        ['the satisfactory-remedy percentage', remedy.percent], ['the similar-authorities average', remedy.average],
        ['the number of satisfactory remedy decisions', remedy.decisions],
      ]);
    }
  },
};

function missing(report: Report, area: string, at: Span, items: [string, Figure | null][]): void {
  const absent = items.filter(([, f]) => !f).map(([name]) => name);
  if (absent.length > 0) report({ message: `${area}: the letter does not state ${absent.join(', ')}`, span: at });
}
