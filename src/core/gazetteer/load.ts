/**
 * Reads one gazetteer YAML file into entries, reporting every problem at its file:line:column with
 * a message that says how to fix it. A bad entry is skipped; the rest of the file still loads.
 */
import type { LineCounter, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, newLineCounter, parseDocument } from '../yamlLibrary';
import { CASE_RULES, ENTRY_KINDS, type Alias, type CaseRule, type Entry, type EntryKind, type FactValue, type GazetteerSource, type Problem, type Source } from './schema';

const ID_PATTERN = /^[a-z0-9][a-z0-9._:-]*$/;
const ENTRY_KEYS = new Set(['id', 'kind', 'name', 'aliases', 'demonyms', 'metonyms', 'metonymFor', 'orgType', 'coordinates', 'summary', 'facts', 'related', 'sources', 'asOf', 'disabled']);
const ALIAS_KEYS = new Set(['text', 'case', 'priority', 'context', 'contextOnly', 'lang']);
const SOURCE_KEYS = new Set(['title', 'url', 'date']);

export interface LoadResult {
  entries: Entry[];
  problems: Problem[];
}

class Reporter {
  readonly problems: Problem[] = [];
  constructor(private readonly file: string, private readonly lines: LineCounter) {}

  at(node: YamlNode | Pair | null | undefined, message: string, severity: Problem['severity'] = 'error'): void {
    const range = node && 'range' in node ? node.range : node && 'key' in node && node.key && typeof node.key === 'object' && 'range' in node.key ? (node.key as YamlNode).range : undefined;
    const start = this.lines.linePos(range ? range[0] : 0);
    const end = this.lines.linePos(range ? range[1] : 0);
    this.problems.push({ file: this.file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, severity, message });
    if (severity === 'error') this.errors++;
  }

  private errors = 0;

  errorCount(): number {
    return this.errors;
  }

  atOffset(offset: number, message: string): void {
    const pos = this.lines.linePos(offset);
    this.problems.push({ file: this.file, line: pos.line, column: pos.col, severity: 'error', message });
    this.errors++;
  }
}

function describe(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'empty' : typeof node.value === 'string' ? 'text' : `${typeof node.value}`;
  return 'nothing';
}

function stringOf(node: unknown): string | undefined {
  if (isScalar(node) && typeof node.value === 'string') return node.value;
  if (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean')) return String(node.value);
  // YAML turns 2021-12-06 into a date when the schema allows it; keep the text as written.
  if (isScalar(node) && node.value instanceof Date) return node.source ?? node.value.toISOString().slice(0, 10);
  return undefined;
}

function field(map: YAMLMap, key: string): YamlNode | undefined {
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key) return (pair.value ?? undefined) as YamlNode | undefined;
  }
  return undefined;
}

function requireString(map: YAMLMap, key: string, report: Reporter, where: string): string | undefined {
  const node = field(map, key);
  const value = stringOf(node);
  if (node === undefined) {
    report.at(map, `${where} is missing "${key}".`);
    return undefined;
  }
  if (value === undefined || value.trim() === '') {
    report.at(node, `"${key}" must be text, not ${describe(node)}.`);
    return undefined;
  }
  return value.trim();
}

function optionalString(map: YAMLMap, key: string, report: Reporter): string | undefined {
  const node = field(map, key);
  if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
  const value = stringOf(node);
  if (value === undefined) report.at(node, `"${key}" must be text, not ${describe(node)}.`);
  return value?.trim();
}

/** `[latitude, longitude]` in degrees; anything else is reported and left out. */
function readCoordinates(node: YamlNode | undefined, report: Reporter): [number, number] | undefined {
  if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
  const items = isSeq(node) ? node.items : [];
  const numbers = items.map((item) => (isScalar(item) && typeof item.value === 'number' ? item.value : Number.NaN));
  const [lat, lon] = numbers;
  if (numbers.length !== 2 || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    report.at(node, '"coordinates" must be [latitude, longitude] in degrees, e.g. [28.6, 77.2] (latitude from -90 to 90, longitude from -180 to 180).');
    return undefined;
  }
  return [lat, lon];
}

