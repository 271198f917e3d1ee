/**
 * The shapes the core hands to every front end (VS Code, CLI, library). Offsets are UTF-16 code
 * units into the text as given (a leading BOM already removed); `start` inclusive, `end` exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

export type EntityKind = 'country' | 'place' | 'person' | 'organisation' | 'bloc' | 'system' | 'project' | 'event';
export type TreatyKind = 'treaty';
export type FigureKind = 'money' | 'percent' | 'quantity' | 'date' | 'period';
export type AnnotationKind = EntityKind | TreatyKind | FigureKind;
export type Category = 'entity' | 'treaty' | 'figure';

export const ENTITY_KINDS: readonly EntityKind[] = ['country', 'place', 'person', 'organisation', 'bloc', 'system', 'project', 'event'];
export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'quantity', 'date', 'period'];

export type Sense = 'literal' | 'metonymic';

/** A qualifier written before an amount: "more than" (lower), "up to" (upper), "about" (approx). */
export type Bound = 'lower' | 'upper' | 'approx';

export interface MoneyValue { amount: number; currency: string; bound?: Bound }
export interface RangeValue { min: number; max: number; currency?: string; unit?: string; bound?: Bound }
export interface UnquantifiedValue { currency: string; approximate: true }
export interface PercentValue { amount: number; unit: '%'; bound?: Bound }
export interface QuantityValue { amount: number; unit: string; bound?: Bound }
/** A vote's count for and against ("voted 70-29"): a quantity with no unit. */
export interface TallyValue { tally: [number, number] }
/**
 * `from: "today"`: counted from the caller's today, because the document has no date of its own
 * ("yesterday" in an undated draft); the card says so and offers to date the document.
 */
export interface DateValue { date: string; from?: 'today' }
export interface PeriodValue { start: string; end: string; from?: 'today' }
export type FigureValue = MoneyValue | RangeValue | UnquantifiedValue | PercentValue | QuantityValue | TallyValue | DateValue | PeriodValue;

interface AnnotationBase extends Span {
  text: string;
}

export interface EntityAnnotation extends AnnotationBase {
  category: 'entity';
  kind: EntityKind;
  id: string;
  name: string;
  /** Present on countries and places. */
  sense?: Sense;
  /** With `sense: 'metonymic'`: the id of what the name stands for. */
  refersTo?: string;
  /** On countries and places whose entry has them: [latitude, longitude] in degrees. */
  coordinates?: [number, number];
  /** On organisations: party, legislature, armed-group, ministry, court, central-bank… */
  orgType?: string;
  /**
   * On places of the world layer: ids of the other places of the same name that were weighed (the
   * likeliest first), for a card to list.
   */
  alternatives?: string[];
}

export interface TreatyAnnotation extends AnnotationBase {
  category: 'treaty';
  kind: TreatyKind;
  id: string;
  name: string;
}

export interface FigureAnnotation extends AnnotationBase {
  category: 'figure';
  kind: FigureKind;
  value: FigureValue;
}

/**
 * A person or organisation no gazetteer lists, introduced by the text with a cue ("Senate president
 * Paulina Núñez", "the Pueblo Soberano party"). It has no id; `name` is its fullest form in the
 * document (a later "Núñez" names "Paulina Núñez") and `role` what the text calls it.
 */
export interface UnlistedAnnotation extends AnnotationBase {
  category: 'entity';
  /** A place here is a street, an airport, a river… and an event a named storm, each named with the noun that says so (`role`). */
  kind: 'person' | 'organisation' | 'place' | 'event';
  listed: false;
  name: string;
  role?: string;
  id?: undefined;
}

export type Annotation = EntityAnnotation | UnlistedAnnotation | TreatyAnnotation | FigureAnnotation;
export type NamedAnnotation = EntityAnnotation | TreatyAnnotation;

/** An entity or treaty of the gazetteer (with its id). */
export function isNamed(annotation: Annotation): annotation is NamedAnnotation {
  return annotation.category !== 'figure' && annotation.id !== undefined;
}

/** A name no gazetteer lists. */
export function isUnlisted(annotation: Annotation): annotation is UnlistedAnnotation {
  return annotation.category === 'entity' && annotation.id === undefined;
}
