/**
 * Annual average exchange rates, to draw an article's money figures on one axis in US dollars.
 * From the Federal Reserve Board's release "Foreign Exchange Rates — G.5A Annual" of 1 February
 * 2024 (averages of the New York noon buying rates certified by the Federal Reserve Bank of New
 * York). Its 2020–2023 columns, as printed: units per US dollar, except the currencies the release
 * quotes in dollars per unit (marked `dollarsPerUnit`), turned round when a rate is asked for.
 * A figure of another year is converted at the nearest year here, and the overview says which.
 */

export interface RateSource {
  title: string;
  url: string;
  date: string;
}

export const RATE_SOURCE: RateSource = {
  title: 'Federal Reserve Board, Foreign Exchange Rates — G.5A Annual',
  url: 'https://www.federalreserve.gov/releases/g5a/20240201/',
  date: '2024-02-01',
};

const YEARS = [2023, 2022, 2021, 2020] as const;

/** Per currency: the printed rates for 2023, 2022, 2021, 2020. */
const PRINTED: Record<string, { rates: readonly number[]; dollarsPerUnit?: true }> = {
  AUD: { rates: [0.6644, 0.6951, 0.7515, 0.6899], dollarsPerUnit: true },
  BRL: { rates: [4.9946, 5.1605, 5.3958, 5.1587] },
  CAD: { rates: [1.3494, 1.3014, 1.2533, 1.3422] },
  CNY: { rates: [7.0809, 6.729, 6.4508, 6.9042] },
  DKK: { rates: [6.89, 7.0786, 6.2897, 6.543] },
  EUR: { rates: [1.0817, 1.0534, 1.183, 1.141], dollarsPerUnit: true },
  HKD: { rates: [7.8292, 7.8306, 7.7727, 7.7559] },
  INR: { rates: [82.5708, 78.5792, 73.9351, 74.1429] },
  JPY: { rates: [140.5001, 131.4589, 109.8429, 106.7754] },
  MYR: { rates: [4.5577, 4.3982, 4.1439, 4.2029] },
  MXN: { rates: [17.7334, 20.1208, 20.2844, 21.5462] },
  NZD: { rates: [0.6143, 0.6361, 0.7074, 0.6498], dollarsPerUnit: true },
  NOK: { rates: [10.5659, 9.6138, 8.5955, 9.4283] },
  SGD: { rates: [1.3428, 1.3787, 1.3438, 1.38] },
  ZAR: { rates: [18.4535, 16.3598, 14.7751, 16.4932] },
  KRW: { rates: [1306.7637, 1291.7796, 1144.8911, 1180.5554] },
  LKR: { rates: [326.6297, 321.5261, 197.8963, 185.3319] },
  SEK: { rates: [10.6089, 10.1177, 8.5812, 9.2167] },
  CHF: { rates: [0.8984, 0.955, 0.9144, 0.9389] },
  TWD: { rates: [31.1525, 29.7963, 27.9366, 29.4568] },
  THB: { rates: [34.7841, 35.05, 32.0052, 31.307] },
  GBP: { rates: [1.244, 1.2371, 1.3764, 1.2829], dollarsPerUnit: true },
};

export interface UsdRate {
  currency: string;
  /** Units of the currency per US dollar. */
  perUsd: number;
  /** The year whose average this is. */
  year: number;
  /** The year that was asked for, when the table has no column for it. */
  asked?: number;
  source: RateSource;
}

/** The currencies the table converts (besides USD itself). */
export function convertibleCurrencies(): string[] {
  return Object.keys(PRINTED).sort();
}

/** The rate to convert `currency` of `year` into dollars, or undefined for a currency the table lacks. */
export function usdRate(currency: string, year: number): UsdRate | undefined {
  if (currency === 'USD') return { currency, perUsd: 1, year, source: RATE_SOURCE };
  const printed = PRINTED[currency];
  if (!printed) return undefined;
  const nearest = YEARS.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best), YEARS[0]);
  const value = printed.rates[YEARS.indexOf(nearest)];
  const perUsd = printed.dollarsPerUnit ? 1 / value : value;
  return nearest === year ? { currency, perUsd, year: nearest, source: RATE_SOURCE } : { currency, perUsd, year: nearest, asked: year, source: RATE_SOURCE };
}