function stringList(node: YamlNode | undefined, key: string, report: Reporter): string[] {
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) {
    const single = stringOf(node);
    if (single !== undefined) return [single];
    report.at(node, `"${key}" must be a list of text, not ${describe(node)}.`);
    return [];
  }
  const values: string[] = [];
  for (const item of node.items) {
    const value = stringOf(item);
    if (value === undefined) report.at(item as YamlNode, `Each item of "${key}" must be text, not ${describe(item)}.`);
    else values.push(value);
  }
  return values;
}

function warnUnknownKeys(map: YAMLMap, known: Set<string>, what: string, report: Reporter): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key !== undefined && !known.has(key)) {
      report.at(pair.key as YamlNode, `Unknown key "${key}" in ${what}; known keys: ${[...known].join(', ')}.`, 'warning');
    }
  }
}

/**
 * Words so common that an alias made of one would highlight most sentences: refused unless the
 * alias asks for its exact case (an acronym such as "US" or "IT" then only matches in capitals).
 */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'into', 'onto', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'am', 'it', 'its', 'he', 'she', 'we', 'they', 'you', 'i', 'me', 'my', 'our', 'his', 'her', 'their', 'them',
  'us', 'this', 'that', 'these', 'those', 'not', 'no', 'yes', 'if', 'so', 'do', 'did', 'does', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'shall', 'should', 'up', 'out', 'all', 'any', 'some', 'one', 'two', 'new', 'said', 'says', 'than', 'then',
  'there', 'here', 'what', 'who', 'whom', 'which', 'when', 'where', 'how', 'why', 'also', 'more', 'most', 'other', 'such', 'only', 'over',
  'after', 'before', 'about', 'year', 'years', 'per', 'via', 'de', 'la', 'le', 'el', 'der', 'die', 'das', 'et', 'und',
]);

/** Why an alias would match noise (one letter, a stop word, punctuation), or undefined. */
export function aliasRefusal(alias: Alias): string | undefined {
  const text = alias.text;
  const letters = (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
  const exactAndLong = alias.case === 'exact' && [...text].length >= 2;
  if (letters === 0) return `Alias "${text}" has no letter or digit: it would match punctuation everywhere. Remove it.`;
  if (exactAndLong) return undefined;
  if (letters < 2) return `Alias "${text}" is shorter than two letters and would match everywhere; write it with "case: exact" and at least two characters, or remove it.`;
  if (STOP_WORDS.has(text.toLowerCase())) return `Alias "${text}" is a common word and would highlight most sentences; give it "case: exact" if it is an acronym, or remove it.`;
  return undefined;
}

function readAliases(node: YamlNode | undefined, key: string, report: Reporter): Alias[] {
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) {
    report.at(node, `"${key}" must be a list (of text, or of mappings with "text").`);
    return [];
  }
  const aliases: Alias[] = [];
  for (const item of node.items) {
    const plain = stringOf(item);
    if (plain !== undefined) {
      const alias: Alias = { text: plain.trim() };
      const refusal = alias.text === '' ? `An empty alias in "${key}" matches nothing; remove it.` : aliasRefusal(alias);
      if (refusal) report.at(item as YamlNode, refusal);
      else aliases.push(alias);
      continue;
    }
    if (!isMap(item)) {
      report.at(item as YamlNode, `Each item of "${key}" must be text or a mapping with "text", not ${describe(item)}.`);
      continue;
    }
    warnUnknownKeys(item, ALIAS_KEYS, `an item of "${key}"`, report);
    const text = requireString(item, 'text', report, `An item of "${key}"`);
    if (text === undefined) continue;
    const alias: Alias = { text };
    const caseNode = field(item, 'case');
    if (caseNode !== undefined) {
      const rule = stringOf(caseNode);
      if (rule !== undefined && (CASE_RULES as readonly string[]).includes(rule)) alias.case = rule as CaseRule;
      else report.at(caseNode, `"case" must be one of ${CASE_RULES.join(', ')}.`);
    }
    const priorityNode = field(item, 'priority');
    if (priorityNode !== undefined) {
      if (isScalar(priorityNode) && typeof priorityNode.value === 'number') alias.priority = priorityNode.value;
      else report.at(priorityNode, '"priority" must be a number (higher wins).');
    }
    const context = stringList(field(item, 'context'), 'context', report);
    if (context.length > 0) alias.context = context;
    const lang = optionalString(item, 'lang', report);
    if (lang) alias.lang = lang;
    const contextOnly = field(item, 'contextOnly');
    if (contextOnly !== undefined) {
      if (!isScalar(contextOnly) || typeof contextOnly.value !== 'boolean') report.at(contextOnly, '"contextOnly" must be true or false.');
      else if (contextOnly.value && !alias.context?.length) report.at(contextOnly, '"contextOnly: true" needs "context" words: the alias matches only where one of them is in the document.');
      else if (contextOnly.value) alias.contextOnly = true;
    }
    const refusal = aliasRefusal(alias);
    if (refusal) {
      report.at(item as YamlNode, refusal);
      continue;
    }
    aliases.push(alias);
  }
  return aliases;
}

