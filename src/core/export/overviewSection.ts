/**
 * The overview (issue #16) as Markdown lines for the report: what the panel draws, written out for
 * readers of a report who have no map — countries by mentions, places, the timeline, money in US
 * dollars with the rate's source, percentages, and the people and organisations named. All text
 * from the document is escaped (untrusted).
 */
import { formatAmount, formatRatio } from '../cards/format';
import { escapeMarkdown as esc } from '../cards/markdown';
import type { Overview } from '../overview';

const LIST_LIMIT = 12;

function more(total: number): string {
  return total > LIST_LIMIT ? `, and ${total - LIST_LIMIT} more` : '';
}

export function overviewLines(overview: Overview): string[] {
  const lines: string[] = ['### At a glance', ''];
  if (overview.countries.length > 0) {
    const countries = overview.countries.slice(0, LIST_LIMIT).map((c) => {
      const parts = [c.literal.length ? `${c.literal.length} as a place or people` : '', c.metonymic.length ? `${c.metonymic.length} as a government or actor` : ''].filter(Boolean);
      return `${esc(c.name)} (${parts.join(', ')})`;
    });
    lines.push(`- **Countries:** ${countries.join('; ')}${more(overview.countries.length)}`);
  }
  if (overview.places.length > 0) lines.push(`- **Places:** ${overview.places.slice(0, LIST_LIMIT).map((p) => `${esc(p.name)} (${p.marks.length})`).join(', ')}${more(overview.places.length)}`);
  if (overview.timeline.items.length > 0) {
    const items = overview.timeline.items.map((item) => {
      const when = item.point ? item.start : `${item.start} to ${item.end}`;
      const notes = [item.approximate ? 'approximate' : '', item.fromGazetteer ? 'from the gazetteer' : '', item.fromToday ? 'counted from today' : ''].filter(Boolean);
      return `“${esc(item.label)}” ${when}${notes.length ? ` (${notes.join(', ')})` : ''}`;
    });
    lines.push(`- **Timeline** (end dates exclusive${overview.timeline.documentDate ? `; the article is dated ${overview.timeline.documentDate}` : ''}): ${items.join('; ')}`);
  }
  const money = overview.money;
  if (money.items.length > 0) {
    const labelOf = new Map(money.items.map((item) => [item.key, item.label]));
    const ratioOf = new Map(money.ratios.map((r) => [r.larger, r]));
    const items = money.items.map((item) => {
      const usd = item.usdLow === item.usdHigh ? `$${formatAmount(item.usdLow ?? 0)}` : `$${formatAmount(item.usdLow ?? 0)}–$${formatAmount(item.usdHigh ?? 0)}`;
      const rate = item.rate ? ` at ${item.rate.perUsd.toFixed(4)} ${item.currency}/USD (${item.rate.year} average)` : '';
      const ratio = ratioOf.get(item.key);
      const relation = ratio ? `, ${formatRatio(ratio.low, ratio.high)} “${esc(labelOf.get(ratio.smaller) ?? '')}”` : '';
      return `“${esc(item.label)}” = ${usd}${rate}${relation}`;
    });
    const converted = money.items.some((item) => item.rate);
    lines.push(`- **Money in US dollars:** ${items.join('; ')}${converted ? ` (rates: ${esc(money.source.title)}, ${money.source.date})` : ''}`);
  }
  if (money.unconverted.length > 0) lines.push(`- **Money not converted** (no rate for the currency, or no number): ${money.unconverted.map((item) => `“${esc(item.label)}”`).join(', ')}`);
  if (overview.percents.length > 0) lines.push(`- **Percentages:** ${overview.percents.map((p) => `“${esc(p.label)}”`).join(', ')}`);
  if (overview.people.length > 0) lines.push(`- **People:** ${overview.people.slice(0, LIST_LIMIT).map((p) => `${esc(p.name)} (${p.marks.length})`).join(', ')}${more(overview.people.length)}`);
  if (overview.organisations.length > 0) lines.push(`- **Organisations:** ${overview.organisations.slice(0, LIST_LIMIT).map((o) => `${esc(o.name)} (${o.marks.length})`).join(', ')}${more(overview.organisations.length)}`);
  if (lines.length === 2) lines.push('Nothing to show: no countries, places, dates or figures were found.');
  lines.push('');
  return lines;
}
