/**
 * The world places layer's file (build/places.bin; scripts/gazetteer/places.mjs writes it with
 * `writePlacesFile`, the extension reads it with `readPlacesFile`):
 * "GLP1", the byte length of a UTF-8 JSON header, the header, then sections at the 8-byte-aligned
 * offsets it lists (from the end of the header's padding): the typed columns, little-endian, and
 * the keys and names as UTF-8. Each column is copied out of the file's bytes, so that the caller
 * can let the file go; the two strings are decoded once.
 */
import type { PackedPlaces } from './worldPlaces';

const MAGIC = 'GLP1';

/** The typed array each column of the file must be (the file says which it wrote). */
const COLUMN_TYPES = {
  counts: Uint16Array,
  geonameId: Int32Array,
  type: Uint8Array,
  country: Uint16Array,
  region: Int16Array,
  population: Int32Array,
  lat: Int32Array,
  lon: Int32Array,
} as const;

type ColumnName = keyof typeof COLUMN_TYPES;
type Section = [offset: number, byteLength: number, kind: string];

const align8 = (n: number): number => n + ((8 - (n % 8)) % 8);

/**
 * The file's bytes: the columns are written as the typed arrays they are (little-endian, as on
 * every platform VS Code runs on), the keys and names as UTF-8, everything else in the header.
 */
export function writePlacesFile(packed: PackedPlaces): Uint8Array {
  const meta: Record<string, unknown> = {};
  const sections: Record<string, Section> = {};
  const parts: { at: number; bytes: Uint8Array }[] = [];
  let offset = 0;
  const utf8 = new TextEncoder();
  for (const [key, value] of Object.entries(packed) as [string, unknown][]) {
    let bytes: Uint8Array;
    let kind: string;
    if (key in COLUMN_TYPES) {
      const Type = COLUMN_TYPES[key as ColumnName];
      const typed = ArrayBuffer.isView(value) ? value : Type.from(value as number[]);
      if (typed.constructor.name !== Type.name) throw new Error(`places: ${key} must be a ${Type.name}`);
      bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
      kind = Type.name;
    } else if (key === 'keys' || key === 'names') {
      bytes = utf8.encode(value as string);
      kind = 'utf8';
    } else {
      meta[key] = value;
      continue;
    }
    offset = align8(offset);
    sections[key] = [offset, bytes.byteLength, kind];
    parts.push({ at: offset, bytes });
    offset += bytes.byteLength;
  }
  const header = utf8.encode(JSON.stringify({ ...meta, sections }));
  const body = align8(8 + header.byteLength);
  const file = new Uint8Array(body + offset);
  for (let i = 0; i < MAGIC.length; i++) file[i] = MAGIC.charCodeAt(i);
  new DataView(file.buffer).setUint32(4, header.byteLength, true);
  file.set(header, 8);
  for (const { at, bytes } of parts) file.set(bytes, body + at);
  return file;
}

function damaged(why: string): Error {
  return new Error(`the places layer's file is damaged (${why}); reinstall the extension, or run npm run build in its folder`);
}

export function readPlacesFile(bytes: Uint8Array): PackedPlaces {
  if (bytes.byteLength < 8 || String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== MAGIC) throw damaged(`it does not start with ${MAGIC}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.byteLength) throw damaged('its header runs past its end');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let header: Record<string, unknown> & { sections?: Record<string, Section> };
  try {
    header = JSON.parse(utf8.decode(bytes.subarray(8, 8 + headerLength))) as typeof header;
  } catch (error) {
    throw damaged(`its header is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const body = align8(8 + headerLength);
  const sections = header.sections ?? {};
  const section = (name: string, kind: string): Uint8Array => {
    const found = sections[name];
    if (!Array.isArray(found) || found.length !== 3) throw damaged(`no ${name} section`);
    const [offset, length, written] = found;
    if (written !== kind) throw damaged(`${name} is ${String(written)}, not ${kind}`);
    const start = body + offset;
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || start + length > bytes.byteLength) throw damaged(`${name} lies outside it`);
    return bytes.subarray(start, start + length);
  };
  const columns = {} as Record<ColumnName, ArrayBufferView>;
  for (const [name, Type] of Object.entries(COLUMN_TYPES) as [ColumnName, (typeof COLUMN_TYPES)[ColumnName]][]) {
    const raw = section(name, Type.name);
    if (raw.byteLength % Type.BYTES_PER_ELEMENT !== 0) throw damaged(`${name} is not a whole number of values`);
    // A copy of the section's own bytes: the column then outlives the file's buffer.
    const copy = raw.slice();
    columns[name] = new Type(copy.buffer, copy.byteOffset, copy.byteLength / Type.BYTES_PER_ELEMENT);
  }
  const { sections: _sections, ...meta } = header;
  return {
    ...(meta as unknown as Omit<PackedPlaces, 'keys' | 'names' | ColumnName>),
    keys: utf8.decode(section('keys', 'utf8')),
    names: utf8.decode(section('names', 'utf8')),
    ...(columns as unknown as Pick<PackedPlaces, ColumnName>),
  };
}
