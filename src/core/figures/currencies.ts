/**
 * How currencies are written around an amount, mapped to ISO 4217 codes. Ambiguous forms resolve to
 * the reading most likely in English-language geopolitical writing ("$" = USD, "¥" = JPY, "Rs" =
 * INR); a form that is too ambiguous to guess ("pesos", "dinars") counts only with its adjective.
 */

/** Symbols written before the amount (and, less often, after it). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['￥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'],
  ['₩', 'KRW'], ['₺', 'TRY'], ['₴', 'UAH'], ['₦', 'NGN'], ['₱', 'PHP'], ['₪', 'ILS'], ['₫', 'VND'],
  ['฿', 'THB'], ['₸', 'KZT'], ['₼', 'AZN'], ['₾', 'GEL'], ['₡', 'CRC'], ['₭', 'LAK'],
]);

/** Symbols that only ever follow the amount ("100元"). */
export const SUFFIX_ONLY_SYMBOLS: ReadonlyMap<string, string> = new Map([['元', 'CNY']]);

/** Letters glued to a symbol that change its currency: US$, C$, HK$, CN¥… (keys lower-case). */
export const SYMBOL_QUALIFIERS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['$', new Map([
    ['us', 'USD'], ['u.s.', 'USD'], ['u.s', 'USD'], ['usd', 'USD'], ['c', 'CAD'], ['ca', 'CAD'], ['cad', 'CAD'],
    ['a', 'AUD'], ['au', 'AUD'], ['aud', 'AUD'], ['nz', 'NZD'], ['nzd', 'NZD'], ['hk', 'HKD'], ['hkd', 'HKD'],
    ['s', 'SGD'], ['sg', 'SGD'], ['sgd', 'SGD'], ['nt', 'TWD'], ['r', 'BRL'], ['mex', 'MXN'], ['mx', 'MXN'],
    ['mxn', 'MXN'],
  ])],
  ['¥', new Map([['cn', 'CNY'], ['rmb', 'CNY'], ['jp', 'JPY']])],
  ['£', new Map([['e', 'EGP']])],
]);

/**
 * Qualifiers that are also everyday words ("us", "a"): they count when glued to the symbol or
 * written in capitals, never as a lower-case word before a spaced symbol ("told us $5 billion").
 */
export const WORDLIKE_QUALIFIERS: ReadonlySet<string> = new Set(['us', 'a', 's', 'r', 'e']);

/** ISO codes written before or after an amount ("USD 5 million", "50 million USD"). */
const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'RUB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'KRW', 'BRL',
  'ZAR', 'TRY', 'UAH', 'PKR', 'IRR', 'SAR', 'AED', 'ILS', 'EGP', 'NGN', 'KZT', 'IDR', 'MYR', 'THB', 'VND',
  'MXN', 'ARS', 'PLN', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'BDT', 'LKR', 'QAR', 'KWD', 'IQD', 'AFN', 'TWD',
  'BYN', 'KPW', 'SYP', 'LBP', 'OMR', 'BHD', 'JOD', 'ETB', 'KES', 'GHS', 'CLP', 'COP', 'RON', 'BGN', 'RSD',
  'AZN', 'AMD', 'GEL', 'UZS', 'MMK', 'NPR',
];

/** Codes that spell English words: only in capitals ("try 5 times", "rub", "gel"). */
const CAPITALS_ONLY = new Set(['TRY', 'RUB', 'GEL', 'AMD']);

export interface CodeInfo {
  iso: string;
  /** The form must be written exactly like this (case included). */
  exact?: string;
}

function buildCodes(): Map<string, CodeInfo> {
  const m = new Map<string, CodeInfo>();
  for (const code of ISO_CODES) m.set(code.toLowerCase(), CAPITALS_ONLY.has(code) ? { iso: code, exact: code } : { iso: code });
  m.set('rmb', { iso: 'CNY' });
  return m;
}

/** Lower-cased code → ISO. */
export const CURRENCY_CODES: ReadonlyMap<string, CodeInfo> = buildCodes();

/** Abbreviations used only before the amount ("Rs 2.5 lakh crore", "Rs. 500"). */
export const PREFIX_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['rs', 'INR']]);

export interface CurrencyWord {
  /** Singular and plural forms. */
  nouns: readonly string[];
  /** The ISO code without an adjective, or null when the noun alone is too ambiguous. */
  iso: string | null;
  adjectives?: Readonly<Record<string, string>>;
  /** "pounds", "won": alone they count only after a scale ("5 million pounds"). */
  bareNeedsScale?: boolean;
  /** Power of ten of the unit against the main unit (cents: -2). */
  exp?: number;
}

