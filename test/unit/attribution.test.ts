import assert from 'node:assert/strict';
import { extractClaims, type Claim } from '../../src/core/claims';
import { fixtureIndex } from './claims-helpers';

const index = fixtureIndex();
const claims = (text: string): Claim[] => extractClaims(text, index, { includeAll: true }).claims;
const speakerOf = (text: string, words: string): Claim['speaker'] => {
  const claim = claims(text).find((c) => c.text.includes(words));
  assert.ok(claim, `no claim with "${words}"`);
  return claim.speaker;
};

describe('attribution', () => {
  it('finds "…, X said," in mid-sentence and resolves the gazetteer id', () => {
    const text = 'Grain exports to Ostria reached 3 million tonnes this year, Velarian Trade Minister Mara Kessel said, a record.';
    assert.deepEqual(speakerOf(text, 'Grain exports'), { name: 'Mara Kessel', id: 'mara-kessel', verb: 'said' });
  });

  it('finds "…," said X and X said / added / told', () => {
    assert.deepEqual(speakerOf('"Exports doubled in 2022," said Kessel.', 'Exports doubled'), { name: 'Mara Kessel', id: 'mara-kessel', verb: 'said' });
    assert.equal(speakerOf('Ivo Brandt told reporters that Ostria bought 40 jets in 2020.', '40 jets')?.id, 'ivo-brandt');
    assert.equal(speakerOf('Brandt added that the deal was worth $3 billion.', '$3 billion')?.verb, 'added');
  });

  it('reads a name with its description before the verb, and a title written with a full stop', () => {
    assert.equal(speakerOf('Orla Brennan, a shipping analyst at a Dublin consultancy, told reporters that tanker rates doubled in May.', 'tanker rates')?.name, 'Orla Brennan');
    assert.equal(speakerOf('"Ninety vessels crossed the strait in a week," said Adm. Rafael Okoro, head of the regional fleet.', 'Ninety vessels')?.name, 'Rafael Okoro');
  });

  it('does not take the headline lines above a sentence into its speaker', () => {
    const release = 'PRESS NOTE\nOstria widens grain credit for its northern ports\nTrade Minister Mara Kessel today announced $40 million in new credit for the ports.';
    assert.equal(speakerOf(release, '$40 million')?.id, 'mara-kessel');
  });

  it('reads a description, then the name between commas, before the verb', () => {
    assert.equal(speakerOf("Velaria's port authority, PORTVEL, said container traffic rose 9% in 2025.", 'container traffic')?.name, 'PORTVEL');
    assert.equal(speakerOf("The bloc's chief negotiator, Ines Marlow, has said that tariffs will fall by half.", 'tariffs will fall')?.name, 'Ines Marlow');
  });

  it('gives a quote that stands alone to the speaker of the sentence before it in the paragraph', () => {
    const text = 'Ines Marlow said the talks would end in May. “Tariffs on grain will fall by half within two years.”';
    assert.equal(speakerOf(text, 'Tariffs on grain')?.name, 'Ines Marlow');
    const apart = 'Ines Marlow said the talks would end in May.\n\n“Tariffs on grain will fall by half within two years.”';
    assert.equal(speakerOf(apart, 'Tariffs on grain'), null);
  });

  it('resolves "the police" to the force named before it even when no gazetteer knows it', () => {
    const text = 'The Royal Velarian Police Force sealed off the port district. Three warehouses were set on fire overnight, the police said.';
    assert.equal(speakerOf(text, 'Three warehouses')?.name, 'Royal Velarian Police Force');
  });

  it('gives "he said" to the person named last when no one has spoken before it, across a two-sentence quote', () => {
    const text = 'Trade Minister Mara Kessel opened the fair. "Exports doubled in two years. Grain led the rise," she said.';
    assert.equal(speakerOf(text, 'Exports doubled')?.name, 'Mara Kessel');
    assert.equal(speakerOf(text, 'Grain led')?.name, 'Mara Kessel');
  });

  it('"with X saying": the speaker of a sentence that names no one else, or the subject\'s own body; not over another subject', () => {
    assert.equal(speakerOf('There were no reports of damage in the port, with the Velarian Navy saying it had tracked 12 drones.', 'no reports of damage')?.name, 'Velarian Navy');
    assert.equal(speakerOf('Ostria has also confirmed the launch, with its Ministry of Defence saying the missile flew 400 km.', 'confirmed the launch')?.name, 'Ministry of Defence');
    assert.equal(speakerOf('The Velarian Navy said 150,000 people had fled the coast, with the rebels saying they held the port.', 'had fled the coast')?.name, 'Velarian Navy');
  });

  it('reads "the General Staff said" as a body, not a general named Staff', () => {
    assert.equal(speakerOf('Fighting continued near the port in 2026, the General Staff said.', 'Fighting continued')?.name, 'the General Staff');
  });

  it('reads the name after a title and its field ("Minister for Pacific Partnerships Aroha Tane")', () => {
    assert.equal(speakerOf('Minister for Coastal Partnerships Aroha Tane said the fund would reach $48 million in 2026.', 'fund would reach')?.name, 'Aroha Tane');
    assert.equal(speakerOf('Minister of Culture Lina Mendoni said 2 million people visited the site in 2025.', 'visited the site')?.name, 'Lina Mendoni');
  });

  it('gives a role that speaks first to the person the text opened with, and "she" after it', () => {
    const text = 'Lucia Ferrand has spent a year arguing with the largest grain traders. In her office at the port, Ostria\'s deputy minister of agriculture said exports reached 4 million tonnes in 2025. "We expect five million next year," she said.';
    assert.equal(speakerOf(text, 'exports reached')?.name, 'Lucia Ferrand');
    assert.equal(speakerOf(text, 'five million')?.name, 'Lucia Ferrand');
  });

  it('does not give a role to a known person who holds another office', () => {
    // Ivo Brandt is in the fixture gazetteer without a ministerial office.
    const text = 'Ivo Brandt opened the port on Monday. The deputy minister of agriculture said exports reached 4 million tonnes in 2025.';
    assert.equal(speakerOf(text, 'exports reached')?.name, 'The deputy minister of agriculture');
  });

  it('does not read a sentence that opens with a title or a date as a name', () => {
    const text = 'Last May the harbour froze. The deputy minister of agriculture said exports reached 4 million tonnes in 2025.';
    assert.equal(speakerOf(text, 'exports reached')?.name, 'The deputy minister of agriculture');
  });

  it('reads "cautioned", "reckons" and "a report found that", and leaves "our analysis" to the author', () => {
    assert.equal(speakerOf('Orla Brennan cautioned that freight rates would double by spring.', 'freight rates')?.name, 'Orla Brennan');
    assert.equal(speakerOf('A study by the Velarian Fisheries Institute found that catches fell 20% in 2025.', 'catches fell')?.name, 'Velarian Fisheries Institute');
    assert.equal(speakerOf('Our review of port records suggests that exports fell 20% in 2025.', 'exports fell'), null);
  });

  it('reads "with X saying" as X speaking', () => {
    assert.equal(speakerOf('Imports of rice fell sharply in March, with the customs agency saying shipments were down 30 percent.', 'Imports of rice')?.name, 'the customs agency');
  });

  it('resolves "the ministry" to the ministry named before it', () => {
    const text = 'The Velarian Ministry of Ports said cargo volumes rose 12% this year. Container traffic reached 4 million units, the ministry said.';
    assert.equal(speakerOf(text, 'Container traffic')?.name, 'Velarian Ministry of Ports');
  });

  it('reads "X agreed to …" and "X pledged $N" as events the article reports', () => {
    assert.equal(speakerOf('In 2021 the two neighbours agreed to restore a ceasefire along their border.', 'restore a ceasefire'), null);
    assert.equal(speakerOf('Two donors pledged $3 billion to the forest fund last year.', 'forest fund'), null);
  });

  it('gives "it added" to the body or government that spoke last, and to no one after a person or a thing', () => {
    assert.equal(speakerOf('The ministry said exports to Ostria rose. It added that 40 ships were waiting.', '40 ships')?.name, 'The ministry');
    assert.equal(speakerOf('Ivo Brandt said exports rose. It is expected that 40 ships will wait.', '40 ships'), null);
    assert.equal(speakerOf('The report was published on Monday. It said exports rose 12%.', 'exports rose 12%'), null);
  });

  it('gives "she added" to a role no name was given for: "The minister said … she added"', () => {
    assert.equal(speakerOf('The minister said exports to Ostria rose. "We expect 40 more ships next year," she added.', '40 more ships')?.name, 'The minister');
  });

  it('reads a name past the age written after it: "…, Ivo Brandt, 54, said"', () => {
    assert.equal(speakerOf('Exports to Ostria rose 12% last year, Ivo Brandt, 54, said on Tuesday.', 'Exports to Ostria')?.id, 'ivo-brandt');
  });

  it('reads a promise made on an occasion the sentence opens with as speech: "Speaking at a rally, X promised…"', () => {
    assert.equal(speakerOf('Speaking at a rally in Velar on Sunday, Ivo Brandt promised to build 500 new schools.', '500 new schools')?.id, 'ivo-brandt');
    assert.equal(speakerOf('Speaking to reporters, Ivo Brandt pledged 2,000 troops to the mission.', '2,000 troops')?.id, 'ivo-brandt');
    // Without the occasion, the pledge is still an event the article reports.
    assert.equal(speakerOf('Ivo Brandt pledged 2,000 troops to the mission in 2024.', '2,000 troops'), null);
  });

  it('finds "according to X" but not "according to its plans"', () => {
    assert.equal(speakerOf('Velaria sold 12 frigates in 2019, according to Ivo Brandt.', '12 frigates')?.id, 'ivo-brandt');
    assert.equal(speakerOf('According to its long-term plans, Velaria will build 12 frigates by 2030.', '12 frigates'), null);
  });

  it('resolves an organisation named with an acronym in brackets, and skips impersonal passives', () => {
    const speaker = speakerOf('It is understood that the Velarian Navy (VN) admitted to a parliamentary panel that deliveries were delayed due to sanctions.', 'delayed');
    assert.deepEqual(speaker, { name: 'Velarian Navy', id: 'velarian-navy', verb: 'admitted' });
  });

  it('carries the speaker over a quote of several sentences attributed at its end', () => {
    const text = 'Intro.\n\n"Our trade has grown for ten years. We signed 14 agreements in 2022. Exports will reach $9 billion by 2026," said Kessel, speaking in the capital.';
    const quoted = claims(text).filter((c) => c.text.includes('trade has grown') || c.text.includes('14 agreements') || c.text.includes('$9 billion'));
    assert.equal(quoted.length, 3);
    for (const c of quoted) assert.equal(c.speaker?.id, 'mara-kessel', c.text);
  });

  it('carries the speaker over a quote attributed where it opens', () => {
    const text = 'Brandt said: "Ostria bought 40 jets in 2020. It will buy 20 more by 2025."';
    for (const c of claims(text)) assert.equal(c.speaker?.id, 'ivo-brandt', c.text);
  });

  it('resolves an epithet and a pronoun to the last named speaker', () => {
    const text = [
      'Trade with Ostria grew 20% in 2023, Velarian Trade Minister Mara Kessel said.',
      '"We will open 3 new ports next year," Velaria\'s top trade official added.',
      'She also indicated that talks with Ostria on tariffs will begin in 2025.',
    ].join('\n\n');
    assert.equal(speakerOf(text, 'new ports')?.id, 'mara-kessel');
    assert.equal(speakerOf(text, 'new ports')?.verb, 'added');
    assert.deepEqual(speakerOf(text, 'talks with Ostria'), { name: 'Mara Kessel', id: 'mara-kessel', verb: 'indicated' });
  });

  it('does not give an epithet naming another country to the last speaker', () => {
    const text = 'Trade grew 20% in 2023, Mara Kessel said.\n\n"We will buy 3 ships in 2025," Ostria\'s top diplomat added.';
    assert.notEqual(speakerOf(text, '3 ships')?.id, 'mara-kessel');
  });

  it('resolves "both countries" to the two countries last mentioned', () => {
    const text = 'Velaria and Ostria share a long border. Both countries have acknowledged that $2 billion of payments are stuck in banks.';
    assert.equal(speakerOf(text, 'stuck in banks')?.name, 'Velaria and Ostria');
  });

  it('remembers a full name without a gazetteer entry, so a later surname resolves to it', () => {
    const text = 'Exports rose 12% in 2023, Deputy Minister Tomas Heller said.\n\n"Imports fell 4% in 2023," Heller added.';
    assert.deepEqual(speakerOf(text, 'Imports fell'), { name: 'Tomas Heller', verb: 'added' });
  });

  it('leaves the author\'s own claims and reporting verbs inside quotes unattributed', () => {
    assert.equal(speakerOf('Velaria is the largest supplier of timber to Ostria.', 'largest supplier'), null);
    assert.equal(speakerOf('The treaty, known as "what the people said", was signed in 2011 by Velaria.', 'signed in 2011'), null);
  });

  it('splits a reported clause after the attribution into its own claim', () => {
    const text = '"Trade can reach $9 billion in the next few years," said Kessel, after explaining that trade was previously between $2 billion and $3 billion.';
    const list = claims(text);
    const main = list.find((c) => c.text.includes('$9 billion'));
    const clause = list.find((c) => c.text.startsWith('trade was previously'));
    assert.ok(main && clause);
    assert.equal(main.type, 'prediction');
    assert.equal(clause.speaker?.id, 'mara-kessel');
    assert.ok(!main.text.includes('previously'));
  });

  it('spells out an acronym speaker from the name the text gave before', () => {
    const text = "Velaria's Joint Chiefs of Staff say Ostria fired a missile. It flew about 600 km before landing off the east coast, the JCS said.";
    assert.equal(speakerOf(text, '600 km')?.name, 'Joint Chiefs of Staff');
  });

  it('takes the body the data come from after "according to … data from"', () => {
    const text = 'Grain exports from Velaria fell 12% in 2023, according to preliminary customs data from the Velarian Statistics Bureau (VSB).';
    assert.match(speakerOf(text, 'fell 12%')?.name ?? '', /^Velarian Statistics Bureau/);
  });

  it('does not read "states" as a reporting verb when no clause follows it', () => {
    const text = 'Models project that tuna stocks will shift east, reducing catches in the waters of western island states by up to 20% by 2050.';
    assert.equal(speakerOf(text, 'reducing catches'), null);
    assert.equal(speakerOf('The report states that exports rose 5% in 2023.', 'exports rose')?.name, 'The report');
  });

  it('reads "The ministry said" at a sentence start as the ministry the text named before', () => {
    const text = 'In a statement, the Velarian Ministry of Foreign Affairs said the ambassador had been summoned on Monday. The ministry said it had delivered a formal protest over two detained citizens.';
    assert.equal(speakerOf(text, 'formal protest')?.name, 'Velarian Ministry of Foreign Affairs');
  });

  it('gives no speaker to a report that did not happen: "has not responded", "declined to comment"', () => {
    assert.equal(speakerOf('The embassy has not responded to questions about the 40 detained sailors.', '40 detained'), null);
    assert.equal(speakerOf("The ministry hasn't commented on the 12 arrests.", '12 arrests'), null);
    assert.equal(speakerOf('Port officials declined to say whether 40 sailors were detained in March.', '40 sailors were'), null);
    // A plain report still has its speaker.
    assert.equal(speakerOf('The embassy said 40 sailors were detained.', '40 sailors')?.name, 'The embassy');
  });

  it('gives "quoted as saying" to the one quoted, not the outlet', () => {
    assert.equal(speakerOf('Mara Kessel was quoted by a news agency as saying that 60 tanks would be refurbished by 2027.', '60 tanks')?.name, 'Mara Kessel');
    assert.equal(speakerOf('State television quoted Ivo Brandt as saying that grain reserves stood at 650 million tonnes.', '650 million')?.name, 'Ivo Brandt');
  });

  it('reads a name with letters beyond ASCII as a name: "Doğan" does not end in the word "an"', () => {
    assert.equal(speakerOf('Vural Doğan said the grain corridor would stay open until 2027.', 'grain corridor')?.name, 'Vural Doğan');
    assert.equal(speakerOf('“The corridor stays open until 2027,” Doğan said on Tuesday.', 'corridor')?.name, 'Doğan');
    assert.equal(speakerOf('Ayşe Kılıç told reporters that 40 ships had left.', '40 ships')?.name, 'Ayşe Kılıç');
  });

  it('reads clarifying, urging, hailing, dismissing, calling something something and believing as speech', () => {
    assert.equal(speakerOf('President Tomas Arvid clarified that no troops had been sent to Velo.', 'no troops')?.name, 'Tomas Arvid');
    assert.equal(speakerOf('President Lena Varga called the vote the most consequential election in 30 years.', 'consequential')?.name, 'Lena Varga');
    assert.equal(speakerOf('Minister Bo Rask hailed the deal as the largest in a decade.', 'largest')?.name, 'Bo Rask');
    assert.equal(speakerOf('Minister Bo Rask dismissed the reports of 300 casualties as propaganda.', '300 casualties')?.name, 'Bo Rask');
    assert.equal(speakerOf('The army dismissed these reports of 40 deaths as false.', '40 deaths')?.name, 'The army');
    assert.equal(speakerOf('Minister Bo Rask urged the 27 member states to ratify the pact.', '27 member')?.name, 'Bo Rask');
    assert.equal(speakerOf('Minister Bo Rask reaffirmed the pledge of 3 new talks.', '3 new talks')?.name, 'Bo Rask');
    assert.equal(speakerOf('Minister Bo Rask described the vote as the most consequential in 30 years.', '30 years')?.name, 'Bo Rask');
    assert.equal(speakerOf('Minister Bo Rask cited previous cases of 12 fugitives.', '12 fugitives')?.name, 'Bo Rask');
    assert.equal(speakerOf('“The mission will stay until 2027,” the statement reads.', '2027')?.name, 'the statement');
    // Calling the police or dismissing an officer reports no words.
    assert.equal(speakerOf('Mara Kessel called the police at 9 pm after 3 shots.', '3 shots'), null);
    assert.equal(speakerOf('Mara Kessel dismissed him from the force in 2019.', '2019'), null);
  });

  it('finds the name in "our friend X, an analyst in Y, reckons that…"', () => {
    const text = 'Our friend Tomas Heller, an energy analyst in Ostria, reckons that the target of 5 gigawatts is out of reach.';
    assert.equal(speakerOf(text, '5 gigawatts')?.name, 'Tomas Heller');
  });
});
