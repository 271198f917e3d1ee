/**
 * The world map: countries the article names shaded by how often (literal and metonymic mentions
 * told apart by hue), points for the places it names, and small states the 1:110m map has no shape
 * for drawn as points at their coordinates. Borders: Natural Earth via world-atlas (public domain).
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import type { Overview, OverviewCountry } from '../../core/overview';
import { plural, svg, titled } from './dom';
import { placeLabels } from './labels';
import type { Marks } from './marks';


type CountryShape = Feature<Geometry, { name: string }>;
let shapes: CountryShape[] | undefined;

function countryShapes(): CountryShape[] {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  shapes ??= (feature(topology, topology.objects.countries) as unknown as { features: CountryShape[] }).features;
  return shapes;
}

function mentions(country: OverviewCountry): number {
  return country.literal.length + country.metonymic.length;
}

/** Every mention of a country, literal and metonymic, in text order. */
export function mentionsOf(country: OverviewCountry): OverviewCountry['literal'] {
  return [...country.literal, ...country.metonymic].sort((a, b) => a.start - b.start);
}

export function describeCountry(country: OverviewCountry): string {
  const parts = [`${country.name}: ${plural(mentions(country), 'mention')}`];
  if (country.literal.length) parts.push(`${country.literal.length} as a place or people`);
  if (country.metonymic.length) parts.push(`${country.metonymic.length} as a government or actor`);
  return parts.length === 1 ? parts[0] : `${parts[0]} (${parts.slice(1).join(', ')})`;
}

export function drawMap(overview: Overview, marks: Marks, width: number): SVGSVGElement {
  const WIDTH = width;
  const HEIGHT = Math.round(width * 0.52);
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart map', role: 'group', 'aria-label': `World map of the ${plural(overview.countries.length, 'country', 'countries')} the article names` });
  svg('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: 'background' }, root);
  const projection = geoEqualEarth().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], { type: 'Sphere' });
  // One decimal of a pixel is finer than any screen or print needs; it halves the SVG.
  const path = geoPath(projection).digits(1);
  svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }, root);
  const byNumeric = new Map(overview.countries.filter((c) => c.isoNumeric).map((c) => [c.isoNumeric as string, c]));
  const most = Math.max(1, ...overview.countries.map(mentions));
  const drawn = new Set<string>();
  const base = svg('g', { class: 'countries' }, root);
  const named = svg('g', { class: 'named' }, root);
  for (const shape of countryShapes()) {
    const id = shape.id === undefined ? undefined : String(shape.id).padStart(3, '0');
    const country = id ? byNumeric.get(id) : undefined;
    const d = path(shape) ?? '';
    if (!country) {
      svg('path', { d, class: 'land' }, base);
      continue;
    }
    drawn.add(country.id);
    const element = svg('path', { d, class: `land mentioned ${country.metonymic.length > country.literal.length ? 'metonymic' : 'literal'}`, 'fill-opacity': (0.35 + 0.65 * (mentions(country) / most)).toFixed(2), 'data-country': country.id }, named);
    titled(element, describeCountry(country));
    marks.add(element, mentionsOf(country), describeCountry(country));
  }
  const points = svg('g', { class: 'points' }, root);
  // Countries too small for the map's scale: a point where their entry says they are.
  for (const country of overview.countries) {
    if (drawn.has(country.id) || !country.coordinates) continue;
    const at = projection([country.coordinates[1], country.coordinates[0]]);
    if (!at) continue;
    const element = svg('circle', { cx: at[0].toFixed(1), cy: at[1].toFixed(1), r: 5, class: `small-country ${country.metonymic.length > country.literal.length ? 'metonymic' : 'literal'}`, 'data-country': country.id }, points);
    titled(element, describeCountry(country));
    marks.add(element, mentionsOf(country), describeCountry(country));
  }
  // The map writes a place's own name ("Portland"); its full name ("Portland, Maine, United
  // States") is the tooltip. Labels that would overlap are left out, the least mentioned first.
  const located = overview.places.map((place) => ({ place, at: projection([place.coordinates[1], place.coordinates[0]]) })).filter((p): p is { place: typeof p.place; at: [number, number] } => p.at !== null);
  const labels = placeLabels(located.map(({ place, at }) => ({ x: at[0], y: at[1], text: place.name.split(',')[0] })), WIDTH, HEIGHT);
  located.forEach(({ place, at }, k) => {
    const group = svg('g', { class: 'place', 'data-place': place.id }, points);
    svg('circle', { cx: at[0].toFixed(1), cy: at[1].toFixed(1), r: 3.5 }, group);
    const spot = labels[k];
    if (spot) {
      const label = svg('text', { x: spot.x.toFixed(1), y: spot.y.toFixed(1), 'text-anchor': spot.anchor }, group);
      label.textContent = place.name.split(',')[0];
    }
    const text = `${place.name}: ${plural(place.marks.length, 'mention')}`;
    titled(group, text);
    marks.add(group, place.marks, text);
  });
  return root;
}
