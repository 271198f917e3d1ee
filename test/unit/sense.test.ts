import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import type { EntityAnnotation } from '../../src/core/types';

// Sentences written for these tests (not taken from any evaluation set).
const index = loadBundledGazetteer();

function place(text: string, name: string, nth = 0): EntityAnnotation | undefined {
  const found = annotate(text, index).filter(
    (a): a is EntityAnnotation => a.category === 'entity' && (a.kind === 'country' || a.kind === 'place') && a.text === name,
  );
  return found[nth];
}

function senseIn(text: string, name: string, nth = 0): string {
  const a = place(text, name, nth);
  assert.ok(a, `${name} annotated in: ${text}`);
  return a.sense ?? 'none';
}

function check(cases: [string, string][], sense: 'literal' | 'metonymic'): void {
  for (const [text, name] of cases) assert.equal(senseIn(text, name), sense, `${name} in: ${text}`);
}

describe('sense: a capital as the modifier of a government role', () => {
  it('names in one list share one sense, also when one of them has "of the" inside', () => {
    const text = 'The Democratic Republic of the Congo and Rwanda signed a peace deal.';
    assert.equal(place(text, 'Democratic Republic of the Congo')?.sense, 'metonymic');
    assert.equal(place(text, 'Rwanda')?.sense, 'metonymic');
    assert.equal(place('Rwanda and the Democratic Republic of the Congo signed a deal.', 'Rwanda')?.sense, 'metonymic');
  });

  it('"states" after a name is a noun unless a clause follows: "the Sahel states of Mali and Niger", but "France states that"', () => {
    assert.equal(senseIn('The Sahel states of Mali and Niger left the bloc.', 'Sahel'), 'literal');
    assert.equal(senseIn('France states that it will not pay the fine.', 'France'), 'metonymic');
  });

  it('a town after "on", "over" or "during" is no subject of the verb after it: "strikes on Khan Younis killed 30"', () => {
    assert.equal(place('Israeli strikes on Khan Younis killed 30 people.', 'Khan Younis')?.sense, 'literal');
    assert.equal(place('Shelling on Makurdi continued overnight.', 'Makurdi')?.sense, 'literal');
    // A state after "on" still acts or is acted on as a government: "sanctions on Russia".
    assert.equal(place('Sanctions on Russia hurt its economy.', 'Russia')?.sense, 'metonymic');
  });

  it('a place under siege or shelled is the place, after "has been" as after "is"; an actor\'s passive stays the government', () => {
    assert.equal(senseIn('Kharkiv has been under siege for months, officials said.', 'Kharkiv'), 'literal');
    assert.equal(senseIn('Gaza has been under blockade since 2007.', 'Gaza'), 'literal');
    assert.equal(senseIn('Kharkiv was shelled overnight by artillery.', 'Kharkiv'), 'literal');
    assert.equal(senseIn('Russia was criticised by Kyiv for the strike.', 'Russia'), 'metonymic');
    assert.equal(senseIn('Iran has been forced to negotiate.', 'Iran'), 'metonymic');
  });

  it('reads "a Kremlin spokesman", "a Beijing envoy", "Tehran aides" as the government, and "a Moscow court" as the city', () => {
    check(
      [
        ['A Kremlin spokesman rejected the report on Tuesday.', 'Kremlin'],
        ['The Beijing envoy left the talks early.', 'Beijing'],
        ['Two Tehran aides were expelled last month.', 'Tehran'],
      ],
      'metonymic',
    );
    check([['A Moscow court jailed the reporter for six years.', 'Moscow']], 'literal');
  });
});

