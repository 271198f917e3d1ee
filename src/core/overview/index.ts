export { buildOverview, storedClaimsIn, type Overview, type OverviewInput, type OverviewCountry, type OverviewPlace, type MoneyItem, type MoneyRatio, type PercentItem, type NamedItem, type OverviewClaim } from './overview';
export { buildTimeline, intervalOf, treatyPeriod, type Timeline, type TimelineItem } from './timeline';
export { usdRate, convertibleCurrencies, RATE_SOURCE, type UsdRate, type RateSource } from './exchangeRates';
