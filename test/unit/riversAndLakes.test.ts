import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { cards } from '../../src/core/cards';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import type { EntityAnnotation } from '../../src/core/types';
// The generator's parser, as the build runs it.
import { lakeName, parseWaterItems } from '../../scripts/gazetteer/generate/physical.mjs';

const index = loadBundledGazetteer();
const entities = (text: string): string[] =>
  annotate(text, index)
    .filter((a): a is EntityAnnotation => a.category === 'entity')
    .map((a) => `${a.text} = ${a.id}${a.sense ? ` (${a.sense})` : ''}`);

describe('rivers, lakes and landforms from the Factbook', () => {
  it('reads a river line: the English name, the local one, where it rises and ends, and its length', () => {
    const [zambezi] = parseWaterItems('Rio Zambeze (Zambezi) river mouth (shared with Zambia [s]), Angola, Namibia, Botswana, and Zimbabwe) - 2,740 km');
    assert.equal(zambezi.name, 'Zambezi');
    assert.equal(zambezi.local, 'Rio Zambeze');
    assert.equal(zambezi.role, 'mouth');
    assert.equal(zambezi.amount, '2,740');
    assert.deepEqual(zambezi.shared, [['Zambia', 'source'], ['Angola', undefined], ['Namibia', undefined], ['Botswana', undefined], ['Zimbabwe', undefined]]);
    // "river source and mouth" is both: no one end; "(Red river) source" is the Red River's source.
    const [dniester] = parseWaterItems('Dnister (Dniester) river source and mouth (shared with Moldova) - 1,411 km');
    assert.equal(dniester.name, 'Dniester');
    assert.equal(dniester.role, undefined);
    const [red] = parseWaterItems('Yuan Jiang (Red river) source (shared with Vietnam [m]) - 1,149 km');
    assert.deepEqual([red.name, red.role, red.shared], ['Red', 'source', [['Vietnam', 'mouth']]]);
  });

  it('reads a lake line with en dashes, footnote marks and a note after it', () => {
    const items = parseWaterItems('Michigan – 57,750 sq km; Superior* – 53,348 sq km; Lake of the Woods – 4,350 sq km<br>note - Great Lakes* area shown as US waters');
    assert.deepEqual(items.map((i) => [i.name, i.amount]), [['Michigan', '57,750'], ['Superior', '53,348'], ['Lake of the Woods', '4,350']]);
  });

  it('gives a lake its English name', () => {
    assert.equal(lakeName('Superior'), 'Lake Superior');
    assert.equal(lakeName('Great Salt'), 'Great Salt Lake');
    assert.equal(lakeName('Lago de Nicaragua'), 'Lake Nicaragua');
    assert.equal(lakeName('Ozero Issyk-Kul'), 'Lake Issyk-Kul');
    assert.equal(lakeName('Dongting Hu'), 'Dongting Hu');
    assert.equal(lakeName('Lake of the Woods'), 'Lake of the Woods');
  });

  it('highlights rivers and lakes as places, never standing for a government', () => {
    assert.deepEqual(entities('Barges on the Danube and the Yangtze stopped.'), ['Danube = danube-river (literal)', 'Yangtze = yangtze-river (literal)']);
    assert.deepEqual(entities('Lake Chad is shrinking.'), ['Lake Chad = lake-chad (literal)']);
    // Beside a capital that speaks for its government, in the clause it said: still the river.
    assert.deepEqual(entities('Washington said the Danube is shrinking.'), ['Washington = washington-dc (metonymic)', 'Danube = danube-river (literal)']);
    assert.deepEqual(entities('Moscow and the Volga were blamed.'), ['Moscow = moscow (metonymic)', 'Volga = volga-river (literal)']);
    // An archipelago or a peninsula may be a governed territory: its sense is read as any place's.
    assert.deepEqual(entities('Zanzibar rejected the plan.'), ['Zanzibar = zanzibar (metonymic)']);
    // A name that is a word or a town's is written with "River" or "Lake": "Red" and "Churchill" alone are neither.
    assert.deepEqual(entities('The Red Cross came. Churchill spoke.'), []);
    assert.deepEqual(entities('The Orange River and Red Lake froze.'), ['Orange River = orange-river (literal)', 'Red Lake = red-lake (literal)']);
  });

  it('knows the mountain ranges, deserts and valleys the Factbook names, by their everyday names', () => {
    assert.deepEqual(entities('Fighters crossed the Hindu Kush, then the Bekaa Valley; west of the Appalachian Mountains.'), [
      'Hindu Kush = hindu-kush (literal)',
      'Bekaa Valley = bekaa-valley (literal)',
      'Appalachian Mountains = appalachians (literal)',
    ]);
    const text = 'Snow closed passes in the Andes.';
    const andes = annotate(text, index).find((a): a is EntityAnnotation => a.category === 'entity' && a.id === 'andes');
    assert.ok(andes);
    assert.match(cards(andes, { index, text, today: '2026-12-07' }), /Mountain range; the Factbook names it in the geography of Argentina, Bolivia, Chile/);
  });

  it('shows on the card where the Factbook places the river, with its length', () => {
    const text = 'Barges on the Danube stopped.';
    const danube = annotate(text, index).find((a): a is EntityAnnotation => a.category === 'entity' && a.id === 'danube-river');
    assert.ok(danube);
    // A river's length and course do not age: no "may be out of date" in December 2026.
    const card = cards(danube, { index, text, today: '2026-12-07' });
    assert.match(card, /River, 2,888 km; the Factbook lists it for Germany \\\(source\\\), .*Romania \\\(mouth\\\)/);
    assert.match(card, /\*\*Length:\*\* 2,888 km/);
    assert.match(card, /World Factbook: Germany, Geography/);
    assert.doesNotMatch(card, /out of date/);
  });
});