describe('sense: seed-article cases', () => {
  it('reads the capitals that act as governments', () => {
    check(
      [
        ['Despite attempts by Washington to derail the deal, the talks went ahead.', 'Washington'],
        ['Washington is forced now to show understanding for the purchase.', 'Washington'],
        ['New Delhi has also expressed its concern about the sanctions.', 'New Delhi'],
        ["According to New Delhi's aims, the corridor opens next year.", 'New Delhi'],
        ['New Delhi-Moscow relations have survived every change of government.', 'New Delhi'],
        ['The West has tried to isolate Moscow since the invasion.', 'Moscow'],
      ],
      'metonymic',
    );
  });

  it('reads the capitals that are places', () => {
    check(
      [
        ['The diaspora gathered in Moscow on December 26.', 'Moscow'],
        ['The foreign minister visited Moscow last week.', 'Moscow'],
      ],
      'literal',
    );
  });

  it('names the government a metonymic capital stands for', () => {
    const a = place('Washington has warned Ankara against the purchase.', 'Washington');
    assert.equal(a?.sense, 'metonymic');
    assert.equal(a?.refersTo, 'usa');
  });
});

describe('sense: countries and capitals as actors', () => {
  it('takes the subject of a verb as the government, past adverbs, negation and time phrases', () => {
    check(
      [
        ['Beijing on Tuesday announced new export controls on rare earths.', 'Beijing'],
        ["Tokyo doesn't intend to raise the tariff again.", 'Tokyo'],
        ['Brazil has repeatedly rejected the proposal.', 'Brazil'],
        ['Germany will not send more tanks this year.', 'Germany'],
        ['After months of talks, Norway signed the fisheries accord.', 'Norway'],
        ['Officials said Kenya expects the loan to be approved.', 'Kenya'],
      ],
      'metonymic',
    );
  });

  it('lets coordinated names share the verb and the preposition', () => {
    check(
      [
        ['India and Russia signed a new defence pact in the spring.', 'India'],
        ['India and Russia signed a new defence pact in the spring.', 'Russia'],
        ['The measure was also adopted by Austria, Belgium and Portugal.', 'Belgium'],
        // Governments opposing and one abstaining: one list, one sense for all six.
        ...['France', 'Poland', 'Austria', 'Ireland', 'Hungary', 'Belgium'].map((name): [string, string] => ['The plan met opposition from France, Poland, Austria, Ireland and Hungary, with Belgium abstaining.', name]),
      ],
      'metonymic',
    );
  });

  it('reads a region after "for the" as the area a role or plan covers', () => {
    check(
      [
        ['The special envoy for the Middle East arrived in Cairo on Monday.', 'Middle East'],
        ['Brussels drafted a new security strategy for the Sahel.', 'Sahel'],
      ],
      'literal',
    );
  });

  it('reads agentive prepositions, reported speech and political verbs', () => {
    check(
      [
        ['The embargo was lifted by Canada in March.', 'Canada'],
        ['According to Egypt, the dam threatens its water supply.', 'Egypt'],
        ['The accord between Chile and Peru settled the maritime dispute.', 'Peru'],
        ['London accuses Tehran of supplying the drones.', 'Tehran'],
        ['The new tariffs put pressure on Vietnam to open its market.', 'Vietnam'],
        ['The opposition wants Sweden to leave the agreement.', 'Sweden'],
        ['Kosovo declared independence from Serbia in 2008.', 'Serbia'],
      ],
      'metonymic',
    );
  });

  it('reads possessives by what is owned', () => {
    check(
      [
        ["Critics questioned Poland's decision to close the border crossing.", 'Poland'],
        ["Analysts expect Turkey's central bank policy to change.", 'Turkey'],
        ["Moscow's response came within hours.", 'Moscow'],
      ],
      'metonymic',
    );
    check(
      [
        ["Canada's population grew by a million last year.", 'Canada'],
        ["Protesters filled Cairo's main square.", 'Cairo'],
        ["Fog closed Lisbon's airport for three hours.", 'Lisbon'],
        ["She is one of Italy's finest sculptors.", 'Italy'],
        ["The river forms part of Peru's northern border.", 'Peru'],
        ["Kenya's 23 national parks draw most visitors.", 'Kenya'],
        ["Two of Norway's larger banks merged.", 'Norway'],
      ],
      'literal',
    );
  });

  it('reads teams as metonymic', () => {
    check(
      [
        ['Argentina won the final on penalties.', 'Argentina'],
        ['He scored twice for Ghana in the qualifier.', 'Ghana'],
        ['Japan beat Scotland by three tries.', 'Japan'],
        ['She has represented Ireland at two Olympics.', 'Ireland'],
        ['New Zealand were bowled out for 150.', 'New Zealand'],
      ],
      'metonymic',
    );
  });

  it('lets a coordinated name keep its article: "X and the United States"', () => {
    check(
      [
        ['The motion was tabled by Norway and the United States.', 'United States'],
        ['A border pact was signed in 1902 between Chile and the United Kingdom.', 'United Kingdom'],
      ],
      'metonymic',
    );
  });

  it("reads a state's formal name as one name: the Kingdom of X, the Republic of X", () => {
    check([['The duchy was invaded by the Kingdom of Hungary twice.', 'Hungary']], 'metonymic');
    check([['Few roads crossed the Kingdom of Hungary at the time.', 'Hungary']], 'literal');
  });

  it('reads the birth, fall and power of a state as the state', () => {
    check(
      [
        ['Two years after the creation of Bangladesh, the rail link reopened.', 'Bangladesh'],
        ['Refugees left the port after the fall of Vietnam to the north.', 'Vietnam'],
        ['The growing power of Japan alarmed its neighbours.', 'Japan'],
      ],
      'metonymic',
    );
  });

  it('reads a stance towards a state as metonymic, a direction towards a place as literal', () => {
    check([['The minister softened his hostility towards Poland.', 'Poland']], 'metonymic');
    check([['The convoy drove on towards Kabul at dawn.', 'Kabul']], 'literal');
  });

  it('finds the verb after an aside between commas', () => {
    check(
      [
        ['Chile, for its part, rejected the ruling.', 'Chile'],
        ['Ecuador, despite the pressure, has kept its quota.', 'Ecuador'],
      ],
      'metonymic',
    );
    check([['Lima, a coastal city, is a busy port.', 'Lima']], 'literal');
  });

  it('tells what a state has and is from what a territory has and is', () => {
    check(
      [
        ['Peru has an embassy in Canberra.', 'Peru'],
        ['Belgium was one of the six founding members.', 'Belgium'],
        ['Norway is a major supplier of gas to Germany.', 'Norway'],
        ['Finland was the first to ratify the accord.', 'Finland'],
      ],
      'metonymic',
    );
    check(
      [
        ['Chad has a population of about eighteen million.', 'Chad'],
        ['Nauru is the smallest republic in the Pacific.', 'Nauru'],
        ['Malta is an island south of Sicily.', 'Malta'],
      ],
      'literal',
    );
  });

  it('reads a list with a serial comma as one coordination, but not a clause after ", and"', () => {
    check([['The accord was signed by Spain, Greece, and Portugal.', 'Portugal']], 'metonymic');
    const clause = 'Tariffs hit steel from Brazil, and Brazil answered within a week.';
    assert.equal(senseIn(clause, 'Brazil', 0), 'literal');
    assert.equal(senseIn(clause, 'Brazil', 1), 'metonymic');
  });

  it('reads teams from scores, a team noun in apposition and a possessive before the name', () => {
    check(
      [
        ['The hosts lost 2-1 to Morocco in the opening match.', 'Morocco'],
        ['They went out after a 3–0 defeat by the Netherlands in the quarter-final.', 'Netherlands'],
        ['He scored the winner against his former club Porto.', 'Porto'],
        ['The final pits them against defending champion Brazil.', 'Brazil'],
        ['She later represented her native Kenya at the world championships.', 'Kenya'],
        ['He made his Italy debut at nineteen.', 'Italy'],
      ],
      'metonymic',
    );
    check([['After the war he returned to his native Kenya.', 'Kenya']], 'literal');
  });

  it('reads how one state views another, an inverted auxiliary and the subject of a bare infinitive', () => {
    check(
      [
        ['Ottawa regards Norway as a close partner in the Arctic.', 'Norway'],
        ['If Washington raises the duty, so will Mexico.', 'Mexico'],
        ['The contract will see Egypt buy twelve new frigates.', 'Egypt'],
        ['The council voted to let Albania join the programme.', 'Albania'],
      ],
      'metonymic',
    );
  });

  it('reads "for the X" as a beneficiary, unless someone leaves for it', () => {
    check([['The deal is good for the United States and for Japan.', 'United States']], 'metonymic');
    check([['India settled a border dispute with Bangladesh in 2015.', 'Bangladesh']], 'metonymic');
    check([['The crew left the harbour for the Netherlands at dawn.', 'Netherlands']], 'literal');
  });

  it('reads relation nouns and hyphenated actors', () => {
    check(
      [
        ['Japan–Korea ties have thawed this year.', 'Japan'],
        ['A US-led coalition patrols the strait.', 'US'],
      ],
      'metonymic',
    );
  });
});

