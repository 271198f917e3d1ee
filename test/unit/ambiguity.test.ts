import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';

const index = loadBundledGazetteer();

/** "text=id" for every entity and treaty in a sentence. */
function named(sentence: string): string[] {
  return annotate(sentence, index).flatMap((a) => (a.category === 'figure' ? [] : [`${a.text}=${a.id}`]));
}

describe('ambiguous names with the bundled gazetteer', () => {
  it('Georgia: the country by default and near Tbilisi, the US state near Atlanta', () => {
    assert.deepEqual(named('Georgia applied to join the European Union, and Tbilisi hopes for candidate status.'), ['Georgia=geo', 'European Union=eu', 'Tbilisi=tbilisi']);
    assert.ok(named('Voters in Georgia decided the race after Atlanta counted late.').includes('Georgia=us-ga'));
  });

  it('Jordan the country, not the basketball player', () => {
    assert.ok(named('Jordan hosts more than a million refugees, officials in Amman said.').includes('Jordan=jor'));
    assert.deepEqual(named('Michael Jordan won six titles with his team.'), []);
  });

  it('Niger and Nigeria are told apart; Chad is the country', () => {
    assert.deepEqual(named('Chad and Niger border Nigeria.'), ['Chad=tcd', 'Niger=ner', 'Nigeria=nga']);
  });

  it('China the country, not china the porcelain; Turkey and Türkiye, not the bird', () => {
    assert.deepEqual(named('China imports fine china from abroad.'), ['China=chn']);
    assert.deepEqual(named('Turkey, officially Türkiye, is a NATO member; we ate turkey.'), ['Turkey=tur', 'Türkiye=tur', 'NATO=nato']);
  });

  it('common words that look like names stay plain: us, IT, May, march, polish', () => {
    assert.deepEqual(named('Let us know whether the US will respond.'), ['US=usa']);
    assert.deepEqual(named('The IT sector employs millions; it is growing.'), []);
    assert.deepEqual(named('In May they will march while polishing the Polish flag.'), ['Polish=pol']);
  });

  it('former states are their own entries, not the country of today', () => {
    assert.deepEqual(named('West Germany and East Germany both joined the UN in 1973.').filter((n) => n !== 'UN=un'), ['West Germany=west-germany', 'East Germany=east-germany']);
    assert.deepEqual(named('South Vietnam fell in 1975; the Socialist Republic of Vietnam followed.'), ['South Vietnam=south-vietnam', 'Socialist Republic of Vietnam=vnm']);
    assert.deepEqual(named('Czechoslovakia split peacefully; Prussia and the Ottoman Empire are long gone.'), ['Czechoslovakia=czechoslovakia', 'Prussia=prussia', 'Ottoman Empire=ottoman-empire']);
  });

  it('a longer name wins over the country inside it', () => {
    assert.deepEqual(named('He moved from New Mexico to New Jersey.'), ['New Mexico=us-nm', 'New Jersey=us-nj']);
    assert.deepEqual(named('South Sudan and Sudan disagree over Abyei.'), ['South Sudan=ssd', 'Sudan=sdn']);
    assert.deepEqual(named('Dominica and the Dominican Republic are different countries.'), ['Dominica=dma', 'Dominican Republic=dom']);
  });
});
