#!/usr/bin/env node
// Imports the members of the United States Congress from the public-domain (CC0) data set
// unitedstates/congress-legislators into src/gazetteer/imported/us-congress.yaml: one person entry
// per sitting senator and representative, with party, state, district, when their service in the
// chamber began, when the current term ends, leadership posts and the committees they chair or are
// ranking member of. People the gazetteer already has (a hand-written or generated entry of that
// name) are left to that entry. Output is sorted and stable.
//
//   node scripts/gazetteer/congress.mjs --repo DIR [--out FILE]
//
// DIR is a clone of https://github.com/unitedstates/congress-legislators, with a work tree or bare
// (a git directory): the files are read at its HEAD, whose commit and date the sources cite.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import YAML from 'yaml';
import { slug } from './generate/util.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(root, 'src', 'gazetteer', 'imported', 'us-congress.yaml');
const REPO_URL = 'https://github.com/unitedstates/congress-legislators';

const STATES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
  MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'the District of Columbia',
  PR: 'Puerto Rico', GU: 'Guam', VI: 'the U.S. Virgin Islands', AS: 'American Samoa', MP: 'the Northern Mariana Islands',
};
/** The short forms the press writes for given names the data has only in full ("Jim Risch" for James Risch). */
const SHORT_FORMS = {
  James: 'Jim', William: 'Bill', Robert: 'Bob', Thomas: 'Tom', Michael: 'Mike', Christopher: 'Chris', Daniel: 'Dan',
  David: 'Dave', Joseph: 'Joe', Stephen: 'Steve', Steven: 'Steve', Anthony: 'Tony', Richard: 'Rick', Ronald: 'Ron',
  Benjamin: 'Ben', Timothy: 'Tim', Edward: 'Ed', Patrick: 'Pat', Matthew: 'Matt', Nicholas: 'Nick', Gregory: 'Greg',
  Jeffrey: 'Jeff', Kenneth: 'Ken', Lawrence: 'Larry', Andrew: 'Andy', Samuel: 'Sam', Donald: 'Don', Gerald: 'Jerry',
  Jonathan: 'Jon', Charles: 'Chuck', Zachary: 'Zach', Frederick: 'Fred', Margaret: 'Maggie', Elizabeth: 'Liz', Katherine: 'Kathy',
};

/** Terms that end before today are over: the day the import runs. */
const TODAY = new Date().toISOString().slice(0, 10);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parseArgs(argv) {
  let repo;
  let out = OUT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--repo' && argv[i + 1]) repo = path.resolve(argv[++i]);
    else if (argv[i].startsWith('--repo=')) repo = path.resolve(argv[i].slice('--repo='.length));
    else if (argv[i] === '--out' && argv[i + 1]) out = path.resolve(argv[++i]);
    else {
      console.error(`usage: node scripts/gazetteer/congress.mjs --repo DIR   (a clone of ${REPO_URL})`);
      process.exit(2);
    }
  }
  if (!repo || !existsSync(repo)) {
    console.error(`usage: node scripts/gazetteer/congress.mjs --repo DIR   (a clone of ${REPO_URL}; ${repo ?? 'none given'} does not exist)`);
    process.exit(2);
  }
  return { repo, out };
}

/** The repository's HEAD commit and its date, and a reader of files at that commit. */
function openRepo(repo) {
  const gitDir = existsSync(path.join(repo, '.git')) ? path.join(repo, '.git') : repo;
  const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const commit = git('rev-parse', 'HEAD').trim();
  const date = git('log', '-1', '--format=%cs', commit).trim();
  return { commit, date, read: (file) => YAML.parse(git('show', `${commit}:${file}`)) };
}

/** "3 January 2027". */
function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The start of the unbroken run of terms in the current chamber that ends with the current term. */
function serviceStart(terms) {
  const current = terms.at(-1);
  let start = current.start;
  for (let i = terms.length - 2; i >= 0; i--) {
    const t = terms[i];
    if (t.type !== current.type) break;
    // A gap of more than a few weeks between terms is a break in service.
    const gap = (Date.parse(start) - Date.parse(t.end)) / 86_400_000;
    if (gap > 40) break;
    start = t.start;
  }
  return start;
}

