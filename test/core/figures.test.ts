// The figure registry describes every figure of the model once, and every view reads it: the CLI JSON
// keys, the CSV columns, the remedy base and the council name come from here.
import * as assert from 'node:assert/strict';
import { z } from 'zod';
import {
  CSV_HEADER,
  ComplianceBlockSchema,
  FIGURES,
  FigureSchema,
  LetterSummarySchema,
  OverviewSchema,
  RemedyBlockSchema,
  UpheldBlockSchema,
  baseOf,
  councilOf,
  figureIn,
  figureValue,
  parseLetter,
  summarizeLetter,
} from '../../src/core';
import { formatFixture } from './support/formatFixtures';
import { rochford } from './support/letters';

/** The fields of a block schema that hold a figure. */
function figureFields(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, s]) => {
      const inner = s instanceof z.ZodNullable || s instanceof z.ZodOptional ? (s.unwrap() as z.ZodType) : s;
      return inner === FigureSchema;
    })
    .map(([k]) => k);
}

describe('figure registry', () => {
  it('has one entry for every figure field of the model, and no other', () => {
    const model = [
      ...figureFields(UpheldBlockSchema).map((k) => `upheld.${k}`),
      ...figureFields(ComplianceBlockSchema).map((k) => `compliance.${k}`),
      ...figureFields(RemedyBlockSchema).map((k) => `remedy.${k}`),
      ...figureFields(OverviewSchema).map((k) => `overview.${k}`),
    ];
    assert.ok(model.length >= 15, 'the model schemas were read');
    assert.deepEqual(FIGURES.map((f) => f.id).sort(), model.sort());
  });

  it('puts each figure at a path of the CLI JSON contract', () => {
    const statistics = LetterSummarySchema.shape.statistics.shape;
    for (const f of FIGURES) {
      const [head, area, key] = f.jsonPath.split('.');
      assert.equal(head, 'statistics', f.id);
      let block: z.ZodType = statistics[area as keyof typeof statistics];
      while (block instanceof z.ZodOptional || block instanceof z.ZodNullable) block = block.unwrap() as z.ZodType;
      const object = block as z.ZodObject;
      assert.ok(key! in object.shape, `${f.jsonPath} is not in LetterSummarySchema`);
    }
  });

  it('gives unique CSV columns, in the order of the panel\'s Save CSV', () => {
    assert.deepEqual(CSV_HEADER, [
      'file', 'council', 'addressee', 'role', 'date', 'review_year', 'period_start', 'period_end',
      'upheld_percent', 'upheld_average', 'upheld_decisions', 'detailed_investigations', 'upheld_rate_per_100k', 'upheld_rate_average',
      'compliance_percent', 'compliance_average', 'compliance_outcomes', 'compliance_none_due',
      'remedy_percent', 'remedy_average', 'remedy_decisions', 'remedy_base',
      'errors', 'warnings',
    ]);
  });

  it('labels every figure, and names the figures a stated area must carry', () => {
    for (const f of FIGURES) {
      assert.ok(f.label && f.outlineLabel, f.id);
      if (f.kind === 'count') assert.ok(f.unit || f.area === 'overview', `${f.id} counts something`);
    }
    assert.deepEqual(FIGURES.filter((f) => f.required).map((f) => f.id), [
      'upheld.percent', 'upheld.average', 'upheld.decisions', 'upheld.investigations',
      'compliance.percent', 'compliance.average', 'compliance.outcomes',
      'remedy.percent', 'remedy.average', 'remedy.decisions',
    ]);
  });

  it('reads a figure and its JSON value from the letter (004)', () => {
    const letter = parseLetter(rochford());
    assert.equal(figureIn(letter, 'upheld.investigations')?.value, 1);
    const summary = summarizeLetter(letter);
    for (const f of FIGURES.filter((x) => x.area !== 'overview')) {
      const area = summary.statistics[f.area as 'upheld'] as Record<string, unknown>;
      assert.equal(area[f.key], figureValue(letter, f), f.id);
    }
  });

  describe('the remedy base, worked out one way', () => {
    it('is the upheld decisions, whatever the remedy block says it is based on', () => {
      const text = rochford({ upheldPercent: '38', upheldDecisions: '3', investigations: '8', remedyBase: '5' });
      const letter = parseLetter(text);
      assert.equal(figureIn(letter, 'remedy.base')?.value, 5);
      assert.equal(baseOf(letter, 'remedy.percent')?.value, 3);
    });

    it('is the remedy block\'s own total only when the upheld decisions are not stated', () => {
      const letter = parseLetter(rochford({ remedyBase: '4' }).replace(/^1\nupheld decision$/m, ''));
      assert.equal(figureIn(letter, 'upheld.decisions'), null);
      assert.equal(baseOf(letter, 'remedy.percent')?.value, 4);
    });
  });

  describe('the council', () => {
    it('is the addressee\'s council (004)', () => {
      assert.equal(councilOf(parseLetter(rochford()))?.text, 'Rochford District Council');
    });

    it('is the one a statistics text names when there is no addressee', () => {
      const letter = parseLetter(formatFixture('2018-19-statistics.txt'));
      assert.equal(letter.addressee, null);
      assert.equal(councilOf(letter)?.text, 'Wealden District Council');
      assert.equal(summarizeLetter(letter).authority, 'Wealden District Council');
    });

    it('is null when the text names none', () => {
      assert.equal(councilOf(parseLetter('Complaints upheld\n\n100% of complaints we investigated were upheld.')), null);
    });
  });
});
