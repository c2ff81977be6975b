// The letter service: one review per document version and settings generation, made by the engine
// once whoever asks first (diagnostics, status bar, panel, hover, outline, folding); one change event
// when the review shown changes; the size and binary gates, rule levels and ignore list applied.
import * as assert from 'node:assert/strict';
import { reviewText } from '../../src/core';
import type { ReviewOptions, RulesConfig } from '../../src/core';
import { DEFAULT_SETTINGS, LetterService } from '../../src/service';
import type { LetterDocument, LetterEngine, LetterReview, LetterReviewSettings, LetterServiceHost } from '../../src/service';
import { realLetter } from '../core/support/letters';

const ROCHFORD = realLetter('004');
const URI = 'file:///letters/004.txt';

/** The core engine, counting its calls. */
function countingEngine(): LetterEngine & { calls: number } {
  const engine = {
    calls: 0,
    review(text: string, rules: RulesConfig, options?: ReviewOptions) {
      engine.calls++;
      return reviewText(text, rules, options);
    },
  };
  return engine;
}

function serviceWith(options: Partial<LetterServiceHost> & { settings?: Partial<LetterReviewSettings> } = {}) {
  const engine = countingEngine();
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const service = new LetterService({
    settingsFor: () => settings,
    relativePath: (uri) => uri.replace('file:///', ''),
    engine,
    ...options,
  });
  const events: string[] = [];
  service.onDidChange((uris) => events.push(...uris));
  return { service, engine, settings, events };
}

/** A document as an editor holds it: each edit is a new version. */
function editor(text = ROCHFORD): { document: () => LetterDocument; type: (from: string, to: string) => void } {
  let version = 1;
  let current = text;
  return {
    document: () => ({ uri: URI, version, text: current }),
    type: (from, to) => {
      current = current.replace(from, to);
      version++;
    },
  };
}

const checked = (review: LetterReview | undefined) => {
  assert.equal(review?.kind, 'checked');
  return review as Extract<LetterReview, { kind: 'checked' }>;
};

describe('letter service', () => {
  it('costs one parse per keystroke, whoever asks for the review first', () => {
    const { service, engine, events } = serviceWith();
    const doc = editor();
    service.check(doc.document());
    const digits = ['6', '7', '8', '9', '5', '4', '3', '2', '1', '0'];
    for (const [i, digit] of digits.entries()) {
      doc.type(i === 0 ? '100% of complaints' : `${digits[i - 1]}0% of complaints`, `${digit}0% of complaints`);
      // The editor's features ask at once, in any order, some twice; the debounced check comes last.
      const features = [() => service.reviewUnlessSlow(doc.document()), () => service.review(doc.document()), () => service.reviewUnlessSlow(doc.document())];
      for (const ask of i % 2 ? features : [...features].reverse()) ask();
      service.check(doc.document());
      service.current(URI);
    }
    assert.equal(engine.calls, 1 + digits.length, 'one parse per version');
    assert.equal(events.length, 1 + digits.length, 'one event per version shown');
    assert.equal(checked(service.current(URI)).summary.statistics.upheld?.percent, 0);
  });

  it('reviews again, and tells the views, when the settings change', () => {
    const { service, engine, events, settings } = serviceWith();
    const doc = editor();
    service.check(doc.document());
    service.check(doc.document());
    assert.deepEqual([engine.calls, events.length], [1, 1], 'the same version again: no parse, no event');
    settings.rules = { 'figure-missing': 'off' };
    service.settingsChanged();
    service.check(doc.document());
    assert.deepEqual([engine.calls, events.length], [2, 2]);
  });

  it('does not tell the views about a review only an editor feature asked for', () => {
    const { service, events } = serviceWith();
    const review = service.review(editor().document());
    assert.equal(review.kind, 'checked');
    assert.deepEqual(events, []);
    assert.equal(service.current(URI), undefined);
  });

  it('applies the rule levels and the letter\'s ignore list', () => {
    const text = ROCHFORD.replace('100% of complaints', '67% of complaints');
    const plain = serviceWith();
    assert.deepEqual(checked(plain.service.check({ uri: URI, version: 1, text })).findings.map((f) => [f.code, f.severity]), [['upheld-inconsistent', 'error']]);
    const warned = serviceWith({ settings: { rules: { 'upheld-inconsistent': 'warning' } } });
    assert.deepEqual(checked(warned.service.check({ uri: URI, version: 1, text })).counts, { error: 0, warning: 1, information: 0, hint: 0 });
    const ignored = serviceWith({ settings: { ignore: { 'letters/004.txt': ['upheld-inconsistent'] } } });
    assert.deepEqual(checked(ignored.service.check({ uri: URI, version: 1, text })).findings, []);
  });

  it('does not check a text over letterReview.maxFileSize bytes (UTF-8), nor a binary one, nor parse them', () => {
    const { service, engine } = serviceWith({ settings: { maxFileSize: 1000 } });
    const big = service.check({ uri: URI, version: 1, text: 'é'.repeat(501) });
    assert.deepEqual(big, { uri: URI, version: 1, generation: 0, kind: 'tooLarge', bytes: 1002, maxBytes: 1000 });
    assert.equal(service.check({ uri: 'file:///b.txt', version: 1, text: 'abc\u0000\u0001def' }).kind, 'binary');
    assert.equal(engine.calls, 0);
  });

  it('says when the engine threw, and logs it', () => {
    const logged: string[] = [];
    const { service } = serviceWith({
      engine: { review: () => { throw new Error('boom'); } },
      logError: (m) => logged.push(m),
    });
    const review = service.check(editor().document());
    assert.equal(review.kind, 'failed');
    assert.match(logged[0] ?? '', /checking file:\/\/\/letters\/004\.txt failed: Error: boom/);
  });

  it('gives up on a check past letterReview.timeLimit, says so in the review, and checks the next version afresh', () => {
    // Each reading of the clock passes 6 s: the deadline (10 s) has passed by the engine's second step.
    let clock = 0;
    let late = true;
    const { service, engine } = serviceWith({ now: () => (clock += late ? 6000 : 0) });
    const doc = editor();
    const review = service.check(doc.document());
    assert.deepEqual(review, {
      uri: URI,
      version: 1,
      generation: 0,
      kind: 'unreadable',
      reason: 'checking the letter took longer than the time limit of 10 seconds (letterReview.timeLimit)',
    });
    assert.equal(engine.calls, 1);
    late = false;
    doc.type('100% of complaints', '67% of complaints');
    assert.equal(service.check(doc.document()).kind, 'checked');
  });

  it('gives an editor feature nothing new for a letter slow to check, until it is checked again', () => {
    let clock = 0;
    const { service, engine } = serviceWith({ now: () => (clock += 400) });
    const doc = editor();
    service.check(doc.document());
    assert.ok(service.isSlow(URI));
    assert.ok(service.reviewUnlessSlow(doc.document()), 'the version already reviewed is given');
    doc.type('100% of complaints', '67% of complaints');
    assert.equal(service.reviewUnlessSlow(doc.document()), undefined);
    assert.equal(engine.calls, 1);
    service.check(doc.document());
    assert.equal(engine.calls, 2);
  });

  it('forgets a closed letter and tells the views', () => {
    const { service, events } = serviceWith();
    service.check(editor().document());
    assert.ok(service.isOpen(URI));
    service.close(URI);
    assert.equal(service.current(URI), undefined);
    assert.equal(service.isOpen(URI), false);
    assert.deepEqual(events, [URI, URI]);
  });
});