/** Every person name and alias of the rest of the gazetteer, as keys. */
async function existingPeople(aliasKey) {
  const files = [];
  const walk = async (dir) => {
    for (const item of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) await walk(full);
      else if (/\.ya?ml$/.test(item.name) && full !== OUT) files.push(full);
    }
  };
  await walk(path.join(root, 'src', 'gazetteer'));
  const names = new Set();
  const ids = new Set();
  for (const file of files) {
    const doc = YAML.parse(await readFile(file, 'utf8'));
    for (const e of doc?.entries ?? []) {
      ids.add(e.id);
      if (e.kind !== 'person') continue;
      names.add(aliasKey(e.name));
      for (const a of e.aliases ?? []) if (typeof a === 'string' || !a.contextOnly) names.add(aliasKey(typeof a === 'string' ? a : a.text));
    }
  }
  return { names, ids };
}

/** Committee chairs and ranking members by bioguide id: "Chairman of the Senate Committee on Armed Services". */
function committeeRoles(committees, membership) {
  const names = new Map(committees.map((c) => [c.thomas_id, c.type === 'joint' || /^(?:Senate|House)\b/.test(c.name) ? c.name : `${c.type === 'senate' ? 'Senate' : 'House'} ${c.name}`]));
  const roles = new Map();
  for (const [id, members] of Object.entries(membership)) {
    const name = names.get(id);
    if (!name) continue; // a subcommittee
    for (const m of members) {
      if (!m.title || !/^(?:Chair(?:man|woman)?|Ranking Member|Vice Chair(?:man)?)$/.test(m.title)) continue;
      if (!roles.has(m.bioguide)) roles.set(m.bioguide, []);
      roles.get(m.bioguide).push(`${m.title} of the ${name}`);
    }
  }
  return roles;
}

const PARTY = { Democrat: 'Democrat', Republican: 'Republican', Independent: 'independent' };
/** The party as an adjective: "Democratic Senator for Maine". */
const PARTY_ADJECTIVE = { Democrat: 'Democratic', Republican: 'Republican', independent: 'Independent' };

function entryFor(person, roles, source, asOf) {
  const current = person.terms.at(-1);
  const senator = current.type === 'sen';
  const given = person.name.nickname ?? person.name.first;
  const name = `${given} ${person.name.last}${person.name.suffix ? ` ${person.name.suffix}` : ''}`;
  const aliases = [];
  const official = person.name.official_full;
  if (official && official !== name) aliases.push(official);
  const plain = `${person.name.first} ${person.name.last}`;
  if (plain !== name && !aliases.includes(plain)) aliases.push(plain);
  const short = SHORT_FORMS[person.name.first];
  // Not for a "Jr." or "III": the short form is often the father's ("Bob Menendez" is not Rob Menendez Jr.).
  if (short && !person.name.nickname && !person.name.suffix) aliases.push(`${short} ${person.name.last}`);
  const state = STATES[current.state] ?? current.state;
  const party = PARTY[current.party] ?? current.party;
  const since = serviceStart(person.terms);
  const place = senator ? state : current.district === 0 ? `${state} (at large)` : `${state}'s ${ordinal(current.district)} district`;
  const office = senator ? 'United States Senator' : current.state in { PR: 1, GU: 1, VI: 1, AS: 1, MP: 1, DC: 1 } ? 'Delegate to the US House of Representatives' : 'Member of the US House of Representatives';
  const leadership = (person.leadership_roles ?? []).filter((r) => !r.end || r.end >= asOf).map((r) => r.title);
  const committees = roles.get(person.id.bioguide) ?? [];
  const partyWords = PARTY_ADJECTIVE[party] ?? party;
  const what = senator ? `United States Senator for ${state}` : `${office.startsWith('Delegate') ? 'Delegate' : 'Representative'} for ${place}`;
  const extra = [leadership.length ? leadership.join('; ') : '', committees.length ? committees.join('; ') : ''].filter(Boolean).join('; ');
  const term = current.end <= TODAY ? `The term ended on ${longDate(current.end)}, and who has held the seat since is not in this data (of ${longDate(asOf)})` : `The current term runs to ${longDate(current.end)}${current.end <= '2027-01-03' ? `, and the election of November 2026 for the next one is not in this data (of ${longDate(asOf)})` : ''}`;
  const summary = `${partyWords} ${what} ${current.end <= TODAY ? 'from' : 'since'} ${longDate(since)}${extra ? `; ${extra}` : ''}. ${term}.`;
  const facts = {
    office,
    role: 'legislator',
    country: 'usa',
    organisation: senator ? 'usa-senate' : 'usa-house-of-representatives',
    party,
    state: state.replace(/^the /, ''),
    ...(senator ? {} : { district: current.district === 0 ? 'at large' : ordinal(current.district) }),
    since,
    termEnds: current.end,
    // An appointed senator's term ends at the special election: say what the data cannot.
    ...(current.end <= TODAY ? { succession: `The term ended on ${longDate(current.end)}; who has held the seat since is not in this data (of ${longDate(asOf)}).` } : {}),
    ...(leadership.length ? { leadership: leadership.join('; ') } : {}),
    ...(committees.length ? { committees: committees.join('; ') } : {}),
  };
  return { id: slug(name), kind: 'person', name, ...(aliases.length ? { aliases } : {}), summary, facts, related: ['usa', facts.organisation], sources: [source], asOf: asOf.slice(0, 7) };
}