describe('sense: a state punished with a penalty', () => {
  it('"Washington hit Beijing with tariffs" is both governments; "the storm hit Beijing with rain" is the city', () => {
    assert.equal(senseIn('Washington hit Beijing with tariffs in 2025.', 'Beijing'), 'metonymic');
    assert.equal(senseIn('Brussels slapped Moscow with new sanctions on 3 May.', 'Moscow'), 'metonymic');
    assert.equal(senseIn('The storm hit Beijing with heavy rain on 3 May.', 'Beijing'), 'literal');
  });
});

describe('sense: places that are places', () => {
  it('reads spatial prepositions and motion verbs as literal', () => {
    check(
      [
        ['Floods hit villages across Bangladesh this week.', 'Bangladesh'],
        ['The delegation flew to Nairobi on Monday.', 'Nairobi'],
        ['She was born in Portugal and studied in Paris.', 'Portugal'],
        ['Imports from Chile rose by a tenth.', 'Chile'],
        ['He left for Washington early in the day.', 'Washington'],
        ['The fence runs along the border with Mexico.', 'Mexico'],
        ['Its western border is shared with Chile.', 'Chile'],
        ['Most families left the valley for Canada after the war.', 'Canada'],
        ['The night train between Vienna and Munich is full.', 'Vienna'],
      ],
      'literal',
    );
  });

  it('reads the predicates of geography as literal', () => {
    check(
      [
        ['Mongolia is a landlocked country between two giants.', 'Mongolia'],
        ['Laos borders five countries.', 'Laos'],
        ['Chad has a population of about eighteen million.', 'Chad'],
        ['A Berlin-based start-up raised new funds.', 'Berlin'],
        ['Trevor Sithole of South Africa finished third.', 'South Africa'],
      ],
      'literal',
    );
  });

  it('reads landforms and "on the X" as places', () => {
    check(
      [
        ['Talks on the Korean Peninsula were postponed.', 'Korean Peninsula'],
        ['Calm on the Korean Peninsula is in everyone\'s interest.', 'Korean Peninsula'],
        ['Fishing fleets on the Netherlands coast stayed in port.', 'Netherlands'],
      ],
      'literal',
    );
    check([['New sanctions on the United States took effect.', 'United States']], 'metonymic');
  });

  it('keeps a name with no clear context literal', () => {
    check(
      [
        ['Tourism to Greece has recovered.', 'Greece'],
        ['The mountains of Nepal attract climbers.', 'Nepal'],
      ],
      'literal',
    );
  });
});

