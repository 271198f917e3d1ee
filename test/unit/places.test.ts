import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { cards } from '../../src/core/cards';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { GazetteerIndex } from '../../src/core/gazetteer/gazetteerIndex';
import { stateAbbreviationAt } from '../../src/core/places/usStates';
import { readPlacesFile, writePlacesFile } from '../../src/core/places/placesFile';
import { WorldPlaces, type PackedPlaces } from '../../src/core/places/worldPlaces';
import { hashString } from '../../src/core/text/tokenize';
import type { EntityAnnotation } from '../../src/core/types';

const index = loadBundledGazetteer();

function places(text: string): EntityAnnotation[] {
  return annotate(text, index).filter((a): a is EntityAnnotation => a.category === 'entity' && a.kind === 'place');
}
const layerPlaces = (text: string): string[] => places(text).filter((a) => a.id?.startsWith('geonames-')).map((a) => `${a.text} = ${a.name}`);

describe('world places layer', () => {
  it('finds towns the gazetteer does not list, with their region and country', () => {
    assert.deepEqual(layerPlaces('Gunmen attacked a village near Makurdi, Nigeria, on Sunday.'), ['Makurdi = Makurdi, Benue State, Nigeria']);
    assert.deepEqual(layerPlaces('Residents of Louisville and Boise were told to stay indoors.'), [
      'Louisville = Louisville, Kentucky, United States',
      'Boise = Boise, Idaho, United States',
    ]);
  });

  it('lets a qualifier decide which place of a shared name is meant, and annotates the state it names', () => {
    assert.deepEqual(layerPlaces('Officials in Portland, Maine, disagreed.'), ['Portland = Portland, Maine, United States']);
    assert.deepEqual(layerPlaces('Officials in Portland, Oregon, disagreed.'), ['Portland = Portland, Oregon, United States']);
    assert.deepEqual(layerPlaces('A new development in Gainesville, Va., opened.'), ['Gainesville = Gainesville, Virginia, United States', 'Va. = Virginia, United States']);
  });

  it('moves a gazetteer capital to its namesake where the text says so, and only there', () => {
    const [paris] = places('The fair in Paris, Texas, drew crowds.');
    assert.equal(paris.name, 'Paris, Texas, United States');
    // The card lists what was weighed: the capital first.
    assert.equal(paris.alternatives?.[0], 'paris');
    assert.match(cards(paris, { index, text: 'The fair in Paris, Texas, drew crowds.' }), /Other places of this name:\*\* Paris/);
    assert.equal(places('Macron spoke in Paris.')[0].id, 'paris');
    assert.deepEqual(places('Officials in Athens, Ga., said.').map((a) => `${a.text} = ${a.name}`), ['Athens = Athens, Georgia, United States', 'Ga. = Georgia, United States']);
  });

  it('moves a capital whose country the document never names to a namesake among its towns', () => {
    assert.equal(places('Officials in Dublin met on Monday. Crews came from Hilliard and from Westerville.')[0].name, 'Dublin, Ohio, United States');
    // One town of the region is not enough unless the namesake lies beside it (Hilliard borders Dublin,
    // Ohio; Cincinnati is 160 km away); the country named keeps the capital.
    assert.equal(places('Officials in Dublin met on Monday. Crews came from Hilliard.')[0].name, 'Dublin, Ohio, United States');
    assert.equal(places('Officials in Dublin met on Monday. Crews came from Cincinnati.')[0].id, 'dublin');
    assert.equal(places('Officials in Dublin, Ireland, met. Crews came from Hilliard and from Westerville.')[0].id, 'dublin');
  });

  it('moves a capital written as its government only when its region holds a town the text names', () => {
    const paris = (text: string): string[] => places(text).filter((a) => a.text === 'Paris').map((a) => a.name);
    // "Paris Police Department" reads as the city's government; Texas and Dallas (a gazetteer town in Texas) say which Paris.
    assert.deepEqual(paris('The Paris Police Department said the message was a hoax. Stores across Texas got it, and police in Dallas agreed.'), ['Paris, Texas, United States']);
    // A region alone is not enough for a capital that acts: Moscow beside a senator of Idaho is Russia's.
    const moscow = places('Moscow warned against new sanctions. A senator from Idaho said the vote would come next week.').filter((a) => a.text === 'Moscow');
    assert.deepEqual(moscow.map((a) => a.id), ['moscow']);
  });

  it('weighs the regions the text names for a capital that also acts, once it is seen as a place too', () => {
    const paris = (text: string): string[] => places(text).filter((a) => a.text === 'Paris').map((a) => a.name);
    // "Paris Police Department officials" makes Paris stand for a government once, but its residents
    // make it a town, and Texas is named: the second look weighs the region though it found no new town.
    const story = (region: string): string =>
      `Paris PD: the message is a hoax. It reached phones across ${region}, according to Paris Police Department officials. "This is no Paris problem alone," a detective said. Several Paris residents received it.`;
    assert.deepEqual(new Set(paris(story('Northeast Texas'))), new Set(['Paris, Texas, United States']));
    assert.deepEqual(new Set(paris(story('the region'))), new Set(['Paris']));
  });

  it('reads an ambiguous county in the region two other places of the text share, without swapping two counties', () => {
    const named = (text: string): string[] => layerPlaces(text).filter((s) => s.includes('County'));
    assert.deepEqual(named('Officials in Delano and Watertown met deputies from Scott County on Tuesday. Farmers in Jackson County lost their crops.'), [
      'Scott County = Scott County, Minnesota, United States',
      'Jackson County = Jackson County, Minnesota, United States',
    ]);
    // Scott County's own vote does not anchor Minnesota for itself, and Jackson County's does not pull Scott County to Indiana.
    assert.deepEqual(named('Officials in Delano, Watertown and Rochester met deputies from Scott County on Tuesday. Farmers in Jackson County lost their crops.'), [
      'Scott County = Scott County, Minnesota, United States',
      'Jackson County = Jackson County, Minnesota, United States',
    ]);
    // Alone, the name keeps its likeliest place.
    assert.deepEqual(named('Farmers in Jackson County lost their crops.'), ['Jackson County = Jackson County, Alabama, United States']);
  });

  it('holds one sense per document: a dateline makes a later mention a place too', () => {
    const found = places('MAKURDI, Nigeria (Reuters) - Gunmen struck overnight.\n\nMakurdi was calm by noon.');
    assert.deepEqual(found.filter((a) => a.id.startsWith('geonames-')).map((a) => a.text), ['MAKURDI', 'Makurdi']);
  });

  it('reads a dateline with a double hyphen, and "(AP)" is the news agency, not a party', () => {
    assert.deepEqual(layerPlaces('Body found behind a home.\nWINONA -- Police said the man was 52.'), ['WINONA = Winona, Minnesota, United States']);
    const agency = annotate('SHILOH, Ill. (AP) - Fire crews worked overnight.', index).filter((a) => a.text === 'AP');
    assert.deepEqual(agency, []);
  });

  it('leaves common words, people and parts of longer names alone', () => {
    for (const text of [
      'Nelson Mandela was released in 1990.',
      'Mobile phones are banned in class.',
      'Reading the report, she frowned.',
      'Of the twenty towns, nine voted no.',
      'Orange juice prices rose again.',
      'Jordan Henderson scored twice.',
      'The Cloverhill District Court heard the case.',
      'Mrs. Lincoln was portrayed by a local actor.',
      'It is St. Patrick\'s Day.',
      'In August the talks resumed.',
      'The visitors were impressed, according to Davis.',
    ]) {
      assert.deepEqual(layerPlaces(text), [], text);
    }
  });

  it('knows Arab towns as the press spells them, not only in GeoNames\' scholarly romanisation', () => {
    // GeoNames: "Bayt Ḩānūn", "Bayt Jālā".
    assert.deepEqual(layerPlaces('Strikes hit homes in Beit Hanoun overnight, and a clinic closed in Beit Jala.').map((s) => s.split(' = ')[0]), ['Beit Hanoun', 'Beit Jala']);
  });

  it('takes a word of position before a name as evidence: "eastern Kupiansk", "in central Tskhinvali", "in East Oxford"', () => {
    assert.deepEqual(layerPlaces('Shelling hit eastern Kupiansk.'), ['Kupiansk = Kupiansk, Kharkiv, Ukraine']);
    assert.deepEqual(layerPlaces('Crowds gathered in central Tskhinvali.'), ['Tskhinvali = Tskhinvali, Shida Kartli, Georgia']);
    assert.deepEqual(places('A road sign in East Oxford was replaced.').map((a) => a.text), ['Oxford']);
    // A name of its own is matched whole; a position word opening a sentence is no evidence.
    assert.deepEqual(layerPlaces('He lives in South Bend.'), ['South Bend = South Bend, Indiana, United States']);
    assert.deepEqual(layerPlaces('Eastern Kupiansk was quiet.'), []);
    // Capitalised without a preposition: a part of a big town; not inside a longer name, and no
    // evidence for a name that needs some ("the East Bay" is no Bay in the Philippines).
    assert.deepEqual(places('A South Philadelphia nonprofit got the grant.').map((a) => a.text), ['Philadelphia']);
    assert.deepEqual(layerPlaces('The West Metro Chamber of Commerce met. They drove around the East Bay.'), []);
  });

  it('takes other evidence of a place: where a named person is from, a list after a preposition, a byline\'s dateline, "Another Gainesville business"', () => {
    assert.deepEqual(layerPlaces('In 2016, David Mahler of Bellmore appeared as a guest.'), ['Bellmore = Bellmore, New York, United States']);
    // The town of an address, after its street (and a district).
    assert.deepEqual(layerPlaces('The service is at 618 E. Main Street, Annville, at noon. She lived in Gladstone Road, Headington, Oxford.').map((s) => s.split(' = ')[0]), ['Annville', 'Oxford']);
    assert.deepEqual(layerPlaces('The Main Committee, Annville residents said, met.'), []);
    // Any English given name, not only the commonest: "Jodi", "Kaitlin".
    assert.deepEqual(layerPlaces('In 2016, Jodi Mahler of Bellmore appeared as a guest, and Kaitlin Craig of Elida won.').map((s) => s.split(' = ')[0]), ['Bellmore', 'Elida']);
    // The Bank of England is no person: "of" after it places nothing.
    assert.deepEqual(layerPlaces('The Duke of Bellmore appeared as a guest.'), []);
    assert.deepEqual(layerPlaces('New routes through Monroe, Trenton and Seven Mile are planned.').map((s) => s.split(' = ')[0]), ['Monroe', 'Trenton']);
    // Without a list going on, a name after a comma is no item of one.
    assert.deepEqual(layerPlaces('The bill passed in Monroe, Trenton said.').map((s) => s.split(' = ')[0]), ['Monroe']);
    assert.deepEqual(layerPlaces('ZIMMER Advocate Reporter March 15, 2009 NEWARK -- The council met.').map((s) => s.split(' = ')[0]), ['NEWARK']);
    assert.deepEqual(layerPlaces('Another Gainesville business set up shop.').map((s) => s.split(' = ')[0]), ['Gainesville']);
    // A state legislator's party and home town; a hyphen after any other letter places nothing.
    assert.deepEqual(layerPlaces('House Minority Leader Marty Seifert, R-Marshall, joined the talks in Minnesota.'), ['Marshall = Marshall, Minnesota, United States']);
    assert.deepEqual(layerPlaces('The team, X-Marshall, joined.'), []);
    // Where a body is based, and the towns of a list after "the cities of".
    assert.deepEqual(layerPlaces('The Kettering-based charity and the cities of Sunnyvale and Morgan Hill signed.').map((s) => s.split(' = ')[0]), ['Kettering', 'Sunnyvale', 'Morgan Hill']);
    // A town's governor, selectman or party member after its name, and a municipality's own style.
    assert.deepEqual(layerPlaces('Sen. Jon Husted, a Kettering Republican, spoke.').map((s) => s.split(' = ')[0]), ['Kettering']);
    assert.deepEqual(layerPlaces('Litchfield Selectman Marsha Bernstein attended.').map((s) => s.split(' = ')[0]), ['Litchfield']);
    assert.deepEqual(layerPlaces('She served the citizens of the Town of Groton for six years.').map((s) => s.split(' = ')[0]), ['Groton']);
    assert.deepEqual(layerPlaces('Kettering Brothers and the Groton Town Band played.'), []);
    // An acronym after the name is what the town has, not the rest of its name.
    assert.deepEqual(layerPlaces('The criticism came from Kettering MPP Ernie Hardeman.').map((s) => s.split(' = ')[0]), ['Kettering']);
  });

  it('reads a state\'s abbreviation before a body of the state: "the S.C. Highway Patrol"', () => {
    const states = (text: string): string[] => places(text).map((a) => `${a.text} = ${a.name}`);
    assert.deepEqual(states('The S.C. Highway Patrol is looking for leads.'), ['S.C. = South Carolina, United States']);
    assert.deepEqual(states('He told the Ill. Supreme Court that the law was void.'), ['Ill. = Illinois, United States']);
    // No "the" before it, no body after it: a company's initials.
    assert.deepEqual(states('S.C. Johnson makes wax.'), []);
  });

  it('knows Georgian and Armenian towns without the apostrophes GeoNames writes, and a capital named after "capital"', () => {
    assert.deepEqual(layerPlaces('Protesters gathered in Kutaisi and Poti; a rally followed in Stepanavan.').map((s) => s.split(' = ')[0]), ['Kutaisi', 'Poti', 'Stepanavan']);
    assert.deepEqual(layerPlaces("Troops stood south-west of the breakaway region's capital Tskhinvali."), ['Tskhinvali = Tskhinvali, Shida Kartli, Georgia']);
    // Without a noun or a preposition that says so, a town of 30,000 in a country the text never names is left alone.
    assert.deepEqual(layerPlaces('Tskhinvali was quiet.'), []);
  });

  it('a town after "the port of" or "the province of" is a place, as after a preposition', () => {
    assert.deepEqual(layerPlaces('Grain ships were turned away from the port of Assab.').map((s) => s.split(' = ')[0]), ['Assab']);
    assert.deepEqual(layerPlaces('Assab was quiet.'), []);
  });

  it('leaves a place that names a disease alone: "West Nile virus", "Lassa fever", "Marburg virus"', () => {
    const entities = (text: string) => annotate(text, index).filter((a) => a.category === 'entity').map((a) => a.text);
    assert.deepEqual(entities('Officials confirmed two cases of West Nile virus and one of Lassa fever.'), []);
    assert.deepEqual(entities('A Marburg virus outbreak was declared over in Rwanda.'), ['Rwanda']);
    assert.deepEqual(entities('Flooding along the Nile reached Khartoum.'), ['Nile', 'Khartoum']);
  });

  it('knows Ukrainian towns as the press now spells them, and a preposition holds for both names of a pair', () => {
    // GeoNames writes "Hulyaypole", "Kupjansk", "Avdiyivka", "Syevyerodonets’k".
    assert.deepEqual(layerPlaces('Fighting continued near Huliaipole, and troops left Kupiansk and Avdiivka.'), [
      'Huliaipole = Huliaipole, Zaporizhzhia, Ukraine',
    ]);
    assert.deepEqual(layerPlaces('Troops withdrew from Kupiansk. Shelling hit Sievierodonetsk overnight, near Sloviansk and Bakhmut.').map((s) => s.split(' = ')[0]), ['Kupiansk', 'Sievierodonetsk', 'Sloviansk', 'Bakhmut']);
    // Without a preposition before the pair, a middle-sized town still needs one of its own.
    assert.deepEqual(layerPlaces('Bakhmut and Myrnohrad were quiet.'), []);
  });

  it('asks for more evidence the smaller the place', () => {
    // Shiloh (a few thousand people) on its own is no place; after "in" and with its state named, it is.
    assert.deepEqual(layerPlaces('Shiloh pondered the changes.'), []);
    assert.deepEqual(layerPlaces('Voters in Shiloh, Illinois, pondered the changes.').map((s) => s.split(' = ')[0]), ['Shiloh']);
    // A preposition that only says where ("in", "near") is enough for a small town (Dundrum, Ireland:
    // 12,000 people) in a text that names neither its country nor its region; "from" or "at" is not,
    // nor "in" once when the name mostly stands where a person's would.
    assert.deepEqual(layerPlaces('He is held in the hospital in Dundrum.').map((s) => s.split(' = ')[0]), ['Dundrum']);
    assert.deepEqual(layerPlaces('A letter came from Dundrum.'), []);
    // A town named like a language or a people (English, Indiana) needs what a common word needs.
    assert.deepEqual(layerPlaces('He answered in English.'), []);
    assert.deepEqual(layerPlaces('Jones got upset. Police say Jones hid in Jones overnight. Jones was charged.'), []);
    // A seat of a region with no population in GeoNames (Port Talbot) counts as a middle-sized town.
    assert.deepEqual(layerPlaces('Steelworkers marched in Port Talbot on Friday.').map((s) => s.split(' = ')[0]), ['Port Talbot']);
    assert.deepEqual(layerPlaces('Port Talbot was quiet.'), []);
    // A noun of people after the name says someone is from the place; "family" does not (a surname).
    assert.deepEqual(layerPlaces('A Winona woman, 52, was hurt.').map((s) => s.split(' = ')[0]), ['Winona']);
    assert.deepEqual(layerPlaces('Winona was hurt.'), []);
    // So is a town's own body after its name.
    assert.deepEqual(layerPlaces('Photo: Slidell PD.').map((s) => s.split(' = ')[0]), ['Slidell']);
    assert.deepEqual(layerPlaces('The Marigny family came later.'), []);
    // "of" after a noun of residents, a kind of settlement or a direction works as "in" does;
    // after anything else it does not.
    assert.deepEqual(layerPlaces('Residents of Immokalee waited for the bus.').map((s) => s.split(' = ')[0]), ['Immokalee']);
    assert.deepEqual(layerPlaces('Flooding was reported north of Immokalee.').map((s) => s.split(' = ')[0]), ['Immokalee']);
    assert.deepEqual(layerPlaces('A portrait of Immokalee hung there.'), []);
  });

  it('knows "L.A." as Los Angeles, written so only', () => {
    assert.deepEqual(places('The L.A. port signed on. La la land.').map((a) => `${a.text} = ${a.name}`), ['L.A. = Los Angeles']);
  });

  it('knows Welsh and Irish counties by the name written alone ("County of Ceredigion", "Sir Powys" in GeoNames)', () => {
    assert.deepEqual(layerPlaces('They were found near New Quay, Ceredigion, and taken to a hospital in Powys.'), [
      'New Quay = New Quay, Wales, United Kingdom',
      'Ceredigion = Ceredigion, Wales, United Kingdom',
      'Powys = Powys, Wales, United Kingdom',
    ]);
  });

  it('knows counties and districts: a name that says what it is needs no more, and it is not part of the name after it', () => {
    assert.deepEqual(layerPlaces('Laurel County clerk honored at dinner.'), ['Laurel County = Laurel County, Kentucky, United States']);
    assert.deepEqual(layerPlaces('Licking County Prosecutor Ken Oswalt spoke.'), ['Licking County = Licking County, Ohio, United States']);
    // Nigeria's local government areas: "Guma LGA", "Guma Local Government Area".
    assert.deepEqual(layerPlaces('Families fled Guma LGA after the attack. Guma Local Government Area of Benue State is calm.').slice(0, 2), [
      'Guma = Guma, Benue State, Nigeria',
      'Guma = Guma, Benue State, Nigeria',
    ]);
    // Pike County is in several states: the one the text names decides.
    assert.deepEqual(layerPlaces('Floods hit Pike County, Kentucky, again.').slice(0, 1), ['Pike County = Pike County, Kentucky, United States']);
    assert.deepEqual(layerPlaces('Floods hit Pike County in Ohio again.').slice(0, 1), ['Pike County = Pike County, Ohio, United States']);
    const [county] = places('Laurel County clerk honored at dinner.');
    assert.equal(county.id, 'geonames-adm2-us-ky-125');
    assert.ok(county.coordinates && Math.abs(county.coordinates[0] - 37.1) < 0.3 && Math.abs(county.coordinates[1] + 84.1) < 0.3);
    assert.match(cards(county, { index, text: 'Laurel County clerk.' }), /Second-level region/);
    // Without "County", a district's bare name needs the evidence a middle-sized town needs.
    assert.deepEqual(layerPlaces('Hampshire racing driver Rob Collard won.'), []);
    assert.deepEqual(layerPlaces('The driver from Hampshire won in England.'), ['Hampshire = Hampshire, England, United Kingdom']);
  });

  it('reads the people of a region or a big city by the regular English endings', () => {
    assert.deepEqual(layerPlaces("They're asking Manitobans to pay more; Ohioans and New Yorkers agree, as do Californian voters."), [
      'Manitobans = Manitoba, Canada',
      'Ohioans = Ohio, United States',
      'New Yorkers = New York, United States',
      'Californian = California, United States',
    ]);
    // No place "Lake", a book and verse, part of a longer name, a noun-less "Californian".
    assert.deepEqual(layerPlaces('The Lakers beat the Brewers. He read Romans 15:13 at Perry Meridian. A Californian.'), []);
  });

  it('reads "B.C." and "BC" as British Columbia in an article about Canada, and lets it qualify a town', () => {
    assert.deepEqual(places('Police in Vancouver, B.C., said the office of FrontCounter BC would open.').map((a) => `${a.text} = ${a.id}`), [
      'Vancouver = geonames-6173331',
      'B.C. = british-columbia',
      'BC = british-columbia',
    ]);
    assert.equal(places('Officials in Victoria, B.C., met.')[0].name, 'Victoria, British Columbia, Canada');
    assert.deepEqual(places('It was built in 300 BC by the Romans.').filter((a) => a.text === 'BC'), []);
  });

  it('knows Kurdistan and the nations of the United Kingdom by their peoples, and "the Gulf" where the article is about its shores', () => {
    assert.deepEqual(places('Kurdish fighters advanced.').map((a) => a.id), ['kurdistan']);
    // The nations of the United Kingdom by their peoples; their languages stay languages.
    assert.deepEqual(places('Scottish ministers and Welsh farmers met in a Northern Irish town.').map((a) => a.id), ['scotland', 'wales', 'northern-ireland']);
    assert.deepEqual(places('She is learning Welsh.'), []);
    assert.ok(places('Tankers crossed the Gulf near Qatar.').some((a) => a.id === 'persian-gulf'));
    assert.deepEqual(places('Shrimpers in the Gulf worried.'), []);
  });

  it('knows the large airports the news names by one word, and their cards say so', () => {
    assert.deepEqual(layerPlaces('More than 75,000 flights arrived at Schiphol last year; passengers at Heathrow waited.'), [
      'Schiphol = Schiphol, Netherlands',
      'Heathrow = Heathrow, England, United Kingdom',
    ]);
    const heathrow = places('Passengers at Heathrow waited.')[0];
    const entry = index.get(heathrow.id);
    assert.equal(entry?.summary, 'Large airport in England, United Kingdom.');
    assert.match(entry?.sources[0].title ?? '', /OurAirports/);
    // Heathrow, Florida, where the article is about Florida; a person is no airport.
    assert.deepEqual(layerPlaces('Deputies in Heathrow, Florida, closed the road.').slice(0, 1), ['Heathrow = Heathrow, Florida, United States']);
    assert.deepEqual(layerPlaces('Jinnah founded Pakistan.'), []);
  });

  it('knows the people of Georgia\'s breakaway regions', () => {
    assert.deepEqual(
      places('Talks between South Ossetian officials and Abkhaz leaders stalled; Abkhazians voted.').map((a) => `${a.text} = ${a.id}`),
      ['South Ossetian = south-ossetia', 'Abkhaz = abkhazia', 'Abkhazians = abkhazia'],
    );
  });

  it('places a shared name where the document\'s other names are', () => {
    // Walker County is in Alabama, Georgia and Texas; LaFayette and Rossville are in Georgia.
    assert.deepEqual(layerPlaces('The burn ban issued for Walker County was lifted. Fire crews from LaFayette and Rossville helped.').slice(0, 2), [
      'Walker County = Walker County, Georgia, United States',
      'LaFayette = LaFayette, Georgia, United States',
    ]);
    // Alone, the county is the likeliest one by size and the names around it; the votes never make a place of a word.
    assert.equal(layerPlaces('The burn ban issued for Walker County was lifted.').length, 1);
  });

  it('reads an AP state abbreviation alone after a preposition of place or a name and a comma, or before a noun of its people', () => {
    assert.deepEqual(
      places('The center will open in S.C. today. A missing Ill. man was found. The Ind. candidate won; IN and Mass. appeared in the list.').map((a) => `${a.text} = ${a.name}`),
      ['S.C. = South Carolina, United States', 'Ill. = Illinois, United States'],
    );
    // Before a noun of its officials and places, and after a name and a comma even where the name is
    // no town of the layer (Thackerville); Bethel is one, where a named person is from.
    assert.deepEqual(
      places('A Ga. pastor was buried. Spencer Lewis of Bethel, Vt., and Dennis Lopez of Thackerville, Okla. came. He met Miss. Jones.').map((a) => a.text),
      ['Ga.', 'Bethel', 'Vt.', 'Okla.'],
    );
  });

  it('reads a town before its own bodies and people: its VFW post, its high school, its officers', () => {
    assert.deepEqual(layerPlaces('He saw the Gainesville VFW Post in the distance. Classes at Norfolk High School resumed.').map((p) => p.split(' = ')[0]), ['Gainesville', 'Norfolk']);
    assert.deepEqual(layerPlaces('The officers said the Boise officers had left.').map((p) => p.split(' = ')[0]), ['Boise']);
    assert.deepEqual(layerPlaces('Two Boise officers were in the car.').map((p) => p.split(' = ')[0]), ['Boise']);
  });

  it('keeps a big place whose small namesake is in the region the text names but lacks the evidence', () => {
    // Louisville, Ohio has 9,000 people and needs a preposition; Louisville, Kentucky needs none.
    assert.deepEqual(layerPlaces('The semifinal was played in Columbus, Ohio. The Bulldogs then beat Louisville in overtime.').slice(-1), ['Louisville = Louisville, Kentucky, United States']);
    // A given name stays a person's unless a place of its own shows: "Lincoln" beside Illinois.
    assert.deepEqual(layerPlaces('Officials in Springfield, Illinois, praised Lincoln at the ceremony.').filter((p) => p.startsWith('Lincoln')), []);
  });

  it('places names that are each shared where their places lie close together', () => {
    // Alabama and Texas both have a Walker County and a Huntsville; only in Texas is one the other's seat.
    assert.deepEqual(layerPlaces('The burn ban for Walker County ended on Monday after a meeting with the Huntsville fire chief.'), [
      'Walker County = Walker County, Texas, United States',
      'Huntsville = Huntsville, Texas, United States',
    ]);
    assert.deepEqual(layerPlaces('Huntsville officials said the rocket centre would grow.'), ['Huntsville = Huntsville, Alabama, United States']);
    // A gazetteer place votes too: Arlington beside Washington, D.C. is Virginia's (Texas' is bigger).
    assert.deepEqual(layerPlaces('The Arlington council approved the site. Lawmakers in Washington, the US capital, will review it.'), ['Arlington = Arlington, Virginia, United States']);
  });

  it('does not take a capital for the region that shares its name', () => {
    // "Washington" the capital is not Washington state, so it does not pull Arlington there.
    assert.deepEqual(layerPlaces('The Arlington council approved the site. Lawmakers in Washington will review it.'), ['Arlington = Arlington, Texas, United States']);
  });

  it('moves a capital whose country is never named to a namesake beside a place the text names', () => {
    // Paris, Tennessee is the seat of Henry County, Tennessee; both names are shared, and each says which the other is.
    assert.deepEqual(
      places('Residents of Paris and Henry County will get a letter from the rescue squad this week.').map((a) => a.name),
      ['Paris, Tennessee, United States', 'Henry County, Tennessee, United States'],
    );
    assert.equal(places('Residents of Paris will get a letter from the rescue squad this week.')[0].id, 'paris');
    // A mention as its government beside one as a place: the name is read as a place all the same.
    assert.deepEqual(
      places('Residents of Paris and Henry County will get a letter this week. Paris announced on Monday that the fund was short.').map((a) => a.name),
      ['Paris, Tennessee, United States', 'Henry County, Tennessee, United States', 'Paris, Tennessee, United States'],
    );
  });

  it('reads lists before a plural noun, a state after a party letter, and a place\'s possessive', () => {
    assert.deepEqual(layerPlaces('School boards in Barrow, Jackson and Madison counties tweaked policies.'), [
      'Barrow = Barrow County, Georgia, United States',
      'Jackson = Jackson County, Georgia, United States',
      'Madison = Madison County, Georgia, United States',
    ]);
    const streets = annotate('A main blew at the corner of Lakeview and Harrison streets.', index).filter((a) => a.category === 'entity' && a.kind === 'place');
    assert.deepEqual(streets.map((a) => a.text), ['Lakeview', 'Harrison']);
    assert.deepEqual(layerPlaces('House Majority Whip James Clyburn, D-S.C., inserted language.'), ['S.C. = South Carolina, United States']);
    assert.deepEqual(layerPlaces("Sipping a Sprite at Gainesville's VFW Post, he spoke.").map((s) => s.split(' = ')[0]), ['Gainesville']);
    assert.deepEqual(layerPlaces("Mary's Turkeys sells birds."), []);
  });

  it('takes a longer name of the layer over the gazetteer place it starts with', () => {
    assert.deepEqual(layerPlaces('Storms hit Oklahoma City and Virginia Beach.'), [
      'Oklahoma City = Oklahoma City, Oklahoma, United States',
      'Virginia Beach = Virginia Beach, Virginia, United States',
    ]);
    assert.deepEqual(layerPlaces('A Kansas City, Kan., police officer was hurt.'), ['Kansas City = Kansas City, Kansas, United States', 'Kan. = Kansas, United States']);
    // …or that holds it after a word of its own.
    assert.deepEqual(layerPlaces('Protests in New London grew.'), ['New London = New London, Connecticut, United States']);
    // A city named like its territory or province is written "… City": not the territory.
    assert.deepEqual(layerPlaces('Strikes hit Gaza City overnight.'), ['Gaza City = Gaza City, Gaza Strip, Palestine']);
    assert.deepEqual(places('Aid reached Gaza on Monday.').map((a) => a.id), ['gaza-strip']);
    // A region after the comma that the gazetteer read as a country of that name is the region,
    // even across a line wrapped inside the paragraph.
    assert.deepEqual(layerPlaces('A main broke in Walker County,\nGeorgia, overnight.'), [
      'Walker County = Walker County, Georgia, United States',
      'Georgia = Georgia, United States',
    ]);
    assert.deepEqual(
      annotate('Officials in Batumi, Georgia, met.', index).filter((a) => a.category === 'entity').map((a) => a.id),
      ['geonames-615532', 'geo'],
    );
    // The gazetteer's own name stays where the layer has nothing longer.
    assert.deepEqual(places('Storms hit Oklahoma on Sunday.').map((a) => a.id), ['us-ok']);
  });

  it('finds named storms as events, with the noun that says what they were, and nothing longer', () => {
    const events = (text: string): string[] =>
      annotate(text, index)
        .filter((a) => a.category === 'entity' && a.kind === 'event' && a.id === undefined)
        .map((a) => `${a.text} (${a.category === 'entity' && a.id === undefined ? a.role : ''})`);
    assert.deepEqual(events('Hurricane Melissa struck Jamaica in October; Tropical Storm Erin formed later, and Super Typhoon Ragasa hit Taiwan.'), [
      'Hurricane Melissa (hurricane)',
      'Tropical Storm Erin (storm)',
      'Super Typhoon Ragasa (typhoon)',
    ]);
    // A longer name, a name before the noun, or a headline: no storm of that name.
    assert.deepEqual(events('The Storm Prediction Center warned of Desert Storm veterans. Storm Shadow missiles were fired.'), []);
    assert.deepEqual(events('Hurricane Season Begins Early'), []);
    const text = 'Hurricane Melissa struck Jamaica.';
    const melissa = annotate(text, index).find((a) => a.category === 'entity' && a.kind === 'event');
    assert.ok(melissa);
    assert.match(cards(melissa, { index, text }), /Named as:\*\* a hurricane/);
  });

  it('takes what a storm, a quake or a flood strikes for a place, and "in" before a name and "said" for where the speakers are', () => {
    assert.deepEqual(layerPlaces('Typhoon Kalmaegi hit Cebu on Tuesday.').map((s) => s.split(' = ')[0]), ['Cebu']);
    assert.deepEqual(layerPlaces('Officials in Cebu said 40 people died.').map((s) => s.split(' = ')[0]), ['Cebu']);
    // Without the disaster, "hit" says nothing of place; a name before "said" is a person's.
    assert.deepEqual(layerPlaces('The boxer hit Cebu twice.'), []);
    assert.deepEqual(layerPlaces('Cebu said 40 people died.'), []);
  });

  it('finds streets, rivers, airports, camps and numbered roads by the noun in their name, and only there', () => {
    const named = (text: string): string[] =>
      annotate(text, index)
        .filter((a) => a.category === 'entity' && a.kind === 'place' && a.id === undefined)
        .map((a) => `${a.text} (${a.category === 'entity' && a.id === undefined ? a.role : ''})`);
    assert.deepEqual(named('Protesters marched down Royal Street toward the Neches River, and Lake Manassas was closed.'), [
      'Royal Street (street)',
      'Neches River (river)',
      'Lake Manassas (lake)',
    ]);
    assert.deepEqual(named('Flights left Dulles International Airport for Camp Lejeune; crews shut Highway 82 and County Road 43.'), [
      'Dulles International Airport (airport)',
      'Camp Lejeune (camp)',
      'Highway 82 (road)',
      'County Road 43 (road)',
    ]);
    // A lower-case noun of kind after a name no one annotated: the name is the place.
    assert.deepEqual(named('She fled her home in Torkula village of Guma. Cases rose in the Kailahun district, officials said.'), ['Torkula (village)', 'Kailahun (district)']);
    assert.deepEqual(named('Every village was hit. The North region voted. He spoke at the Apple town hall.'), []);
    // "the towns of A, B, and C", "the village of X": each name of the list; not the area after "Torkula village of".
    assert.deepEqual(named('Troops retook the strategic towns of Awdhegle, Bariire, Sabiid, and Canole on Friday.'), ['Awdhegle (town)', 'Bariire (town)', 'Sabiid (town)', 'Canole (town)']);
    assert.deepEqual(named('Gunmen attacked the village of Torkula at night.'), ['Torkula (village)']);
    assert.deepEqual(named('She fled Torkula village of Guma.'), ['Torkula (village)']);
    // Buildings the news places things at; not a person named Church, not a church as an institution.
    assert.deepEqual(named('Strikes hit Al-Awda Hospital on Monday; he was held in Evin Prison.'), ['Al-Awda Hospital (hospital)', 'Evin Prison (prison)']);
    assert.deepEqual(named('The death of Thomas Church shocked the town. Members of the Catholic Church protested.'), []);
    // The place inside is part of the longer name; a gazetteer feature keeps its own entry.
    // (The Mississippi is a gazetteer river now, from the Factbook; the Potomac is not.)
    assert.deepEqual(named('Barges moved up the Potomac River to the Bay of Bengal.'), ['Potomac River (river)']);
    assert.equal(places('Barges moved up the Potomac River.').length, 1);
    assert.deepEqual(places('Barges moved up the Mississippi River.').map((a) => a.id), ['mississippi-river']);
    // Part of a longer name, a headline in Title Case, a sentence opener, a generic road, a saint.
    assert.deepEqual(named('Heathrow Airport Holdings reported a loss.'), []);
    assert.deepEqual(named('Pakistan Closes Airport After Attack'), []);
    assert.deepEqual(named('Then Main Street was shut.'), ['Main Street (street)']);
    assert.deepEqual(named('Trucks used the County Road instead.'), []);
    assert.deepEqual(named('A crash closed Interstate 64 and Route 38 overnight.'), ['Interstate 64 (road)', 'Route 38 (road)']);
    assert.deepEqual(named('Fans in St. Louis cheered.'), []);
    assert.deepEqual(named('He lives at 333 Victoria St. in town.'), ['Victoria St. (street)']);
    assert.deepEqual(named('Homes on Wichita Drive and Governors Parkway flooded; the Massachusetts Turnpike and Rue Casa Calvo were shut.'), [
      'Wichita Drive (street)',
      'Governors Parkway (road)',
      'Massachusetts Turnpike (road)',
      'Rue Casa Calvo (street)',
    ]);
    assert.deepEqual(named('He saved the file to Google Drive.'), []);
    // A numbered road written as one word: with "the" and a word of traffic, or in a list of them.
    assert.deepEqual(named('The A417 southbound carriageway will close. A diversion runs via the A436, A40 and A429.'), ['A417 (road)', 'A436 (road)', 'A40 (road)', 'A429 (road)']);
    assert.deepEqual(named('Fighting closed the M-14 highway near Homs.'), ['M-14 (road)']);
    // The same shape names planes, rifles and paper sizes.
    assert.deepEqual(named('The A380 landed. He carried the M16 and printed on A4 paper.'), []);
    const text = 'Protesters marched down Royal Street on Sunday.';
    const all = annotate(text, index);
    const street = all.find((a) => a.text === 'Royal Street');
    assert.ok(street);
    const card = cards(street, { index, text, annotations: all });
    assert.match(card, /\*\*Named as:\*\* a street/);
    assert.match(card, /not in the gazetteer/);
  });

  it('gives each place coordinates and, for a shared name, the other candidates it weighed', () => {
    const [portland] = places('Officials in Portland, Maine, disagreed.');
    assert.ok(portland.coordinates && Math.abs(portland.coordinates[0] - 43.66) < 0.1 && Math.abs(portland.coordinates[1] + 70.26) < 0.1);
    assert.ok((portland.alternatives ?? []).length > 0);
    const card = cards(portland, { index, text: 'Officials in Portland, Maine, disagreed.' });
    assert.match(card, /\*\*Portland, Maine, United States\*\*/);
    assert.match(card, /Other places of this name:\*\* Portland, Oregon, United States/);
    assert.match(card, /geonames\.org\/\d+\) \(2024-12-07\)/);
    assert.match(card, /Coordinates:\*\* 43\\\.\d+° N, 70\.\d+° W/);
  });

  it('answers for its ids through the index, and an index without the layer finds none of its places', () => {
    const [makurdi] = places('Gunmen attacked a village near Makurdi, Nigeria.');
    assert.equal(index.get(makurdi.id)?.kind, 'place');
    assert.equal(index.get(makurdi.id)?.facts.country, 'nga');
    const bare = new GazetteerIndex([...index.entries.values()]);
    assert.equal(bare.get(makurdi.id), undefined);
    assert.deepEqual(annotate('near Makurdi, Nigeria.', bare).filter((a) => a.category !== 'figure' && a.id?.startsWith('geonames-')), []);
    // A layer that could not be read (a broken installation): the rest of the gazetteer still works.
    const unreadable = new GazetteerIndex([...index.entries.values()], { places: () => undefined });
    assert.equal(unreadable.get(makurdi.id), undefined);
    const found = annotate('Gunmen attacked a village near Makurdi, Nigeria.', unreadable).filter((a) => a.category === 'entity');
    assert.deepEqual(found.map((a) => a.text), ['Nigeria']);
  });
});