const { repo: repoDir, out } = parseArgs(process.argv.slice(2));
const repo = openRepo(repoDir);
const { aliasKey } = await tsImport('../../src/core/gazetteer/aliasKey.ts', import.meta.url);
const { names: known, ids: takenIds } = await existingPeople(aliasKey);
const legislators = repo.read('legislators-current.yaml');
const roles = committeeRoles(repo.read('committees-current.yaml'), repo.read('committee-membership-current.yaml'));
const source = {
  title: `unitedstates/congress-legislators: legislators-current.yaml and committee membership (CC0; data of ${longDate(repo.date)})`,
  url: `${REPO_URL}/blob/${repo.commit}/legislators-current.yaml`,
  date: repo.date,
};
const entries = [];
let skipped = 0;
for (const person of legislators) {
  const entry = entryFor(person, roles, source, repo.date);
  if ([entry.name, ...(entry.aliases ?? [])].some((n) => known.has(aliasKey(n)))) {
    skipped++;
    continue;
  }
  if (takenIds.has(entry.id) || entries.some((e) => e.id === entry.id)) entry.id = `${entry.id}-${slug(entry.facts.state)}`;
  entries.push(entry);
}
// A short form two members share ("Mike Rogers"), or that names someone else, is nobody's.
const aliasCount = new Map();
for (const e of entries) for (const a of [e.name, ...(e.aliases ?? [])]) aliasCount.set(aliasKey(a), (aliasCount.get(aliasKey(a)) ?? 0) + 1);
for (const e of entries) {
  if (!e.aliases) continue;
  e.aliases = e.aliases.filter((a) => aliasCount.get(aliasKey(a)) === 1 && !known.has(aliasKey(a)));
  if (e.aliases.length === 0) delete e.aliases;
}
entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const header = [
  `# Members of the United States Congress, imported by scripts/gazetteer/congress.mjs from the`,
  `# public-domain (CC0) data set ${REPO_URL} at commit ${repo.commit.slice(0, 7)} (${repo.date}).`,
  `# Do not edit by hand: re-run the script. Members the rest of the gazetteer already has are left out`,
  `# (${skipped} of ${legislators.length}).`,
];
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${header.join('\n')}\n${YAML.stringify({ entries }, { lineWidth: 0, aliasDuplicateObjects: false })}`);
console.log(`wrote ${path.relative(root, out)}: ${entries.length} members (${skipped} already in the gazetteer)`);