function readFacts(node: YamlNode | undefined, report: Reporter): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {};
  if (node === undefined || (isScalar(node) && node.value === null)) return facts;
  if (!isMap(node)) {
    report.at(node, `"facts" must be a mapping of names to values, not ${describe(node)}.`);
    return facts;
  }
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    const value = pair.value as YamlNode | null;
    if (isSeq(value)) {
      facts[key] = stringList(value, `facts.${key}`, report);
    } else if (isScalar(value) && (typeof value.value === 'number' || typeof value.value === 'boolean')) {
      facts[key] = value.value;
    } else {
      const text = stringOf(value);
      if (text === undefined) report.at(value ?? (pair.key as YamlNode), `"facts.${key}" must be text, a number or a list of text.`);
      else facts[key] = text;
    }
  }
  return facts;
}

function readSources(node: YamlNode | undefined, entry: YAMLMap, report: Reporter): Source[] {
  const sources: Source[] = [];
  if (node === undefined || (isScalar(node) && node.value === null) || (isSeq(node) && node.items.length === 0)) {
    report.at(entry, 'Add at least one source (a list item with "title" and "url") so the card can say where its facts come from.', 'warning');
    return sources;
  }
  if (!isSeq(node)) {
    report.at(node, `"sources" must be a list of mappings with "title" and "url", not ${describe(node)}.`);
    return sources;
  }
  for (const item of node.items) {
    if (!isMap(item)) {
      report.at(item as YamlNode, 'Each source must be a mapping with "title" and optionally "url" and "date".');
      continue;
    }
    warnUnknownKeys(item, SOURCE_KEYS, 'a source', report);
    const title = requireString(item, 'title', report, 'A source');
    if (title === undefined) continue;
    const source: Source = { title };
    const url = optionalString(item, 'url', report);
    if (url !== undefined) {
      if (/^https?:\/\/\S+$/.test(url)) source.url = url;
      else report.at(field(item, 'url'), '"url" must start with http:// or https://.');
    }
    const date = optionalString(item, 'date', report);
    if (date !== undefined) source.date = date;
    sources.push(source);
  }
  return sources;
}

