/**
 * A few words on what a gazetteer entry is, for places where a whole card does not fit: beside a
 * claim's speaker in the Claims view and its exports, so that a reader sees at once that "KCNA" is
 * North Korea's state news agency or that "Jaishankar" is India's foreign minister.
 */
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';

/** Words of an organisation's kind when its facts give no type of their own. */
const ORG_TYPE_WORDS: Record<string, string> = {
  party: 'party',
  legislature: 'legislature',
  'armed-group': 'armed group',
  ministry: 'ministry',
  court: 'court',
  'central-bank': 'central bank',
  agency: 'agency',
  military: 'armed forces',
  company: 'company',
  media: 'news organisation',
  ngo: 'non-governmental organisation',
  'think-tank': 'think tank',
  international: 'international organisation',
};

/**
 * "State news agency · North Korea", "External Affairs Minister of India", "Party · Hungary"; undefined
 * for an id the index does not know or an entry with nothing to say beyond its name.
 */
export function describeEntity(id: string, index: GazetteerIndex): string | undefined {
  const entry = index.get(id);
  if (!entry) return undefined;
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const what =
    entry.kind === 'person'
      ? text(entry.facts.office) ?? text(entry.facts.role)
      : entry.kind === 'organisation'
        ? text(entry.facts.type) ?? (entry.orgType ? ORG_TYPE_WORDS[entry.orgType] ?? entry.orgType : undefined)
        : undefined;
  if (!what) return undefined;
  const country = text(entry.facts.country);
  const where = country ? index.get(country)?.name : undefined;
  const first = what.charAt(0).toUpperCase() + what.slice(1);
  return where && !what.includes(where) ? `${first} · ${where}` : first;
}
