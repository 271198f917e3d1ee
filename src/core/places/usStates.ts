/**
 * How news writes a US state after a town: the Associated Press abbreviations ("Gainesville, Va.",
 * "CHARLESTON, W.Va.") and the two-letter postal codes ("Dallas, TX"). Read right after a comma
 * that follows a place name, where they decide which town is meant, after a party's letter ("Rep.
 * James Clyburn, D-S.C."), and, for the AP forms only, after a preposition of place or before a
 * noun of people ("in S.C.", "a missing Ill. man"); anywhere else "Ill." or "IN" says nothing. The list follows AP style as Brown University's style guide gives it
 * (brown.edu/university-identity/content/state-names, read December 2026; eight states, Alaska,
 * Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah, have no AP abbreviation).
 */

/** AP abbreviation, without spaces → postal code. */
const AP_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'Ala.': 'AL', 'Ariz.': 'AZ', 'Ark.': 'AR', 'Calif.': 'CA', 'Colo.': 'CO', 'Conn.': 'CT', 'Del.': 'DE', 'Fla.': 'FL',
    'Ga.': 'GA', 'Ill.': 'IL', 'Ind.': 'IN', 'Kan.': 'KS', 'Ky.': 'KY', 'La.': 'LA', 'Md.': 'MD', 'Mass.': 'MA',
    'Mich.': 'MI', 'Minn.': 'MN', 'Miss.': 'MS', 'Mo.': 'MO', 'Mont.': 'MT', 'Neb.': 'NE', 'Nev.': 'NV', 'N.H.': 'NH',
    'N.J.': 'NJ', 'N.M.': 'NM', 'N.Y.': 'NY', 'N.C.': 'NC', 'N.D.': 'ND', 'Okla.': 'OK', 'Ore.': 'OR', 'Pa.': 'PA',
    'R.I.': 'RI', 'S.C.': 'SC', 'S.D.': 'SD', 'Tenn.': 'TN', 'Vt.': 'VT', 'Va.': 'VA', 'Wash.': 'WA', 'W.Va.': 'WV',
    'Wis.': 'WI', 'Wyo.': 'WY', 'D.C.': 'DC',
  }),
);

const POSTAL_CODES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI
  SC SD TN TX UT VT VA WA WV WI WY DC`.split(/\s+/),
);

/** "Calif.", "W.Va.", "W. Va.", "N.Y." or a capitalised word with a full stop, at the start of `s`. */
const ABBREVIATION = /^(?:[A-Z]\.\s?(?:[A-Z][a-z]?\.\s?)+|[A-Z][a-z]{1,4}\.)/;
const POSTAL = /^[A-Z]{2}(?![\p{L}\p{N}])/u;

export interface StateAbbreviation {
  /** GeoNames' first-level code of the state: "US.CA". */
  regionCode: string;
  /** Its length in the text. */
  length: number;
}

/** The US state written at `offset` as an AP abbreviation or a postal code, if one is. */
export function stateAbbreviationAt(text: string, offset: number): StateAbbreviation | undefined {
  const head = text.slice(offset, offset + 8);
  const abbreviation = ABBREVIATION.exec(head);
  if (abbreviation) {
    const written = abbreviation[0].trimEnd();
    const code = AP_ABBREVIATIONS.get(written.replace(/\s/g, ''));
    if (code !== undefined) return { regionCode: `US.${code}`, length: written.length };
  }
  const postal = POSTAL.exec(head);
  if (postal && POSTAL_CODES.has(postal[0])) return { regionCode: `US.${postal[0]}`, length: 2 };
  return undefined;
}

/** A member of Congress's party and state: "D-S.C.", "R-Texas" (the state's name is the gazetteer's), "I-Vt.". */
export const PARTY_LETTERS: ReadonlySet<string> = new Set(['D', 'R', 'I']);

/** The state after a party's letter and hyphen at `offset` ("D-S.C."): where the abbreviation starts, and which state. */
export function partyStateAt(text: string, offset: number): (StateAbbreviation & { start: number }) | undefined {
  if (!PARTY_LETTERS.has(text[offset]) || text[offset + 1] !== '-' || /[\p{L}\p{N}]/u.test(text[offset - 1] ?? ' ')) return undefined;
  const state = stateAbbreviationAt(text, offset + 2);
  return state && { ...state, start: offset + 2 };
}
