/**
 * Writing the user's own gazetteer file (.geolens/gazetteer/custom.yaml): a new entry is inserted
 * as text after the last entry, so every existing line, comment and quoting style stays as it was.
 * Only files whose entry list is not a plain block list (`entries: []`, `entries:` with nothing, a
 * flow list) are rewritten through the `yaml` Document API, which also keeps comments.
 */
import type { Document, Node as YamlNode, YAMLSeq } from 'yaml';
import { isMap, isScalar, isSeq, newDocument, parseDocument } from '../yamlLibrary';
import { extractSource } from '../claims/source';
import { loadGazetteerSource } from './load';
import type { EntryKind, Source } from './schema';

/** The file "Add Selection to Gazetteer" writes, relative to the workspace folder. */
export const USER_GAZETTEER_PATH = '.geolens/gazetteer/custom.yaml';

export const USER_GAZETTEER_HEADER = `# Your own GeoLens gazetteer entries.
#
# GeoLens reads every .yaml file in .geolens/gazetteer/ and layers it over its bundled gazetteer:
# an entry with the id of a bundled entry extends or replaces it, and "disabled: true" switches one
# off. Each entry needs an id (lower case), a kind (country, place, person, organisation, bloc,
# system, project, event, treaty), a name and at least one source; aliases, summary, facts and
# related are optional. With the Red Hat YAML extension, the editor completes and checks this file.
# Problems show in the Problems panel when the file is saved.
`;

export interface NewEntry {
  id: string;
  kind: EntryKind;
  name: string;
  summary?: string;
  aliases?: string[];
  /** Facts the writer already knows (the role an article gave a name). */
  facts?: Record<string, string>;
  sources: Source[];
}

export class GazetteerFileError extends Error {
  /** 1-based line of the problem, when there is one. */
  constructor(message: string, readonly line?: number) {
    super(message);
    this.name = 'GazetteerFileError';
  }
}

const ID_PATTERN = /^[a-z0-9][a-z0-9._:-]*$/;
const MAX_ID_LENGTH = 60;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** A lower-case id from a name: "Sergey Lavrov" → "sergey-lavrov", "Côte d'Ivoire" → "cote-d-ivoire". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken(id)) return id;
  }
}

