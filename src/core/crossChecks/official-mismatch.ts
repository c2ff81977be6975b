import type { Area, Letter } from '../model';
import { isNumber, percentText } from '../checks/format';
import { letterPeriod } from '../parseLetter';
import { financialYearOf } from '../official/financialYear';
import { OFFICIAL_METRICS, letterFigure, metricLabel } from '../official/metrics';
import type { OfficialMetric } from '../official/metrics';
import { councilNameOf } from './councilOfLetter';
import { exampleLetter } from './exampleLetter';
import type { CrossRule, CrossRuleExamples } from './types';

export const officialMismatch: CrossRule = {
  meta: {
    code: 'official-mismatch',
    title: 'A figure differs from the official figures',
    defaultSeverity: 'warning',
    description:
      'Each figure the letter states must equal the one the file of official figures gives for the same council and year (percentages and averages within the ±0.5 of rounding). Checked only when a file is named (--official, letterReview.officialFigures); a council or year the file does not list raises nothing.',
  },
  check({ letters, official, report }) {
    if (!official) return;
    letters.forEach(({ letter }, index) => {
      const council = councilNameOf(letter);
      if (!council) return;
      for (const metric of OFFICIAL_METRICS) {
        const figure = letterFigure(letter, metric);
        const year = yearOf(letter, metric.area);
        if (!isNumber(figure) || !year) continue;
        const given = official.lookup(council, year, metric);
        if (!given || agrees(metric, figure.value, given.value)) continue;
        const label = metricLabel(metric);
        report(index, {
          message: `${label} ${shown(metric, figure.value)} here, ${shown(metric, given.value)} in ${official.source.name} (line ${given.line})`,
          span: figure.span,
          related: [{ message: `${label} ${shown(metric, given.value)} for ${year}`, span: given.span, file: official.source.file }],
        });
      }
    });
  },
};

/** The year ("2019-20") the area's figures are for: its own period, else the letter's. */
function yearOf(letter: Letter, area: Area): string | null {
  const own = letter.statistics[area]?.period;
  return financialYearOf(own?.start ? own : letterPeriod(letter));
}

/** Letters print percentages and averages whole: a published 95.6 is the letter's 96. */
function agrees(metric: OfficialMetric, printed: number, published: number): boolean {
  return metric.kind === 'count' ? printed === published : Math.abs(printed - published) <= 0.5 + 1e-9;
}

function shown(metric: OfficialMetric, value: number): string {
  return metric.kind === 'count' ? String(value) : percentText(value);
}

const publishedAshcombe = (upheld: number): string =>
  ['council,year,metric,value', `Ashcombe District Council,2019-20,upheld_percent,${upheld}`, 'Ashcombe District Council,2019-20,upheld_decisions,2', 'Ashcombe District Council,2019-20,detailed_investigations,4', 'Ashcombe,2019-20,remedy_average,20.4'].join('\n');

export const examples: CrossRuleExamples = {
  fails: {
    why: 'the letter says 50% of complaints were upheld; official.csv gives 40% for Ashcombe District Council in 2019-20 (`--official official.csv`). The warning is on the 50%: "upheld 50% here, 40% in official.csv (line 2)".',
    letters: [{ name: 'letter.txt', text: exampleLetter({ council: 'Ashcombe District Council' }) }],
    official: { name: 'official.csv', text: publishedAshcombe(40) },
    flagged: 'letter.txt',
  },
  passes: {
    why: 'official.csv gives 50%; its remedy average of 20.4% is the letter’s 20% as printed, and "Ashcombe" is the only council it could be.',
    official: { name: 'official.csv', text: publishedAshcombe(50) },
  },
};
