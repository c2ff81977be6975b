// The letter service runs the checks over letters read together: averages-disagree once a folder was
// read (Check All Letters, the folder summary), official-mismatch whenever official figures are given;
// their findings join each letter's own in every view, under the letter's rule levels and ignore list,
// and follow the letters as they change.
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, LetterService } from '../../src/service';
import type { LetterReview, LetterReviewSettings } from '../../src/service';
import { readOfficialFigures } from '../../src/core/official/officialFigures';
import { letterText } from '../core/crossChecks/support';
import { MemoryFolder } from './support/memoryFolder';

const CSV_URI = 'memory:/folder/official.csv';

function setUp(settings: Partial<LetterReviewSettings> = {}) {
  const folder = new MemoryFolder();
  const current = { ...DEFAULT_SETTINGS, ...settings };
  const service = new LetterService({ settingsFor: () => current, relativePath: (u) => u.slice('memory:/folder/'.length), fileSystem: folder });
  const events: string[] = [];
  service.onDidChange((us) => events.push(...us));
  // Three councils quote a remedy average of 20%; Maldon's letter says 21%.
  const uris = [
    folder.write('basildon.txt', letterText({ council: 'Basildon Borough Council' })),
    folder.write('castle-point.txt', letterText({ council: 'Castle Point Borough Council' })),
    folder.write('rochford.txt', letterText({ council: 'Rochford District Council' })),
    folder.write('maldon.txt', letterText({ council: 'Maldon District Council', averages: [45, 99, 21] })),
  ];
  return { folder, service, events, settings: current, uris, maldon: uris[3]! };
}

const codesOf = (review: LetterReview | undefined): string[] => (review?.kind === 'checked' ? review.findings.map((f) => f.code) : []);
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('letter service: letters read together', () => {
  it('flags the odd average once a folder is read, not while letters are only open', async () => {
    const { service, maldon, folder, events } = setUp();
    service.check({ uri: maldon, version: 1, text: new TextDecoder().decode(folder.files.get(maldon)) });
    await tick();
    assert.ok(!codesOf(service.current(maldon)).includes('averages-disagree'), 'one open letter is no set');
    events.length = 0;
    const result = await service.reviewFolder();
    const review = service.current(maldon);
    assert.ok(review?.kind === 'checked');
    const finding = review.findings.find((f) => f.code === 'averages-disagree');
    assert.ok(finding, JSON.stringify(codesOf(review)));
    assert.equal(finding.severity, 'warning');
    assert.equal(review.counts.warning, review.findings.filter((f) => f.severity === 'warning').length);
    assert.match(finding.message, /^remedy average 21% here; 20% in 3 other 2020 letters/);
    assert.equal(review.text.slice(finding.span.start, finding.span.end), '21');
    const related = finding.related[0]!;
    assert.ok(related.file && related.file !== maldon, 'related points into another letter');
    assert.equal(service.linesOf(related.file)?.rangeOf(related.span).start.line !== undefined, true);
    assert.ok(events.includes(maldon), 'the views heard of it');
    assert.ok(result.reviews.some((r) => r.kind === 'checked' && r.findings.some((f) => f.code === 'averages-disagree')), 'the folder result carries it');
    assert.deepEqual(service.all().filter((r) => codesOf(r).includes('averages-disagree')).map((r) => r.uri), [maldon]);
  });

  it('follows the letters as they change: the odd one put right, then another made odd', async () => {
    const { service, maldon, uris, folder } = setUp();
    await service.reviewFolder();
    folder.write('maldon.txt', letterText({ council: 'Maldon District Council' }));
    await service.reviewFile(maldon);
    await tick();
    assert.deepEqual(service.all().filter((r) => codesOf(r).includes('averages-disagree')), []);
    const basildon = uris[0]!;
    service.check({ uri: basildon, version: 2, text: letterText({ council: 'Basildon Borough Council', averages: [45, 99, 30] }) });
    await tick();
    assert.deepEqual(service.all().filter((r) => codesOf(r).includes('averages-disagree')).map((r) => r.uri), [basildon]);
  });

  it('applies the letter\'s rule level and ignore list to these findings too', async () => {
    const off = setUp({ rules: { 'averages-disagree': 'off' } });
    await off.service.reviewFolder();
    assert.ok(!codesOf(off.service.current(off.maldon)).includes('averages-disagree'));
    const error = setUp({ rules: { 'averages-disagree': 'error' } });
    await error.service.reviewFolder();
    const review = error.service.current(error.maldon);
    assert.equal(review?.kind === 'checked' && review.findings.find((f) => f.code === 'averages-disagree')?.severity, 'error');
    const ignored = setUp({ ignore: { 'maldon.txt': ['averages-disagree'] } });
    await ignored.service.reviewFolder();
    assert.ok(!codesOf(ignored.service.current(ignored.maldon)).includes('averages-disagree'));
  });

  it('compares every letter shown with the official figures, and stops when they are taken away', async () => {
    const { service, maldon, folder, events } = setUp();
    const text = 'council,year,metric,value\nMaldon District Council,2019-20,upheld_percent,96\n';
    const read = readOfficialFigures(text, { name: 'official.csv', file: CSV_URI });
    assert.ok(read.ok);
    service.check({ uri: maldon, version: 1, text: new TextDecoder().decode(folder.files.get(maldon)) });
    events.length = 0;
    service.setOfficialFigures({ table: read.table, text });
    const review = service.current(maldon);
    const finding = review?.kind === 'checked' ? review.findings.find((f) => f.code === 'official-mismatch') : undefined;
    assert.equal(finding?.message, 'upheld 100% here, 96% in official.csv (line 2)');
    assert.deepEqual(events, [maldon]);
    assert.equal(service.linesOf(CSV_URI)?.rangeOf(finding!.related[0]!.span).start.line, 1, 'the related location is line 2 of the CSV');
    service.setOfficialFigures(null);
    assert.ok(!codesOf(service.current(maldon)).includes('official-mismatch'));
    assert.equal(service.linesOf(CSV_URI), undefined);
  });
});
