/**
 * Units of measure a figure may carry, with the canonical unit string that goes into
 * `QuantityValue.unit`. Kept deliberately short: units of measure that matter in geopolitical
 * writing (energy, territory, trade volumes) and a handful of counted military and humanitarian
 * nouns. Anything else after a number ("51 languages", "five-day visit") is not a figure.
 */

export interface UnitForm {
  /** Surface forms, lower-case unless `caseSensitive`; a space also matches a hyphen or a line break. */
  forms: readonly string[];
  unit: string;
  /** Power of ten folded into the amount: "bcm" is billion cubic metres (9). */
  exp?: number;
  /** Symbols such as "MW" must be written exactly ("mw" is not a megawatt). */
  caseSensitive?: boolean;
}

const BARREL_RATE = ['per day', 'a day', 'each day', 'daily', '/day'];
const BARREL_HEADS = ['barrels', 'barrel', 'barrels of oil', 'barrels of crude', 'barrels of crude oil', 'barrels of oil equivalent'];

export const QUANTITY_UNITS: readonly UnitForm[] = [
  {
    forms: [
      ...BARREL_HEADS.flatMap((h) => BARREL_RATE.map((r) => (r.startsWith('/') ? h + r : `${h} ${r}`))),
      'bpd', 'b/d', 'bbl/d', 'boe/d', 'boepd',
    ],
    unit: 'bbl/d',
  },
  { forms: ['mb/d', 'mbpd', 'mbd', 'million b/d'], unit: 'bbl/d', exp: 6 },
  { forms: ['kb/d', 'kbpd'], unit: 'bbl/d', exp: 3 },
  { forms: [...BARREL_HEADS, 'bbl', 'bbls'], unit: 'bbl' },
  {
    forms: ['tonnes per year', 'tonnes a year', 'tonnes per annum', 'tons per year', 'tons a year', 'tons per annum', 'tpa'],
    unit: 't/yr',
  },
  { forms: ['mtpa'], unit: 't/yr', exp: 6 },
  { forms: ['tonnes', 'tonne', 'tons', 'ton', 'metric tons', 'metric tonnes', 'metric ton', 'metric tonne'], unit: 't' },
  { forms: ['kilotons', 'kilotonnes', 'kiloton', 'kilotonne'], unit: 'kt' },
  { forms: ['megatons', 'megatonnes', 'megaton', 'megatonne'], unit: 'Mt' },
  {
    forms: [
      'square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'sq km', 'sq. km',
      'km²', 'km2', 'sq kilometres', 'sq kilometers',
    ],
    unit: 'km2',
  },
  { forms: ['square miles', 'square mile', 'sq mi', 'sq miles', 'mi²'], unit: 'mi2' },
  { forms: ['hectares', 'hectare', 'ha'], unit: 'ha' },
  { forms: ['acres', 'acre'], unit: 'acre' },
  { forms: ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'kms'], unit: 'km' },
  { forms: ['nautical miles', 'nautical mile', 'nmi'], unit: 'nmi' },
  { forms: ['miles', 'mile'], unit: 'mi' },
  { forms: ['metres', 'meters', 'metre', 'meter'], unit: 'm' },
  { forms: ['cubic metres', 'cubic meters', 'cubic metre', 'cubic meter', 'm³', 'm3', 'cu m'], unit: 'm3' },
  { forms: ['bcm'], unit: 'm3', exp: 9 },
  { forms: ['tcm'], unit: 'm3', exp: 12 },
  { forms: ['cubic feet', 'cubic foot', 'cu ft'], unit: 'ft3' },
  { forms: ['bcf'], unit: 'ft3', exp: 9 },
  { forms: ['tcf'], unit: 'ft3', exp: 12 },
  { forms: ['kilowatts', 'kilowatt'], unit: 'kW' },
  { forms: ['kW'], unit: 'kW', caseSensitive: true },
  { forms: ['megawatts', 'megawatt'], unit: 'MW' },
  { forms: ['MW'], unit: 'MW', caseSensitive: true },
  { forms: ['gigawatts', 'gigawatt'], unit: 'GW' },
  { forms: ['GW'], unit: 'GW', caseSensitive: true },
  { forms: ['terawatts', 'terawatt'], unit: 'TW' },
  { forms: ['TW'], unit: 'TW', caseSensitive: true },
  { forms: ['kilowatt hours', 'kilowatt hour'], unit: 'kWh' },
  { forms: ['kWh'], unit: 'kWh', caseSensitive: true },
  { forms: ['megawatt hours', 'megawatt hour'], unit: 'MWh' },
  { forms: ['MWh'], unit: 'MWh', caseSensitive: true },
  { forms: ['gigawatt hours', 'gigawatt hour'], unit: 'GWh' },
  { forms: ['GWh'], unit: 'GWh', caseSensitive: true },
  { forms: ['terawatt hours', 'terawatt hour'], unit: 'TWh' },
  { forms: ['TWh'], unit: 'TWh', caseSensitive: true },
  // Counted nouns: a short list, because "400 tanks" is a figure a fact-checker checks, while most
  // counted nouns ("51 languages") are not worth a highlight.
  { forms: ['troops'], unit: 'troops' },
  { forms: ['soldiers', 'soldier'], unit: 'soldiers' },
  { forms: ['military personnel'], unit: 'personnel' },
  { forms: ['tanks'], unit: 'tanks' },
  { forms: ['warheads', 'nuclear warheads', 'warhead'], unit: 'warheads' },
  { forms: ['missiles', 'missile'], unit: 'missiles' },
  { forms: ['drones', 'drone'], unit: 'drones' },
  { forms: ['fighter jets', 'warplanes', 'combat aircraft'], unit: 'aircraft' },
  { forms: ['warships'], unit: 'warships' },
  { forms: ['refugees', 'refugee'], unit: 'refugees' },
  // People counted in the news a fact-checker checks: the dead, the held, the seats won.
  { forms: ['civilians'], unit: 'civilians' },
  { forms: ['people'], unit: 'people' },
  { forms: ['deaths'], unit: 'deaths' },
  { forms: ['casualties'], unit: 'casualties' },
  { forms: ['hostages'], unit: 'hostages' },
  { forms: ['prisoners'], unit: 'prisoners' },
  { forms: ['migrants'], unit: 'migrants' },
  { forms: ['protesters', 'protestors'], unit: 'protesters' },
  { forms: ['seats'], unit: 'seats' },
];

/**
 * Percentages. "percentage points" and "basis points" measure a difference between percentages;
 * `PercentValue.unit` is only '%', so they are quantities with unit 'pp' and 'bp'.
 */
export const PERCENT_FORMS: readonly string[] = ['%', '％', 'percent', 'per cent', 'percents', 'percentage', 'pct'];
export const POINT_UNITS: readonly UnitForm[] = [
  { forms: ['percentage points', 'percentage point', 'percent points', 'per cent points', 'pp', 'ppts'], unit: 'pp' },
  { forms: ['basis points', 'basis point', 'bps', 'bp'], unit: 'bp' },
];
