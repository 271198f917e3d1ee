/**
 * The world layer's places as annotations: what the finder needs to know of the names annotate
 * found before it (which tokens they cover, which countries and people the document names), and
 * the annotations it makes of the places it finds.
 */
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { aliasKey } from '../gazetteer/aliasKey';
import { GIVEN_NAMES } from '../match/notPlace';
import { senseOf, type SenseContext } from '../match/sense';
import { normAt, TOKEN_CAPITALISED, TOKEN_WORD, type Tokens } from '../text/tokenize';
import type { EntityAnnotation, NamedAnnotation, Span, UnlistedAnnotation } from '../types';
import { findPlaces, RegionKeys } from './findPlaces';
import type { WorldPlaces } from './worldPlaces';

/** Region names' alias keys, made once for all documents. */
let regionKeys: RegionKeys | undefined;

const CAPITALISED_WORD = TOKEN_CAPITALISED | TOKEN_WORD;

/** Tokens inside any of the spans (sorted by start) get a 1 in `covered`. */
function cover(tokens: Tokens, spans: readonly Span[], covered: Uint8Array): void {
  let t = 0;
  for (const a of spans) {
    while (t < tokens.count && tokens.ends[t] <= a.start) t++;
    for (let k = t; k < tokens.count && tokens.starts[k] < a.end; k++) covered[k] = 1;
  }
}

/**
 * `names`: what annotate found before (sorted); `ruledOut`: names it matched and dropped as no
 * place (a surname, a nickname), which stay unannotated.
 */
export function worldPlaceAnnotations(text: string, tokens: Tokens, index: GazetteerIndex, places: WorldPlaces, names: readonly (NamedAnnotation | UnlistedAnnotation)[], ruledOut: readonly Span[] = []): EntityAnnotation[] {
  const covered = new Uint8Array(tokens.count);
  if (ruledOut.length > 0) cover(tokens, [...ruledOut].sort((a, b) => a.start - b.start), covered);
  const countries = new Set<string>();
  const countryAt = new Map<number, string>();
  const personWords = new Set<string>();
  let t = 0;
  for (const a of names) {
    while (t < tokens.count && tokens.ends[t] <= a.start) t++;
    for (let k = t; k < tokens.count && tokens.starts[k] < a.end; k++) {
      covered[k] = 1;
      if (a.kind === 'person' && (tokens.flags[k] & TOKEN_WORD) !== 0) personWords.add(normAt(tokens, k));
    }
    if (a.category !== 'entity' || a.id === undefined) continue;
    if (a.kind === 'country') {
      countries.add(a.id);
      countryAt.set(a.start, a.id);
    } else if (a.kind === 'place') {
      const country = index.metonymTarget(a.id);
      if (country !== undefined) countries.add(country);
    }
  }
  // "Jordan Henderson … Henderson": a word after a given name is a surname everywhere in the document.
  for (let k = 1; k < tokens.count; k++) {
    if ((tokens.flags[k] & CAPITALISED_WORD) === CAPITALISED_WORD && (tokens.flags[k - 1] & CAPITALISED_WORD) === CAPITALISED_WORD && GIVEN_NAMES.has(normAt(tokens, k - 1))) {
      personWords.add(normAt(tokens, k));
    }
  }
  regionKeys ??= new RegionKeys(aliasKey);
  const mentions = findPlaces(text, tokens, places, { covered, countries, countryAt: (offset) => countryAt.get(offset), personWords }, regionKeys);
  const context: SenseContext = { kind: 'place', capital: false, text };
  const countryName = (id: string): string | undefined => index.nameOf(id);
  return mentions.map((m) => {
    const place = places.place(m.row);
    const annotation: EntityAnnotation = {
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      id: place.id,
      name: places.qualifiedName(m.row, countryName),
      category: 'entity',
      kind: 'place',
      sense: senseOf(tokens, m.firstToken, m.endToken, context),
    };
    if (place.coordinates) annotation.coordinates = place.coordinates;
    if (m.others.length > 0) annotation.alternatives = m.others.map((row) => places.idOf(row));
    return annotation;
  });
}