describe('US state abbreviations', () => {
  it('reads AP abbreviations and postal codes, and nothing else', () => {
    assert.deepEqual(stateAbbreviationAt('Calif., said', 0), { regionCode: 'US.CA', length: 6 });
    assert.deepEqual(stateAbbreviationAt('W.Va. -- x', 0), { regionCode: 'US.WV', length: 5 });
    assert.deepEqual(stateAbbreviationAt('N.Y.', 0), { regionCode: 'US.NY', length: 4 });
    assert.deepEqual(stateAbbreviationAt('TX said', 0), { regionCode: 'US.TX', length: 2 });
    assert.equal(stateAbbreviationAt('Txs. said', 0), undefined);
    assert.equal(stateAbbreviationAt('TXT', 0), undefined);
    assert.equal(stateAbbreviationAt('Mr. Smith', 0), undefined);
  });
});

describe('WorldPlaces table', () => {
  const packed: PackedPlaces = {
    source: { title: 'test', url: 'https://example.org/' },
    countries: ['usa', 'gbr'],
    regions: 'Oregon\nEngland',
    regionCodes: 'US.OR\nGB.ENG',
    regionCountry: [0, 1],
    admin2Codes: '',
    types: ['ADM1', 'PPL'],
    keys: 'england\noregon\nportland',
    counts: [1, 1, 2],
    commonKeys: [],
    givenNameKeys: [],
    names: 'England\nOregon\nPortland\nPortland',
    geonameId: [0, 0, 5746545, 2640011],
    type: [0, 0, 1, 1],
    country: [1, 0, 0, 1],
    region: [1, 0, 0, 1],
    population: [0, 0, 632309, 12710],
    lat: [0, 0, 45523, 50548],
    lon: [0, 0, -122676, -2441],
  };
  it('keeps the places of one name together, likeliest first, with ids, regions and coordinates', () => {
    const table = new WorldPlaces(packed);
    const [from, to] = table.rowsOf(table.keyNumber('portland'));
    assert.deepEqual([from, to], [2, 4]);
    assert.equal(table.place(2).id, 'geonames-5746545');
    assert.deepEqual(table.place(2).coordinates, [45.523, -122.676]);
    assert.equal(table.qualifiedName(3, (id) => (id === 'gbr' ? 'United Kingdom' : undefined)), 'Portland, England, United Kingdom');
    assert.equal(table.regionRow('US.OR'), 1);
    assert.equal(table.idOf(1), 'geonames-adm1-us-or');
    assert.equal(table.keyNumber('paris'), -1);
    assert.equal(table.longestFromHash(hashString('portland')), 1);
    assert.equal(table.longestFromHash(hashString('paris')), 0);
  });

  it('knows the most words a name starting with a word has, and which words start none', () => {
    const longer: PackedPlaces = {
      ...packed,
      keys: 'new england\nnew york city\nnew york\nyork',
      counts: [1, 1, 1, 1],
      names: 'New England\nNew York City\nNew York\nYork',
      geonameId: [1, 2, 3, 4],
      type: [1, 1, 1, 1],
      country: [0, 0, 0, 1],
      region: [0, 0, 0, 1],
      population: [1, 2, 3, 4],
      lat: [0, 0, 0, 0],
      lon: [0, 0, 0, 0],
    };
    const table = new WorldPlaces(longer);
    assert.equal(table.longestFromHash(hashString('new')), 3);
    assert.equal(table.longestFromHash(hashString('york')), 1);
    assert.equal(table.longestFromHash(hashString('england')), 0);
    assert.ok(table.mayStartName(hashString('new')));
    assert.ok(!table.mayStartName(hashString('england')));
  });

  it('reads the layer back from its file, names with accents included', () => {
    const accented = { ...packed, names: 'England\nOregon\nPortland\nPörtland' };
    const table = new WorldPlaces(readPlacesFile(writePlacesFile(accented)));
    assert.equal(table.place(3).name, 'Pörtland');
    assert.deepEqual(table.place(2).coordinates, [45.523, -122.676]);
    assert.equal(table.keyNumber('portland'), 2);
    assert.equal(table.rowOfId('geonames-2640011'), 3);
    assert.equal(table.regionRow('US.OR'), 1);
  });

  it('says the file is damaged, and why, instead of reading wrong places', () => {
    const file = writePlacesFile(packed);
    assert.throws(() => readPlacesFile(new Uint8Array(3)), /damaged \(it does not start with GLP1\)/);
    assert.throws(() => readPlacesFile(file.slice(0, 12)), /damaged \(its header runs past its end\)/);
    assert.throws(() => readPlacesFile(file.slice(0, file.length - 4)), /damaged \(\w+ lies outside it\)/);
    const notJson = file.slice();
    notJson[8] = 0x7b + 1;
    assert.throws(() => readPlacesFile(notJson), /damaged \(its header is not JSON/);
  });

  it('reads its keys and ids back without a table of every string', () => {
    const table = new WorldPlaces(packed);
    assert.deepEqual(['england', 'oregon', 'portland'].map((key) => table.keyNumber(key)), [0, 1, 2]);
    assert.equal(table.keyNumber('portlan'), -1);
    assert.equal(table.keyNumber('portland '), -1);
    assert.equal(table.rowOfId('geonames-2640011'), 3);
    assert.equal(table.rowOfId('geonames-adm1-gb-eng'), 0);
    // A region's row has GeoNames id 0 in the file: "geonames-0" names no populated place.
    assert.equal(table.rowOfId('geonames-0'), -1);
    assert.equal(table.rowOfId('geonames-adm2-us-or-001'), -1);
    assert.equal(table.rowOfId('portland'), -1);
    assert.equal(table.entry('geonames-5746545', () => 'United States')?.name, 'Portland, Oregon, United States');
  });
});