function readEntry(map: YAMLMap, file: string, lines: LineCounter, report: Reporter): Entry | undefined {
  warnUnknownKeys(map, ENTRY_KEYS, 'an entry', report);
  const id = requireString(map, 'id', report, 'This entry');
  if (id === undefined) return undefined;
  if (!ID_PATTERN.test(id)) {
    report.at(field(map, 'id'), `Id "${id}" must be lower-case letters, digits and . _ : - (e.g. "mtc-2021-2031").`);
    return undefined;
  }
  const line = lines.linePos(map.range?.[0] ?? 0).line;
  const disabled = field(map, 'disabled');
  const isDisabled = isScalar(disabled) && disabled.value === true;
  if (isDisabled) {
    // A switch-off needs nothing but the id.
    return { id, kind: 'place', name: id, aliases: [], demonyms: [], metonyms: [], facts: {}, related: [], sources: [], disabled: true, file, line };
  }
  const kindNode = field(map, 'kind');
  const kindText = stringOf(kindNode);
  if (kindText === undefined || !(ENTRY_KINDS as readonly string[]).includes(kindText)) {
    report.at(kindNode ?? map, kindText === undefined ? `Entry "${id}" is missing "kind" (one of ${ENTRY_KINDS.join(', ')}).` : `Unknown kind "${kindText}"; use one of ${ENTRY_KINDS.join(', ')}.`);
    return undefined;
  }
  const name = requireString(map, 'name', report, `Entry "${id}"`);
  if (name === undefined) return undefined;
  const entry: Entry = {
    id,
    kind: kindText as EntryKind,
    name,
    aliases: readAliases(field(map, 'aliases'), 'aliases', report),
    demonyms: readAliases(field(map, 'demonyms'), 'demonyms', report),
    metonyms: stringList(field(map, 'metonyms'), 'metonyms', report),
    facts: readFacts(field(map, 'facts'), report),
    related: stringList(field(map, 'related'), 'related', report),
    sources: readSources(field(map, 'sources'), map, report),
    file,
    line,
  };
  const metonymFor = optionalString(map, 'metonymFor', report);
  if (metonymFor !== undefined) entry.metonymFor = metonymFor;
  const orgType = optionalString(map, 'orgType', report);
  if (orgType !== undefined) {
    if (entry.kind !== 'organisation') report.at(field(map, 'orgType'), '"orgType" goes with kind: organisation.', 'warning');
    else entry.orgType = orgType;
  }
  if (entry.kind === 'place' && typeof entry.facts.type === 'string') entry.placeType = entry.facts.type;
  const coordinates = readCoordinates(field(map, 'coordinates'), report);
  if (coordinates !== undefined) {
    if (entry.kind !== 'country' && entry.kind !== 'place') report.at(field(map, 'coordinates'), '"coordinates" go with kind: country or place.', 'warning');
    else entry.coordinates = coordinates;
  }
  const summary = optionalString(map, 'summary', report);
  if (summary !== undefined) entry.summary = summary;
  const asOf = optionalString(map, 'asOf', report);
  if (asOf !== undefined) entry.asOf = asOf;
  return entry;
}

/** Parses one file. Entries with problems are left out; every problem is reported. */
export function loadGazetteerSource(source: GazetteerSource): LoadResult {
  const lines = newLineCounter();
  const report = new Reporter(source.file, lines);
  if (source.text.includes('\u0000')) {
    report.atOffset(0, 'This file holds binary data, not YAML text; a gazetteer file is YAML with a list of entries.');
    return { entries: [], problems: report.problems };
  }
  const doc = parseDocument(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    report.atOffset(error.pos[0], `YAML syntax: ${error.message.split('\n')[0]}`);
  }
  if (doc.errors.length > 0) return { entries: [], problems: report.problems };

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { entries: [], problems: report.problems };
  let list: YamlNode | undefined;
  if (isSeq(root)) list = root;
  else if (isMap(root)) {
    list = field(root, 'entries');
    if (list === undefined) {
      report.at(root, 'A gazetteer file needs a top-level "entries:" list.');
      return { entries: [], problems: report.problems };
    }
  }
  if (!list || !isSeq(list)) {
    report.at(list ?? (root as YamlNode), 'A gazetteer file needs a top-level "entries:" list of entries.');
    return { entries: [], problems: report.problems };
  }
  const entries: Entry[] = [];
  for (const item of list.items) {
    if (!isMap(item)) {
      report.at(item as YamlNode, `Each entry must be a mapping with id, kind, name…, not ${describe(item)}.`);
      continue;
    }
    const errorsBefore = report.errorCount();
    const entry = readEntry(item, source.file, lines, report);
    if (!entry) continue;
    // A problem inside the entry (a fact of the wrong type, a refused alias) leaves it out whole,
    // as the message says: half an entry would show a card that silently lacks what was written.
    if (report.errorCount() > errorsBefore) {
      report.at(item, `Entry "${entry.id}" is left out until the problems above are fixed.`, 'warning');
      continue;
    }
    entries.push(entry);
  }
  return { entries, problems: report.problems };
}