describe('what a disaster strikes', () => {
  it('is the place itself, even when a verb follows it', () => {
    const sense = (text: string, name: string) => annotate(text, index).flatMap((a) => (a.category === 'entity' && a.text === name && 'sense' in a ? [a.sense] : []));
    assert.deepEqual(sense('The earthquake that struck Herat killed 1,000.', 'Herat'), ['literal']);
    assert.deepEqual(sense('Herat killed the deal.', 'Herat'), ['metonymic']);
  });
});

describe('country and place names that name no place', () => {
  const names = (text: string): string[] =>
    annotate(text, index)
      .filter((a) => a.category === 'entity' && (a.kind === 'country' || a.kind === 'place'))
      .map((a) => a.text);

  it('skips names inside a web address', () => {
    assert.deepEqual(names('Source: https://example.com/news/Japan-lifts-ban-on-beef then Japan acted.'), ['Japan']);
  });

  it('skips a demonym used as a language, keeps one that describes a noun', () => {
    assert.deepEqual(names('The pilot speaks in Spanish after landing.'), []);
    assert.deepEqual(names('He is studying Portuguese.'), []);
    assert.deepEqual(names('The fleet entered Spanish waters.'), ['Spanish']);
    // "in" and the demonym alone in its clause: the language, unless a list of peoples goes on.
    assert.deepEqual(names('The interview was conducted in French, and the answers were long.'), []);
    assert.deepEqual(names('He answered in English and later in French.'), []);
    assert.deepEqual(names('Investment in Chinese, Indian and Brazilian firms rose.'), ['Chinese', 'Indian', 'Brazilian']);
    // A list of languages after the cue: each item is one; a list of peoples before a noun is not.
    assert.deepEqual(names('She speaks Russian, Ukrainian and Polish fluently.'), []);
    assert.deepEqual(names('The ad ran in English and Spanish, where it was seen by 3 million.'), []);
    assert.deepEqual(names('Ukrainian and Polish troops met.'), ['Ukrainian', 'Polish']);
  });

  it('takes "English" for England only before a noun of place or side, never for a town named English', () => {
    const places = (text: string) => annotate(text, index).flatMap((a) => (a.category === 'entity' && a.kind === 'place' ? [`${a.text}=${a.id}`] : []));
    assert.deepEqual(places('They were found in the southern English city of Salisbury.'), ['English=england', 'Salisbury=geonames-2638664']);
    assert.deepEqual(names('The English translation and the English version differ.'), []);
    assert.deepEqual(names('Two English clubs reached the final.'), ['English']);
  });

  it('skips a surname after a given name, and the same name later in that document', () => {
    assert.deepEqual(names('The race was won by Andrew Jordan. Jordan said the tyres held.'), []);
    assert.deepEqual(names('Talks with Jordan resumed in Amman.'), ['Jordan', 'Amman']);
  });

  it('skips a given name after a word for a relative, and that name later in the document', () => {
    assert.deepEqual(names('The singer posed with her daughters Stormi and Sydney. Later, Sydney fell asleep.'), []);
    assert.deepEqual(names('He thanked his son, Houston, for the idea.'), []);
    assert.deepEqual(names('Her son moved to Houston last year.'), ['Houston']);
  });

  it('skips a given name before a surname, and that name alone later where it is the same person', () => {
    assert.deepEqual(names('Sydney Sweeney read the script twice. Afterwards Sydney said she wanted the part. She then flew to Sydney.'), ['Sydney']);
    assert.deepEqual(names("Georgia Lewis, 12, skates every morning. Georgia's mother drives her to the rink."), []);
    // Without a person's cues the later name stays a place: "it", a clause break, a place preposition.
    assert.deepEqual(names('Paris Hilton opened a shop. Paris said it would widen the pavements.'), ['Paris']);
    assert.deepEqual(names('Jordan Henderson scored. Jordan hosts many refugees, and his club gave money.'), ['Jordan']);
    assert.deepEqual(names("Jordan Henderson scored. Jordan's government said he could not enter."), ['Jordan']);
  });

  it('skips a nickname after a person\'s age', () => {
    assert.deepEqual(names('The victim, Sam Okoro, 19, known as Houston, was treated at the scene.'), []);
    assert.deepEqual(names('The port of Bombay, known as Mumbai since 1995, is busy.'), ['Mumbai']);
  });

  it('skips a country name used as a common noun inside a brand, where the text uses the noun', () => {
    assert.deepEqual(names('Call the Harvest Turkey Helpline before you roast the turkey.'), []);
    assert.deepEqual(names('Visit Turkey before you roast the turkey.'), ['Turkey']);
    assert.deepEqual(names('The Turkey Trade Office opened in Ankara.'), ['Turkey', 'Ankara']);
  });

  it('skips a currency prefix', () => {
    assert.deepEqual(names('The fund lost $US4.5 billion.'), []);
  });
});