/** A name from a selection: spaces and line breaks collapsed, Markdown emphasis and escapes removed. */
export function nameFromSelection(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!$])/g, '$1')
    .replace(/(^|\s)[*_]+|[*_]+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The source of an entry added from a document: the article it was seen in, as far as its text
 * tells (title, publication, URL), else the document's name; dated the day it was added, the day
 * the source was consulted. The user can replace it with a better one later.
 */
export function sourceFromDocument(documentName: string | undefined, documentText: string, today: string): Source {
  const article = extractSource(documentText, { documentDate: null }); // the source is dated the day it was consulted, not the article
  const details = [article.publication, documentName].filter((part): part is string => Boolean(part)).join(', ');
  const where = article.title ? `"${article.title}"${details ? ` (${details})` : ''}` : documentName;
  const source: Source = { title: where ? `Seen in ${where}; added with GeoLens` : 'Added with GeoLens', date: today };
  if (article.url && /^https?:\/\/\S+$/.test(article.url)) source.url = article.url;
  return source;
}

function plainEntry(entry: NewEntry): Record<string, unknown> {
  const plain: Record<string, unknown> = { id: entry.id, kind: entry.kind, name: entry.name };
  if (entry.aliases && entry.aliases.length > 0) plain.aliases = entry.aliases;
  if (entry.summary) plain.summary = entry.summary;
  if (entry.facts && Object.keys(entry.facts).length > 0) plain.facts = { ...entry.facts };
  plain.sources = entry.sources.map((s) => ({ ...s }));
  return plain;
}

/** The entry as a one-item YAML list at column 0, ready to be indented. */
function itemText(entry: NewEntry): string {
  const doc = newDocument([plainEntry(entry)]);
  // Dates stay text for every YAML reader (YAML 1.1 readers would make 2026-01-31 a timestamp).
  entry.sources.forEach((source, i) => {
    const node = doc.getIn([0, 'sources', i, 'date'], true);
    if (source.date !== undefined && isScalar(node)) node.type = 'QUOTE_DOUBLE';
  });
  return doc.toString({ lineWidth: 0 });
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** After the line where `offset` is, or at the end of the text (with a line break added). */
function startOfNextLine(text: string, offset: number): { at: number; prefix: string } {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? { at: text.length, prefix: '\n' } : { at: newline + 1, prefix: '' };
}

function insertAfterBlockList(text: string, list: YAMLSeq, entry: NewEntry): string | undefined {
  const first = list.items[0] as YamlNode | undefined;
  const last = list.items[list.items.length - 1] as YamlNode | undefined;
  if (!first?.range || !last?.range || list.flow) return undefined;
  // The list's items start with "- " at the list's own column: the dash that opens the line of the
  // first item, or of a line above it ("- &lavrov-entry" holds the anchor, whose own hyphen is not it).
  let dash = -1;
  for (let end = first.range[0]; end > 0 && dash < 0; ) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const opening = /^[ \t]*-(?=[ \t]|$)/.exec(text.slice(lineStart, end));
    if (opening) dash = lineStart + opening[0].length - 1;
    end = lineStart - 1;
  }
  if (dash < 0) return undefined;
  const column = columnOf(text, dash);
  // A block item's range runs to the start of the next line or beyond trailing blank lines.
  let end = last.range[1];
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const { at, prefix } = startOfNextLine(text, end);
  return `${text.slice(0, at)}${prefix}${indent(itemText(entry), column)}${text.slice(at)}`;
}

/**
 * The text of a gazetteer file with `entry` added after its last entry (or a new file with a header
 * comment when `existing` is undefined or blank), and the 1-based line where the entry starts.
 * Throws a GazetteerFileError when the file has YAML errors, is not a gazetteer file, or already
 * has an entry with that id.
 */
export function appendEntry(existing: string | undefined, entry: NewEntry): { text: string; line: number } {
  if (!isValidId(entry.id)) throw new GazetteerFileError(`"${entry.id}" is not a valid id: use lower-case letters, digits and . _ : -`);
  // Worked on with "\n" and no byte-order mark; both put back as the file had them.
  const bom = existing?.startsWith('\uFEFF') ? '\uFEFF' : '';
  const crlf = /\r\n/.test(existing ?? '');
  const original = (existing ?? '').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  let text: string;
  if (original.trim() === '') {
    text = `${USER_GAZETTEER_HEADER}entries:\n${indent(itemText(entry), 2)}`;
  } else {
    const doc = parseDocument(original, { prettyErrors: false });
    if (doc.errors.length > 0) {
      const line = original.slice(0, doc.errors[0].pos[0]).split('\n').length;
      throw new GazetteerFileError(`The file has a YAML error at line ${line}; fix it first.`, line);
    }
    const { entries } = loadGazetteerSource({ file: 'gazetteer', text: original });
    if (entries.some((e) => e.id === entry.id)) throw new GazetteerFileError(`The file already has an entry with id "${entry.id}".`);
    text = insertInto(original, doc, entry);
  }
  const loaded = loadGazetteerSource({ file: 'gazetteer', text });
  const added = loaded.entries.find((e) => e.id === entry.id);
  if (!added) throw new GazetteerFileError(`The entry could not be added: ${loaded.problems[0]?.message ?? 'the file is not a gazetteer file.'}`);
  return { text: bom + (crlf ? text.replace(/\n/g, '\r\n') : text), line: added.line };
}

function insertInto(original: string, doc: Document.Parsed, entry: NewEntry): string {
  const root = doc.contents;
  const withNewline = original.endsWith('\n') ? original : `${original}\n`;
  if (root === null || (isScalar(root) && root.value === null)) {
    // Only comments: start the list after them.
    return `${withNewline}entries:\n${indent(itemText(entry), 2)}`;
  }
  if (isSeq(root)) {
    const inserted = root.items.length > 0 ? insertAfterBlockList(original, root, entry) : undefined;
    if (inserted !== undefined) return inserted;
    doc.add(plainEntry(entry));
    return doc.toString({ lineWidth: 0 });
  }
  if (!isMap(root)) throw new GazetteerFileError('This file is not a gazetteer file: it should hold an "entries:" list.');
  const list = root.get('entries', true);
  if (isSeq(list) && list.items.length > 0) {
    const inserted = insertAfterBlockList(original, list, entry);
    if (inserted !== undefined) return inserted;
    doc.addIn(['entries'], plainEntry(entry));
    return doc.toString({ lineWidth: 0 });
  }
  // "entries: []  # none yet" or "entries:  # to do": the list goes under the key, the line and its
  // comment stay as written (the document's own printer would drop such comments).
  const empty = list === null || (isSeq(list) && list.flow && list.items.length === 0) || (isScalar(list) && list.value === null);
  const keyLine = empty ? /^entries:[ \t]*(\[\s*\])?[ \t]*(#[^\n]*)?$/m.exec(original) : null;
  if (keyLine) {
    const line = `entries:${keyLine[2] ? ` ${keyLine[2]}` : ''}`;
    const after = keyLine.index + keyLine[0].length;
    const rest = original.slice(after);
    return `${original.slice(0, keyLine.index)}${line}\n${indent(itemText(entry), 2)}${rest.startsWith('\n') ? rest.slice(1) : rest}`;
  }
  if (list === undefined || isSeq(list) || (isScalar(list) && list.value === null)) {
    const created = doc.createNode([plainEntry(entry)]) as YAMLSeq;
    created.flow = false;
    doc.set('entries', created);
    return doc.toString({ lineWidth: 0 });
  }
  throw new GazetteerFileError('"entries" in this file is not a list; fix it first.');
}
