/**
 * What the check-worthiness rules and the model read of a sentence: its own module, so that the
 * rules (score), the model and its feature vectors share it without importing each other.
 */
export interface ClaimFeatures {
  words: number;
  /** Money, percentages and quantities recognised. */
  measures: number;
  /** Dates and periods recognised. */
  dates: number;
  /** Numbers outside any recognised figure or name (a fallback when figures are not recognised). */
  bareNumbers: number;
  /** Distinct gazetteer entities and treaties. */
  entities: number;
  /** Capitalised words after the first (a fallback for names the gazetteer lacks). */
  properNouns: number;
  superlative: boolean;
  comparative: boolean;
  causal: boolean;
  prediction: boolean;
  factualVerb: boolean;
  hedge: boolean;
  opinion: boolean;
  firstOrSecondPerson: boolean;
  question: boolean;
  imperative: boolean;
  attributed: boolean;
  quoted: number;
  heading: boolean;
}
