import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { cards } from '../../src/core/cards/cards';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { lowerCaseWords } from '../../src/core/match/unlisted';
import { tokenize } from '../../src/core/text/tokenize';
import { isUnlisted, type Annotation, type UnlistedAnnotation } from '../../src/core/types';

const index = loadBundledGazetteer();
const unlisted = (text: string): UnlistedAnnotation[] => annotate(text, index).filter(isUnlisted);
const summary = (list: UnlistedAnnotation[]) => list.map((a) => `${a.text}=${a.kind}:${a.name}${a.role ? `@${a.role}` : ''}`);

describe('names no gazetteer lists, introduced with a cue', () => {
  it('a guessed (unlisted) name that runs into a known one gives way to it, and the annotations stay in order', () => {
    for (const [text, known] of [
      ['Funding was cut, said a spokesman for the Coastal Freight Policy Council of West Virginia on Monday.', 'West Virginia'],
      ['The motion came from the United Fishers Congress of Sri Lankan ports, its leader said.', 'Sri Lankan'],
    ]) {
      const all = annotate(text, index);
      assert.ok(all.some((a) => a.text === known), `${known} in ${JSON.stringify(all.map((a) => a.text))}`);
      assert.ok(!all.some((a) => isUnlisted(a) && a.end > text.indexOf(known) && a.start < text.indexOf(known)), 'no guess cut through it');
      for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].end <= all[i].start, 'in order, without overlaps');
    }
  });

  it('"of the" inside a name, a country\'s own institution, and an acronym its noun describes are organisations', () => {
    assert.deepEqual(summary(unlisted('A spokesman for the Coastal Relief Committee of the Andaman Fishers said boats were lost.')), ['Coastal Relief Committee of the Andaman Fishers=organisation:Coastal Relief Committee of the Andaman Fishers']);
    assert.deepEqual(summary(unlisted("Bolivia's Supreme Electoral Court ordered a recount.")), ['Supreme Electoral Court=organisation:Supreme Electoral Court']);
    // A typographic apostrophe is an apostrophe.
    assert.deepEqual(summary(unlisted('Bolivia’s Supreme Electoral Court ordered a recount.')), ['Supreme Electoral Court=organisation:Supreme Electoral Court']);
    assert.deepEqual(summary(unlisted('He stood in the dock of Velo Magistrate’s Court on Monday.')), ['Velo Magistrate’s Court=organisation:Velo Magistrate’s Court']);
    // A body's name may qualify the role between the commas: "Ivo Kral, the Foreign Office minister,".
    assert.deepEqual(summary(unlisted('Ivo Kral, the Foreign Office minister, rose on Monday.')), ['Ivo Kral=person:Ivo Kral@the Foreign Office minister']);
    // A chamber at the head of one of its committees: the committee is the longer name.
    assert.deepEqual(summary(unlisted('Sen. Ana Berg, R-Texas, chairs the Senate Armed Services Committee, which met on Monday.')).filter((x) => x.includes('Committee')), ['Senate Armed Services Committee=organisation:Senate Armed Services Committee']);
    // A person's possessive is no part of the name: "Ana Berg's Velo People's Party" is her party.
    assert.deepEqual(summary(unlisted('Ana Berg’s Velo People’s Party passed the bill in May.')), ['Velo People’s Party=organisation:Velo People’s Party']);
    assert.deepEqual(summary(unlisted("Pakistan's Election Commission delayed the vote.")), ['Election Commission=organisation:Election Commission']);
    // Without its country, an institution's generic name stays a common noun written with capitals.
    assert.deepEqual(summary(unlisted('The Supreme Court ruled that the Election Commission had acted lawfully.')), []);
    // Unless the text gives its acronym, in its own language's word order too; "The CNE" later is it.
    assert.deepEqual(summary(unlisted('The National Electoral Council (CNE) certified the result. The CNE said turnout was 52 percent.')), [
      'National Electoral Council=organisation:National Electoral Council',
      'CNE=organisation:National Electoral Council',
      'CNE=organisation:National Electoral Council',
    ]);
    assert.deepEqual(summary(unlisted('Prices rose 2 percent in a month, the INDEC statistics agency said.')), ['INDEC=organisation:INDEC@statistics agency']);
    // No word between the acronym and its noun, or a noun that names no body: no cue.
    assert.deepEqual(summary(unlisted('The USA swimming team won, and the KPMG audit found gaps.')), []);
  });

  it('an author\'s byline alone on its line and an author\'s bio make a person; a desk or a date does not', () => {
    assert.deepEqual(summary(unlisted('By [Ahmed Adel](#)\n\nTrade grew.')), ['Ahmed Adel=person:Ahmed Adel@author']);
    assert.deepEqual(summary(unlisted('By Jane Doe and John Roe\nTrade grew.')), ['Jane Doe=person:Jane Doe@author']);
    assert.deepEqual(summary(unlisted('Trade grew.\n\nAhmed Adel is a Cairo-based geopolitics and political economy researcher.')), ['Ahmed Adel=person:Ahmed Adel@researcher']);
    assert.deepEqual(summary(unlisted('By Staff Reporter\n\nBy Monday, officials said. The plan is a product of years.')), []);
  });

  it('a role before a full name makes a person, and a later surname is linked to it', () => {
    const text = 'Defence Minister Tomás Arrieta said the army would withdraw by March. Arrieta gave no details.';
    assert.deepEqual(summary(unlisted(text)), ['Tomás Arrieta=person:Tomás Arrieta@Defence Minister', 'Arrieta=person:Tomás Arrieta@Defence Minister']);
    // So after a role word: "Minister Arrieta" is the same person.
    assert.deepEqual(summary(unlisted('Defence Minister Tomás Arrieta spoke first. Minister Arrieta gave no details.')).slice(1), ['Arrieta=person:Tomás Arrieta@Defence Minister']);
  });

  it('hyphenated surnames, titles with a period, and roles of several words', () => {
    assert.deepEqual(summary(unlisted('Opposition leader Kwame Osei-Bonsu rejected the results, and Osei-Bonsu called for a recount.')), [
      'Kwame Osei-Bonsu=person:Kwame Osei-Bonsu@Opposition leader', 'Osei-Bonsu=person:Kwame Osei-Bonsu@Opposition leader',
    ]);
    assert.deepEqual(summary(unlisted('The bill passed, said Sen. Marlo Trevane of the committee.')), ['Marlo Trevane=person:Marlo Trevane@Sen.']);
    assert.deepEqual(summary(unlisted('Deputy foreign minister Rustam Aliyev travelled to Baku.')), ['Rustam Aliyev=person:Rustam Aliyev@Deputy foreign minister']);
    // A given name's second part in lower case is the name's; an English word after a hyphen is not.
    assert.deepEqual(summary(unlisted('President Lee Min-seo travelled to Busan.')), ['Lee Min-seo=person:Lee Min-seo@President']);
    assert.deepEqual(summary(unlisted('Senator Marlo Trevane-backed bills passed.')), ['Marlo Trevane=person:Marlo Trevane@Senator']);
  });

  it('"and" between two names ends the first; a plural title holds both; a lower-case role names who follows its comma', () => {
    assert.deepEqual(summary(unlisted('Vice President Arno Velde and Supreme Court Justice Lina de Castro attended the hearing.')), [
      'Arno Velde=person:Arno Velde@Vice President', 'Lina de Castro=person:Lina de Castro@Supreme Court Justice',
    ]);
    assert.deepEqual(summary(unlisted('Justices Mara Quist and Tobias Lund dissented.')), ['Mara Quist=person:Mara Quist@Justices', 'Tobias Lund=person:Tobias Lund@Justices']);
    assert.deepEqual(summary(unlisted('Sens. Dora Penn and Elias Rook voted for the bill.')), ['Dora Penn=person:Dora Penn@Sens.', 'Elias Rook=person:Elias Rook@Sens.']);
    assert.deepEqual(summary(unlisted('The agency and its spokesman, Hugo Marett, said the camp was shelled.')), ['Hugo Marett=person:Hugo Marett@spokesman']);
    assert.deepEqual(summary(unlisted("The bloc's envoy for Ostria, Lena Varga, met both sides.")), ['Lena Varga=person:Lena Varga@envoy for Ostria']);
    // No determiner, or no name after the comma: nothing.
    assert.deepEqual(summary(unlisted('As spokesman, Hugo Marett was busy. The envoy, who arrived late, left.')), []);
    // A role in capitals after a possessive or "The", with its field, then the name between commas;
    // a place's possessive opening the role after a name.
    assert.deepEqual(summary(unlisted("Ostria's Minister of Defence, Ahmed Moalim Varo, announced the capture.")), ['Ahmed Moalim Varo=person:Ahmed Moalim Varo@Minister of Defence']);
    assert.deepEqual(summary(unlisted("The President of Ostria's Velo entity, Milan Dorik, has been sentenced.")), ["Milan Dorik=person:Milan Dorik@President of Ostria's Velo entity"]);
    assert.deepEqual(summary(unlisted("Ahmed Moalim Varo, Ostria's defence minister, said the town fell.")), ["Ahmed Moalim Varo=person:Ahmed Moalim Varo@Ostria's defence minister"]);
    assert.deepEqual(summary(unlisted('The envoy for Velo said on Monday, Ramtane went home.')), []);
    // A place and "and" before a body's name: two names. "and" inside a country's name is the country's.
    assert.deepEqual(summary(unlisted('Barges passed the Columbia River and Columbia University.')), ['Columbia University=organisation:Columbia University']);
    assert.deepEqual(summary(unlisted('The Trinidad and Tobago Defence Force met.')), ['Trinidad and Tobago Defence Force=organisation:Trinidad and Tobago Defence Force']);
    // A noun of people opening the sentence is no part of the body after it.
    assert.deepEqual(summary(unlisted('Officials of the Ostrian Defence Force met.')), ['Ostrian Defence Force=organisation:Ostrian Defence Force']);
  });

  it('a place\'s possessive ends a name ("… Front and Ethiopia\'s government", "… Bureau of Japan\'s ministry"); a zone is no organisation; a university is one', () => {
    assert.deepEqual(summary(unlisted("Talks between the Velan Liberation Front and Ethiopia's Central Government resumed.")), ['Velan Liberation Front=organisation:Velan Liberation Front']);
    assert.deepEqual(summary(unlisted("The Coastal Affairs Bureau of Japan's Foreign Ministry objected.")).slice(0, 1), ['Coastal Affairs Bureau=organisation:Coastal Affairs Bureau']);
    assert.deepEqual(summary(unlisted('Ships entered the Exclusive Economic Zone (EEZ) twice.')), []);
    assert.deepEqual(summary(unlisted('Doctors at the American University of Beirut Medical Center said 12 were hurt.')), [
      'American University of Beirut Medical Center=organisation:American University of Beirut Medical Center',
    ]);
  });

  it('a name, then its role between commas, is a person: "U Banyar, a spokesman for the group, said"', () => {
    assert.deepEqual(summary(unlisted('U Banyar, a spokesman for the group, said 300 soldiers were killed.')), ['U Banyar=person:U Banyar@a spokesman']);
    assert.deepEqual(summary(unlisted('Ana Lind, the ministry’s spokeswoman, said the talks failed.')), ['Ana Lind=person:Ana Lind@the ministry’s spokeswoman']);
    // A new clause after the comma, a legislator's party code, a common noun: no person.
    assert.deepEqual(summary(unlisted('In Patullo Ridge, the mayor said the road was closed.')), []);
    assert.deepEqual(summary(unlisted('The deal, a major step, was signed.')), []);
    // A role with no article, when it says what it is of; the last role word of a longer role.
    assert.deepEqual(summary(unlisted('John Okoro, director of the institute, said exports fell.')), ['John Okoro=person:John Okoro@director']);
    assert.deepEqual(summary(unlisted('The host spoke with Kofi Mensah, Ostria\'s deputy finance minister.')), ['Kofi Mensah=person:Kofi Mensah@Ostria\'s deputy finance minister']);
    assert.deepEqual(summary(unlisted('Ama Tetteh, host of Business Hour, spoke on Sunday.')), ['Ama Tetteh=person:Ama Tetteh@host']);
    assert.deepEqual(summary(unlisted('In Velo City, capital of Ostria, prices rose.')), []);
    // After a verb of speech, and with the role closing the sentence.
    assert.deepEqual(summary(unlisted('Talks failed, said Mele Tupou, a spokeswoman for the forum.')), ['Mele Tupou=person:Mele Tupou@a spokeswoman']);
    assert.deepEqual(summary(unlisted('Talks failed, according to Mele Tupou, the forum’s spokeswoman.')), ['Mele Tupou=person:Mele Tupou@the forum’s spokeswoman']);
  });

  it('"the … party", names built on an organisation\'s noun, and acronyms defined in parentheses', () => {
    assert.deepEqual(summary(unlisted('The Pueblo Soberano party won a majority.')), ['Pueblo Soberano=organisation:Pueblo Soberano@party']);
    assert.deepEqual(summary(unlisted('The Coalition for Civic Renewal nominated a candidate.')), ['Coalition for Civic Renewal=organisation:Coalition for Civic Renewal']);
    assert.deepEqual(summary(unlisted('The Y Movement (YM) called a strike; YM leaders met later.')), ['Y Movement=organisation:Y Movement', 'YM=organisation:Y Movement', 'YM=organisation:Y Movement']);
  });

  it('names built on a tribunal, a party after "X of the", and a country\'s institution named after the country', () => {
    assert.deepEqual(summary(unlisted('The International Crimes Tribunal in Dhaka sentenced her.')), ['International Crimes Tribunal=organisation:International Crimes Tribunal']);
    assert.deepEqual(summary(unlisted('The Law Society of Ostria called it unlawful.')), ['Law Society of Ostria=organisation:Law Society of Ostria']);
    // A body's noun, then its name: "the environmental agency Ibama".
    assert.deepEqual(summary(unlisted('Velo won a licence from the environmental agency Ibama to drill.')), ['Ibama=organisation:Ibama@environmental agency']);
    assert.deepEqual(summary(unlisted('The state oil company Velpex said output fell.')), ['Velpex=organisation:Velpex@state oil company']);
    // A person (or a title) before "of the" is not part of the party's name; "the" alone joins nothing.
    assert.deepEqual(summary(unlisted('Jeannette Jara of the Communist Party advanced.')), ['Communist Party=organisation:Communist Party']);
    assert.deepEqual(summary(unlisted('Later the Supreme Court convicted him.')), []);
    // An institution's words alone name that of the country the sentence named; with none, a common noun.
    assert.deepEqual(summary(unlisted('Bakary claimed victory in Cameroon\'s election, but the Constitutional Council declared Biya re-elected.')), ['Constitutional Council=organisation:Constitutional Council']);
    assert.deepEqual(summary(unlisted('The Supreme Court ruled that the Electoral Commission had acted lawfully.')), []);
  });

  it('the longer name wins over a country inside it; a gazetteer entry always wins over a guess', () => {
    const all = annotate('The Israel Defense Forces said the Reserve Bank of Zembla would close.', index);
    assert.deepEqual(all.filter((a) => a.category === 'entity').map((a) => a.text), ['Israel Defense Forces', 'Reserve Bank of Zembla']);
    // (Before, "Israel" inside "The Israel Defense Forces" was annotated as the country.)
    // Listed names are the gazetteer's (with their ids), not unlisted ones.
    const listed = annotate('Foreign Minister Subrahmanyam Jaishankar spoke.', index).filter((a) => a.category === 'entity');
    assert.ok(listed.every((a) => a.id !== undefined), JSON.stringify(listed));
  });

  it('a listed surname that the document gives to someone else stays theirs in later bare mentions', () => {
    const entities = (text: string) => annotate(text, index).filter((a) => a.category === 'entity').map((a) => `${a.text}:${a.id ?? 'unlisted'}`);
    // Rustam Aliyev is not Ilham Aliyev, and neither is the "Aliyev" who speaks after him.
    assert.deepEqual(entities('Deputy minister Rustam Aliyev opened the fair. Aliyev said exports had doubled.'), ['Rustam Aliyev:unlisted', 'Aliyev:unlisted']);
    assert.ok(!entities('Ron Aliyev opened the fair. Aliyev said exports had doubled.').includes('Aliyev:ilham-aliyev'));
    // With the listed person named in full as well, a bare "Aliyev" stays ambiguous and keeps the entry.
    assert.ok(entities('Rustam Aliyev opened the fair. Ilham Aliyev spoke later. Aliyev said exports had doubled.').includes('Aliyev:ilham-aliyev'));
  });

  it('a country\'s possessive before an organisation is the country, not part of the name', () => {
    const all = annotate("Zembla's foreign ministry was silent, but India's Ministry of Ports and Canals said the Coalition's People's Front had met.", index);
    const entities = all.filter((a) => a.category === 'entity').map((a) => `${a.text}:${a.id ?? 'unlisted'}`);
    assert.ok(entities.includes('India:ind'), entities.join(', '));
    assert.ok(entities.includes('Ministry of Ports and Canals:unlisted'), entities.join(', '));
  });

  it('a listed leader\'s surname after another first name is another person ("Rustam Aliyev" is not Ilham Aliyev)', () => {
    const entities = annotate('Deputy foreign minister Rustam Aliyev travelled to Baku, where Ilham Aliyev met him.', index).filter((a) => a.category === 'entity');
    assert.deepEqual(entities.map((a) => `${a.text}:${a.id ?? 'unlisted'}`), ['Rustam Aliyev:unlisted', 'Baku:baku', 'Ilham Aliyev:ilham-aliyev']);
  });

  it('a listed person\'s only or given name before a surname that is not theirs is another person ("Philippe Lazzarini" is not King Philippe)', () => {
    const ids = (text: string) => annotate(text, index).filter((a) => a.kind === 'person').map((a) => `${a.text}:${(a as { id?: string }).id ?? 'unlisted'}`);
    assert.deepEqual(ids('Commissioner-General Philippe Varennes said the schools would reopen.'), ['Philippe Varennes:unlisted']);
    assert.deepEqual(ids('King Philippe opened the session, and Philippe said he was pleased.'), ['Philippe:philippe', 'Philippe:philippe']);
    // A day or a role word after the name is no surname.
    assert.deepEqual(ids('Philippe Tuesday opened the session.'), ['Philippe:philippe']);
  });

  it('a listed person\'s surname at the head of a longer name is not that person ("Cooper Street", "Vance Joy")', () => {
    const ids = (text: string) => annotate(text, index).filter((a) => a.kind === 'person').map((a) => `${a.text}:${(a as { id?: string }).id ?? 'unlisted'}`);
    assert.deepEqual(ids('Trees line Cooper Street and The Cooper School; Vance Joy played, and Munir Abdulkader, 22, was sentenced.'), []);
    // The leader's own government or campaign, a Title Case headline, a full name, a bare later mention.
    assert.deepEqual(ids('The Trump Administration said tariffs would rise.'), ['Trump:donald-trump']);
    assert.deepEqual(ids('Trump Says Tariffs Will Rise Next Year'), ['Trump:donald-trump']);
    assert.deepEqual(ids('Yvette Cooper met the envoy. Cooper said the talks went well.'), ['Yvette Cooper:yvette-cooper', 'Cooper:yvette-cooper']);
  });

  it('an acronym spelling out a name that holds a listed one-word party makes one name: "Patriotic Labour Union (PLU)"', () => {
    assert.deepEqual(summary(unlisted('The breakaway Patriotic Labour Union (PLU) refused to join the coalition.')), [
      'Patriotic Labour Union=organisation:Patriotic Labour Union', 'PLU=organisation:Patriotic Labour Union',
    ]);
    // The listed party alone, or with its acronym in other letters, stays the listed one.
    assert.deepEqual(summary(unlisted('Labour (UK) won the vote.')), []);
  });

  it('a gazetteer body of generic words at the end of a longer name is not that body: "National Security Council"', () => {
    const named = (text: string): string[] => annotate(text, index).flatMap((a) => (a.category === 'figure' ? [] : [`${a.text}=${'id' in a && a.id ? a.id : 'unlisted'}`]));
    assert.deepEqual(named('The National Security Council met on Tuesday.'), ['National Security Council=unlisted']);
    assert.deepEqual(named("Iran's Supreme National Security Council met."), ['Iran=irn', 'Supreme National Security Council=unlisted']);
    assert.deepEqual(named('The Russian Security Council met.'), ['Russian Security Council=unlisted']);
    // The UN's own, and the body alone, stay the UN's.
    assert.deepEqual(named('The UN Security Council met.'), ['UN Security Council=unsc']);
    assert.deepEqual(named('Russia asked the Security Council to meet.'), ['Russia=rus', 'Security Council=unsc']);
    assert.deepEqual(named('Security Council members met.'), ['Security Council=unsc']);
  });

  it('a name followed by what it is: "Harbourline Capital, an investment firm in Singapore"', () => {
    assert.deepEqual(summary(unlisted('Economists at Harbourline Capital, an investment firm in Singapore, expect rates to fall.')), ['Harbourline Capital=organisation:Harbourline Capital']);
    // A sentence opener before ", a think tank" is no name.
    assert.deepEqual(summary(unlisted('Meanwhile, a think tank said so.')), []);
  });

  it('a state\'s or party\'s institution named only by its generic words is no name; a country, a distinctive word or an acronym makes one', () => {
    for (const text of [
      'The Supreme Court ruled that the Electoral Commission had acted lawfully.',
      'The Central Committee met behind closed doors before the Party Congress.',
      'The Military Council took power and the High Court was suspended.',
    ]) assert.deepEqual(summary(unlisted(text)), [], text);
    assert.deepEqual(summary(unlisted('The Constitutional Court of Zembla ruled.')), ['Constitutional Court of Zembla=organisation:Constitutional Court of Zembla']);
    assert.deepEqual(summary(unlisted('The Independent Electoral Commission (IEC) certified the count.')), [
      'Independent Electoral Commission=organisation:Independent Electoral Commission', 'IEC=organisation:Independent Electoral Commission',
    ]);
    assert.deepEqual(summary(unlisted('The National Salvation Movement rejected the result.')), ['National Salvation Movement=organisation:National Salvation Movement']);
    // Armed services the same way: "the Air Force" is any state's; "the Zemblan Air Force" is a name.
    assert.deepEqual(summary(unlisted('The Air Force said the Coast Guard and the Armed Forces were on alert.')), []);
    assert.deepEqual(summary(unlisted('The Zemblan Air Force said the jets had landed.')), ['Zemblan Air Force=organisation:Zemblan Air Force']);
  });

  it('no cue, no name: capitalised words, headlines and common words stay plain', () => {
    for (const text of [
      'The Committee said on Monday that the Report would be published in March.',
      'Analysts expect the Council to approve the plan, though Members remain divided.',
      'Secretary Launches Book on secretary duties and book sales.',
      'According to the Agency, the Programme will cost more than expected.',
      'The Prime Minister\'s office said the meeting had been productive.',
      'The Front-End Engineering and Design contract was signed.',
    ]) assert.deepEqual(summary(unlisted(text)), [], text);
  });

  it('the card says the name is not in the gazetteer, with its role and the sentence that introduced it', () => {
    const text = 'Rain fell. Senate president Paulina Nuvarra opened the session in Valparaíso. Later, Nuvarra left.';
    const annotations: Annotation[] = annotate(text, index);
    const later = annotations.filter(isUnlisted).find((a) => a.text === 'Nuvarra');
    assert.ok(later);
    const card = cards(later, { index, annotations, text });
    assert.match(card, /\*\*Paulina Nuvarra\*\* · Person · not in the gazetteer/);
    assert.match(card, /Called here:\*\* Senate president/);
    assert.match(card, /Introduced in:\*\* “Senate president Paulina Nuvarra opened the session in Valparaíso\.”/);
  });

  it("the introducing sentence is split as claims are: an abbreviation's period does not end it", () => {
    const text = 'Talks resumed. Army chief Gen. Tomás Arrieta, who met Dr. Ilse Varga in St. Gallen, said the border was calm. Arrieta left.';
    const annotations: Annotation[] = annotate(text, index);
    const later = annotations.filter(isUnlisted).find((a) => a.text === 'Arrieta');
    assert.ok(later);
    assert.match(cards(later, { index, annotations, text }), /Introduced in:\*\* “Army chief Gen\. Tomás Arrieta, who met Dr\. Ilse Varga in St\. Gallen, said the border was calm\.”/);
  });
});

describe('lowerCaseWords', () => {
  it('answers for its own document when two documents ask in turn, and past the table growing', () => {
    const first = lowerCaseWords(tokenize('the cat sat on the Mat'));
    const second = lowerCaseWords(tokenize('Dog ran far from the mat'));
    assert.equal(first('cat'), true);
    assert.equal(second('ran'), true);
    // The shared table now holds the second document's words: the first builds its own again.
    assert.equal(first('ran'), false);
    assert.equal(first('mat'), false);
    assert.equal(second('mat'), true);
    assert.equal(second('dog'), false);
    // Thousands of distinct words: the table doubles while it is built and keeps every first token.
    const letters = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + String.fromCharCode(97 + (n % 26)));
    const words = Array.from({ length: 5000 }, (_, i) => `w${letters(i)}`);
    const many = lowerCaseWords(tokenize(words.join(' ')));
    assert.ok(words.every((w) => many(w)));
    assert.equal(many('zzzz'), false);
  });
});
