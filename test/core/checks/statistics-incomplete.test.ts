// statistics-incomplete: one or two of the three key areas absent; the message names them.
import * as assert from 'node:assert/strict';
import { offsetOf, realLetter } from '../support/letters';
import { assertNone, assertOn, assertOne, assertRelated } from '../support/review';

const CODE = 'statistics-incomplete';
const rochford = realLetter('004');
const COMPLIANCE = 'Compliance with Ombudsman recommendations\n\n\n';
const REMEDY = 'Satisfactory remedies provided by the authority\n\n\n';

describe(`check ${CODE}`, () => {
  it('fires when the satisfactory-remedy block is absent, naming it', () => {
    const text = rochford.slice(0, rochford.indexOf(REMEDY));
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'No figures for satisfactory remedies; only complaints upheld and compliance with recommendations are stated');
    assertOn(text, f, 'Compliance with Ombudsman recommendations', offsetOf(text, COMPLIANCE));
    assertRelated(text, f, [
      { message: 'complaints upheld', source: 'Complaints upheld', offset: offsetOf(text, 'Complaints upheld\n\n\n') },
      { message: 'compliance with recommendations', source: 'Compliance with Ombudsman recommendations', offset: offsetOf(text, COMPLIANCE) },
    ]);
  });

  it('fires when only complaints upheld is stated, naming both missing areas', () => {
    const text = rochford.slice(0, rochford.indexOf(COMPLIANCE));
    assert.equal(assertOne(text, CODE).message, 'No figures for compliance with recommendations or satisfactory remedies; only complaints upheld is stated');
  });

  it('fires when the upheld block is absent', () => {
    const start = rochford.indexOf('Complaints upheld\n\n\n');
    const text = rochford.slice(0, start) + rochford.slice(rochford.indexOf(COMPLIANCE));
    assert.equal(assertOne(text, CODE).message, 'No figures for complaints upheld; only compliance with recommendations and satisfactory remedies are stated');
  });

  it('stays silent with all three areas (004) and with none (000–003: statistics-missing instead)', () => {
    assertNone(rochford, CODE);
    for (const id of ['000', '001', '002', '003'] as const) assertNone(realLetter(id), CODE);
  });
});
