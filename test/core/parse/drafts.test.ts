// The drafts a letter's facts are gathered into (parse/drafts.ts): the first statement of a figure
// wins, later ones are restatements only where the block is being stated again, and each block's span
// runs over its heading, figures, nouns, period, captions and "none due".
import * as assert from 'node:assert/strict';
import type { Caption, PeriodMention } from '../../../src/core';
import { BlockDraft, OverviewDraft } from '../../../src/core/parse/drafts';
import { figureAt as figure } from '../support/spans';

const SOURCE = 'x'.repeat(400);

function period(start: number, end: number): PeriodMention {
  return { source: 'upheld', start: '2019-04-01', end: '2020-03-31', text: SOURCE.slice(start, end), span: { start, end } };
}

function caption(value: number, start: number): Caption {
  return { percent: figure(value, start), authority: null, span: { start: start - 5, end: start + 10 } };
}

describe('parse: the drafts of the key-area blocks and the overview', () => {
  it('gives nothing for an area with no figure, caption or "none due"', () => {
    const draft = new BlockDraft('upheld');
    draft.markHeading({ start: 0, end: 17 }, SOURCE);
    draft.setPeriod(period(20, 40));
    assert.equal(draft.upheld(), null);
    assert.equal(String(draft), 'BlockDraft(upheld)');
  });

  it('keeps the first statement of each figure, and spans the block from its heading to its last noun', () => {
    const draft = new BlockDraft('upheld');
    draft.markHeading({ start: 10, end: 27 }, SOURCE);
    const percent = figure(75, 40);
    const total = figure(12, 100, { start: 103, end: 126 });
    draft.set('percent', percent, false);
    draft.set('total', total, true);
    draft.set('decisions', figure(9, 80), false);
    draft.setPeriod(period(130, 160));
    draft.setPeriod(period(200, 230));
    draft.markHeading({ start: 300, end: 310 }, SOURCE);
    const block = draft.upheld()!;
    assert.deepEqual(block.heading, { text: SOURCE.slice(10, 27), span: { start: 10, end: 27 } }, 'a heading after the figures is not the block\'s');
    assert.equal(block.percent, percent);
    assert.equal(block.investigations, total);
    assert.equal(block.decisions?.value, 9);
    assert.deepEqual(block.period?.span, { start: 130, end: 160 }, 'the first period');
    assert.deepEqual(block.span, { start: 10, end: 230 }, 'to the end of the last period read');
    assert.equal(block.rate, null);
    assert.equal(block.rateAverage, null);
    assert.equal(block.average, null);
    assert.equal('restatements' in block, false, 'none');
  });

  it('starts the span at the first figure when there is no heading before it', () => {
    const draft = new BlockDraft('remedy');
    draft.set('decisions', figure(3, 50, { start: 52, end: 80 }), false);
    draft.set('percent', figure(100, 20), false);
    const block = draft.remedy()!;
    assert.deepEqual(block.span, { start: 20, end: 80 });
    assert.equal(block.base, null);
    assert.equal(block.decisions?.value, 3);
  });

  it('keeps a later statement of a figure as a restatement once the block is named again, each once', () => {
    const draft = new BlockDraft('upheld');
    const first = figure(75, 40);
    draft.set('percent', first, false);
    draft.set('percent', figure(75, 40), false);
    draft.set('average', figure(60, 60), false);
    draft.set('average', figure(61, 90), true); // positional, with the block not being restated: not a restatement
    assert.equal(draft.upheld()!.restatements, undefined);
    const again = figure(76, 200);
    draft.set('percent', again, false); // names its area: the block is being stated again
    draft.set('percent', figure(76, 200), false); // the same words read by a second statement
    draft.set('average', figure(62, 220), true); // positional, while restating
    const block = draft.upheld()!;
    assert.deepEqual(block.restatements?.map((r) => [r.field, r.figure.value, r.first.value]), [['percent', 76, 75], ['average', 62, 60]]);
    assert.equal(block.restatements![0]!.first, first);
  });

  it('restates positional statements after the area is named again, and stops at a new figure', () => {
    const draft = new BlockDraft('compliance');
    draft.set('percent', figure(100, 10), false);
    draft.named();
    draft.set('percent', figure(90, 100), true);
    assert.deepEqual(draft.compliance()!.restatements?.map((r) => r.figure.value), [90]);
    const fresh = new BlockDraft('compliance');
    fresh.named(); // named before any figure: not a restatement
    fresh.set('percent', figure(100, 10), false);
    fresh.set('percent', figure(90, 100), true);
    fresh.named();
    fresh.set('outcomes', figure(4, 120), true); // a figure not read before ends the restating
    fresh.set('percent', figure(80, 150), true);
    assert.equal(fresh.compliance()!.restatements, undefined);
  });

  it('files a restatement of a draft field the model does not keep nowhere', () => {
    const draft = new BlockDraft('compliance');
    draft.set('percent', figure(100, 10), false);
    draft.set('decisions', figure(3, 20), false);
    draft.set('decisions', figure(4, 50), false);
    const block = draft.compliance()!;
    assert.equal(block.restatements, undefined);
    assert.deepEqual(block.span, { start: 10, end: 21 });
  });

  it('reads a block stated only by its captions, each caption once, or only by "none due"', () => {
    const draft = new BlockDraft('upheld');
    const c = caption(80, 50);
    draft.addCaption(c);
    draft.addCaption(caption(80, 50));
    draft.addCaption(caption(70, 150));
    const block = draft.upheld()!;
    assert.equal(block.percent, c.percent, "the first caption's percentage");
    assert.deepEqual(block.captions.map((x) => x.percent.value), [80, 70]);
    assert.deepEqual(block.span, { start: 45, end: 160 });
    const none = new BlockDraft('compliance');
    none.setNoneDue({ text: 'No recommendations were due', span: { start: 30, end: 57 } });
    none.setNoneDue({ text: 'later', span: { start: 90, end: 95 } });
    assert.deepEqual(none.compliance()!.noneDue?.span, { start: 30, end: 57 });
    assert.deepEqual(none.compliance()!.span, { start: 30, end: 57 });
    assert.equal(none.compliance()!.percent, null);
  });

  it("reads the overview's counts, the first of each, and its first period; later ones are restatements", () => {
    const draft = new OverviewDraft();
    draft.set('investigated', figure(15, 10));
    assert.equal(draft.overview(), null, 'investigations alone open no overview');
    draft.set('complaints', figure(41, 30, { start: 33, end: 43 }));
    draft.set('complaints', figure(41, 30));
    draft.set('complaints', figure(42, 200));
    draft.set('complaints', figure(42, 200));
    draft.setPeriod(period(0, 8));
    draft.setPeriod(period(300, 320));
    const overview = draft.overview()!;
    assert.deepEqual([overview.complaints?.value, overview.investigated?.value, overview.notForUs, overview.assessed], [41, 15, null, null]);
    assert.deepEqual(overview.period?.span, { start: 0, end: 8 });
    assert.deepEqual(overview.span, { start: 0, end: 43 });
    assert.deepEqual(overview.restatements?.map((r) => [r.field, r.figure.value]), [['complaints', 42]]);
    for (const field of ['notForUs', 'assessed'] as const) {
      const one = new OverviewDraft();
      one.set(field, figure(5, 0));
      assert.equal(one.overview()?.[field]?.value, 5, field);
    }
  });
});