describe('sense: states between one another, near an act, and what a state feels', () => {
  it('reads contact, feuds and clashes "between" two states as between governments, a border between them as land', () => {
    check([
      ['Officials said it was the first contact between Lisbon and Luanda since the spring.', 'Luanda'],
      ['The feud between Morocco and Algeria has shut their border for years.', 'Morocco'],
      ['Negotiations between Ethiopia and Egypt stalled again in November.', 'Egypt'],
    ], 'metonymic');
    check([['The border between Morocco and Algeria has been closed since 1994.', 'Algeria']], 'literal');
  });

  it('reads what is sold to or wanted from a state as the state\'s business, goods shipped to a place as a place', () => {
    check([
      ['Arms sales to Taipei angered the mainland.', 'Taipei'],
      ['Brussels has yet to say what it wants from Beijing.', 'Beijing'],
    ], 'metonymic');
    check([['The first shipment of grain to Nairobi arrived on Monday.', 'Nairobi']], 'literal');
  });

  it('reads a state "closest to joining" a bloc as an actor, one "close to" a coast as a place', () => {
    check([['Moldova and Georgia are closest to joining the bloc, officials say.', 'Georgia']], 'metonymic');
    check([['Malta is close to Sicily.', 'Malta']], 'literal');
  });

  it('reads a state\'s patience or appetite as its government\'s, and sanctions named after a state as on it', () => {
    check([
      ['The war is testing Germany\'s patience.', 'Germany'],
      ['Traders say the Venezuela sanctions have cut exports by a third.', 'Venezuela'],
      ['The White House spoke to reporters on Tuesday.', 'White House'],
    ], 'metonymic');
  });
});

