import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCheckableScheme, isLetterFile, isLetterFileName, LanguageChoices, shouldSwitchToLetter } from '../../src/service/detection';
import { letter, WITH_STATISTICS, WITHOUT_STATISTICS } from './support/letters';

const ALL = [...WITHOUT_STATISTICS, WITH_STATISTICS];
const ROOT = join(__dirname, '..', '..');

describe('letter detection', () => {
  for (const name of ALL) {
    it(`switches the real letter ${name} from plain text and from Markdown`, () => {
      assert.equal(shouldSwitchToLetter('plaintext', letter(name), 'auto'), true);
      assert.equal(shouldSwitchToLetter('markdown', letter(name), 'auto'), true);
    });
  }

  it('switches the letter that begins with blank lines (004)', () => {
    assert.match(letter(WITH_STATISTICS), /^\s*\n/);
    assert.equal(shouldSwitchToLetter('plaintext', letter(WITH_STATISTICS), 'auto'), true);
  });

  it('never switches when detection is off, or from another language', () => {
    assert.equal(shouldSwitchToLetter('plaintext', letter(WITH_STATISTICS), 'off'), false);
    assert.equal(shouldSwitchToLetter('json', letter(WITH_STATISTICS), 'auto'), false);
    assert.equal(shouldSwitchToLetter('ombudsman-letter', letter(WITH_STATISTICS), 'auto'), false);
  });

  it('never switches a document that is not a letter', () => {
    const notLetters = [
      '',
      'Shopping list\n\n- milk\n- bread\n',
      readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'),
      readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'),
      'Minutes of the meeting. The Local Government & Social Care Ombudsman was mentioned once.\n',
    ];
    for (const text of notLetters) assert.equal(shouldSwitchToLetter('plaintext', text, 'auto'), false, text.slice(0, 60));
  });

  it('never switches a binary file, even one carrying a letter\'s words', () => {
    const binary = `\u0000\u0001\u0002${letter(WITH_STATISTICS)}`;
    assert.equal(shouldSwitchToLetter('plaintext', binary, 'auto'), false);
    assert.equal(isLetterFile('x.letter', binary, 'auto'), false);
  });

  it('knows letters by name, and unnamed ones by content unless detection is off', () => {
    assert.equal(isLetterFileName('a/b/2020.letter'), true);
    assert.equal(isLetterFileName('a/b/2020.letter.md'), true);
    assert.equal(isLetterFileName('a/b/2020.txt'), false);
    assert.equal(isLetterFile('x.letter', 'anything at all', 'off'), true);
    assert.equal(isLetterFile('x.txt', letter(WITH_STATISTICS), 'auto'), true);
    assert.equal(isLetterFile('x.txt', letter(WITH_STATISTICS), 'off'), false);
    assert.equal(isLetterFile('x.md', '# Notes\n', 'auto'), false);
    assert.equal(isLetterFile('x.json', letter(WITH_STATISTICS), 'auto'), false);
  });

  it('leaves alone a document whose user switched it back to plain text', () => {
    const choices = new LanguageChoices(1000);
    assert.equal(choices.maySwitch('file:///a.txt', 0), true);
    // The user picks Plain Text: the letter closes and reopens in the same moment.
    choices.noteClosed('file:///a.txt', 5000);
    assert.equal(choices.maySwitch('file:///a.txt', 5003), false);
    assert.equal(choices.maySwitch('file:///a.txt', 90_000), false, 'for the rest of the session');
    // A letter closed for real and opened much later is switched again.
    choices.noteClosed('file:///b.txt', 5000);
    assert.equal(choices.maySwitch('file:///b.txt', 60_000), true);
  });

  it('does not check views of other things (git, output)', () => {
    assert.equal(isCheckableScheme('file'), true);
    assert.equal(isCheckableScheme('untitled'), true);
    assert.equal(isCheckableScheme('vscode-vfs'), true);
    assert.equal(isCheckableScheme('git'), false);
    assert.equal(isCheckableScheme('output'), false);
  });
});