export const CURRENCY_WORDS: readonly CurrencyWord[] = [
  {
    nouns: ['dollar', 'dollars'], iso: 'USD',
    adjectives: {
      'us': 'USD', 'u.s.': 'USD', 'american': 'USD', 'canadian': 'CAD', 'australian': 'AUD', 'new zealand': 'NZD',
      'hong kong': 'HKD', 'singapore': 'SGD', 'taiwan': 'TWD', 'new taiwan': 'TWD',
    },
  },
  { nouns: ['euro', 'euros'], iso: 'EUR' },
  {
    nouns: ['pound', 'pounds'], iso: 'GBP', bareNeedsScale: true,
    adjectives: { 'british': 'GBP', 'egyptian': 'EGP', 'lebanese': 'LBP', 'syrian': 'SYP', 'sudanese': 'SDG' },
  },
  { nouns: ['pounds sterling', 'sterling'], iso: 'GBP' },
  { nouns: ['yen'], iso: 'JPY', adjectives: { japanese: 'JPY' } },
  { nouns: ['yuan', 'renminbi'], iso: 'CNY', adjectives: { chinese: 'CNY' } },
  {
    nouns: ['rupee', 'rupees'], iso: 'INR',
    adjectives: { 'indian': 'INR', 'pakistani': 'PKR', 'sri lankan': 'LKR', 'nepalese': 'NPR', 'nepali': 'NPR' },
  },
  { nouns: ['rouble', 'roubles', 'ruble', 'rubles'], iso: 'RUB', adjectives: { russian: 'RUB', belarusian: 'BYN' } },
  { nouns: ['franc', 'francs'], iso: 'CHF', adjectives: { swiss: 'CHF', french: 'FRF', cfa: 'XOF' } },
  { nouns: ['lira', 'liras', 'lire'], iso: 'TRY', adjectives: { turkish: 'TRY', italian: 'ITL' } },
  { nouns: ['riyal', 'riyals'], iso: 'SAR', adjectives: { saudi: 'SAR', qatari: 'QAR', yemeni: 'YER' } },
  { nouns: ['rial', 'rials'], iso: 'IRR', adjectives: { iranian: 'IRR', omani: 'OMR' } },
  {
    nouns: ['dinar', 'dinars'], iso: null,
    adjectives: {
      iraqi: 'IQD', kuwaiti: 'KWD', jordanian: 'JOD', bahraini: 'BHD', libyan: 'LYD', algerian: 'DZD',
      serbian: 'RSD', tunisian: 'TND',
    },
  },
  { nouns: ['dirham', 'dirhams'], iso: 'AED', adjectives: { uae: 'AED', emirati: 'AED', moroccan: 'MAD' } },
  { nouns: ['shekel', 'shekels'], iso: 'ILS', adjectives: { israeli: 'ILS', 'new israeli': 'ILS' } },
  { nouns: ['hryvnia', 'hryvnias', 'hryvnas'], iso: 'UAH', adjectives: { ukrainian: 'UAH' } },
  { nouns: ['naira'], iso: 'NGN', adjectives: { nigerian: 'NGN' } },
  { nouns: ['rand'], iso: 'ZAR', adjectives: { 'south african': 'ZAR' } },
  { nouns: ['reais'], iso: 'BRL', adjectives: { brazilian: 'BRL' } },
  { nouns: ['real'], iso: null, adjectives: { brazilian: 'BRL' } },
  {
    nouns: ['peso', 'pesos'], iso: null,
    adjectives: {
      mexican: 'MXN', argentine: 'ARS', argentinian: 'ARS', philippine: 'PHP', colombian: 'COP', chilean: 'CLP',
      cuban: 'CUP',
    },
  },
  { nouns: ['won'], iso: 'KRW', bareNeedsScale: true, adjectives: { 'south korean': 'KRW', 'korean': 'KRW', 'north korean': 'KPW' } },
  { nouns: ['dong'], iso: 'VND', bareNeedsScale: true, adjectives: { vietnamese: 'VND' } },
  { nouns: ['taka'], iso: 'BDT', adjectives: { bangladeshi: 'BDT' } },
  { nouns: ['ringgit'], iso: 'MYR', adjectives: { malaysian: 'MYR' } },
  { nouns: ['baht'], iso: 'THB', adjectives: { thai: 'THB' } },
  { nouns: ['rupiah'], iso: 'IDR', adjectives: { indonesian: 'IDR' } },
  { nouns: ['tenge'], iso: 'KZT', adjectives: { kazakh: 'KZT' } },
  { nouns: ['lari'], iso: 'GEL', adjectives: { georgian: 'GEL' } },
  { nouns: ['manat'], iso: null, adjectives: { azerbaijani: 'AZN', turkmen: 'TMT' } },
  { nouns: ['zloty', 'zlotys', 'zlotych', 'złoty', 'złotys'], iso: 'PLN', adjectives: { polish: 'PLN' } },
  { nouns: ['forint', 'forints'], iso: 'HUF', adjectives: { hungarian: 'HUF' } },
  { nouns: ['koruna', 'korunas'], iso: 'CZK', adjectives: { czech: 'CZK' } },
  { nouns: ['krona', 'kronor'], iso: 'SEK', adjectives: { swedish: 'SEK' } },
  { nouns: ['krone', 'kroner'], iso: null, adjectives: { norwegian: 'NOK', danish: 'DKK' } },
  { nouns: ['afghani', 'afghanis'], iso: 'AFN' },
  { nouns: ['kyat', 'kyats'], iso: 'MMK' },
  { nouns: ['birr'], iso: 'ETB', adjectives: { ethiopian: 'ETB' } },
  { nouns: ['cedi', 'cedis'], iso: 'GHS', adjectives: { ghanaian: 'GHS' } },
  { nouns: ['shilling', 'shillings'], iso: null, adjectives: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS' } },
  { nouns: ['markka', 'markkaa'], iso: 'FIM', adjectives: { finnish: 'FIM' } },
  { nouns: ['peseta', 'pesetas'], iso: 'ESP', adjectives: { spanish: 'ESP' } },
  { nouns: ['guilder', 'guilders'], iso: 'NLG', adjectives: { dutch: 'NLG' } },
  { nouns: ['deutschmarks', 'deutsche marks', 'deutschemarks'], iso: 'DEM' },
  { nouns: ['cent', 'cents'], iso: 'USD', exp: -2, adjectives: { 'us': 'USD', 'u.s.': 'USD', 'euro': 'EUR' } },
  { nouns: ['pence', 'penny'], iso: 'GBP', exp: -2 },
];