describe('seats of power: the street or building stands for the government, and the UK senses win in UK news', () => {
  it('reads Westminster and Whitehall as the UK\'s, Downing Street and No 10 as the prime minister\'s office, and leaves a score of 10 alone', () => {
    const text = 'Westminster voted against the bill, and Whitehall officials said No 10 would not comment. Downing Street said the talks would go on.';
    const found = annotate(text, index).filter((a): a is EntityAnnotation => a.category === 'entity');
    const byText = new Map(found.map((a) => [a.text, a]));
    assert.equal(byText.get('Westminster')?.id, 'westminster-uk');
    assert.equal(byText.get('Westminster')?.sense, 'metonymic');
    assert.equal(byText.get('Whitehall')?.id, 'whitehall-uk');
    assert.equal(byText.get('No 10')?.id, 'downing-street');
    assert.equal(byText.get('Downing Street')?.sense, 'metonymic');
    assert.equal(place('Number 10 is the highest score in the league.', 'Number 10'), undefined);
  });
});

describe('sense: a state excluded or singled out, and its proposals', () => {
  it('reads a state excluded or suspended, "the only country that has ratified", and its proposals as the government', () => {
    check([
      ['Cuba was excluded from the talks at the request of Mexico.', 'Cuba'],
      ['Hungary is the only country that has blocked the package.', 'Hungary'],
      ['The council rejected Poland\'s proposals on the border.', 'Poland'],
    ], 'metonymic');
    check([['Malta is a small country in the Mediterranean.', 'Malta']], 'literal');
  });
});
