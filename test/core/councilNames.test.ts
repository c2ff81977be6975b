// Council names: the same council however it is written, the kind of council a name tells, and a
// looser match (without Council, Borough, District, City, County at either end) only when it is unique.
import * as assert from 'node:assert/strict';
import { CouncilIndex, councilKey, councilKind, sameCouncil, withoutDesignations } from '../../src/core/councilNames';

describe('council names', () => {
  it('are the same regardless of case, "&"/"and", "the", punctuation and accents', () => {
    assert.ok(sameCouncil('Brighton & Hove City Council', 'brighton and hove city council'));
    assert.ok(sameCouncil('The Royal Borough of Kingston-upon-Thames', 'Royal Borough of Kingston upon Thames'));
    assert.ok(sameCouncil("King's Lynn & West Norfolk", 'Kings Lynn and West Norfolk'));
    assert.ok(sameCouncil('St. Helens Council', 'St Helens Council'));
    assert.ok(sameCouncil('Cyngor Sir Ynys Môn', 'CYNGOR SIR YNYS MON'));
    assert.ok(!sameCouncil('Rochford District Council', 'Rochdale District Council'));
    assert.ok(!sameCouncil('Rochford District Council', 'Rochford'), 'designations count for an exact match');
    assert.equal(councilKey('  The  Council of the Isles of Scilly!  '), 'council of isles of scilly');
    assert.equal(councilKey('Theale Parish'), 'theale parish', '"the" only as a word');
  });

  it('drop Council, Borough, District, City and County only at either end', () => {
    assert.equal(withoutDesignations(councilKey('Rochford District Council')), 'rochford');
    assert.equal(withoutDesignations(councilKey('City of London Corporation')), 'of london corporation');
    assert.equal(withoutDesignations(councilKey('Stockton-on-Tees Borough Council')), 'stockton on tees');
    assert.equal(withoutDesignations(councilKey('County Durham')), 'durham');
    assert.equal(withoutDesignations(councilKey('Newcastle City Council Housing')), 'newcastle city council housing');
  });

  it('tell the kind of council when the name says it, and nothing otherwise', () => {
    assert.equal(councilKind('Kent County Council'), 'county');
    assert.equal(councilKind('Rochford District Council'), 'district');
    assert.equal(councilKind('London Borough of Camden'), 'london-borough');
    assert.equal(councilKind('Camden London Borough Council'), 'london-borough');
    assert.equal(councilKind('Wirral Metropolitan Borough Council'), 'metropolitan-borough');
    assert.equal(councilKind('Metropolitan Borough of Wirral'), 'metropolitan-borough');
    for (const name of ['Bristol City Council', 'Poole Borough Council', 'Cornwall Council', 'Royal Borough of Greenwich', 'County Durham', 'District Councillors of Kent']) {
      assert.equal(councilKind(name), null, name);
    }
  });

  describe('CouncilIndex', () => {
    function index(...names: string[]): CouncilIndex<string> {
      const i = new CouncilIndex<string>();
      for (const n of names) i.entry(n, () => n);
      return i;
    }

    it('finds a council by any spelling of its name', () => {
      const i = index('Brighton & Hove City Council', 'Rochford District Council');
      assert.equal(i.find('BRIGHTON AND HOVE CITY COUNCIL'), 'Brighton & Hove City Council');
      assert.equal(i.find('The Rochford District Council.'), 'Rochford District Council');
      assert.equal(i.find('Basildon Borough Council'), undefined);
      assert.equal(i.size, 2);
    });

    it('matches without the designations only when that leaves one candidate', () => {
      assert.equal(index('Rochford').find('Rochford District Council'), 'Rochford');
      assert.equal(index('Rochford District Council').find('Rochford'), 'Rochford District Council');
      assert.equal(index('Bristol City Council').find('Council of Bristol'), undefined, '"of" is not a designation');
      const durham = index('Durham County Council', 'Durham City Council');
      assert.equal(durham.find('Durham'), undefined, 'two candidates: no match');
      assert.equal(durham.find('durham county council'), 'Durham County Council', 'the exact name still matches');
      assert.equal(index('City Council').find('County Council'), undefined, 'nothing left after the designations');
    });

    it('keeps one entry per council however often it is named', () => {
      const i = new CouncilIndex<string[]>();
      i.entry('Rochford District Council', () => []).push('a');
      i.entry('rochford district council', () => []).push('b');
      assert.deepEqual(i.find('Rochford District Council'), ['a', 'b']);
      assert.equal(i.size, 1);
    });
  });
});
