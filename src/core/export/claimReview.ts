/**
 * schema.org ClaimReview JSON-LD, as fact-checkers publish it (and as Google's Fact Check markup
 * reads it): one ClaimReview per claim that has a verdict other than `unverified`.
 *
 * Output: a JSON array of ClaimReview objects, each with its own `@context`, so any one of them can
 * be pasted alone into a `<script type="application/ld+json">`. `<`, `>` and `&` are written as
 * \u escapes (still the same JSON) so the text cannot close that script element.
 *
 * Verdict → rating: supported "True" 5, disputed "Disputed" 3, false "False" 1 (bestRating 5,
 * worstRating 1); opinion "Opinion" with no numeric rating (it is not a point on the true–false
 * scale).
 *
 * Figure checks the claim fails go in `negativeNotes` (schema.org's list of a review's negative
 * considerations) as an ordered ItemList: readers that do not know the property skip it, and the
 * rating stays the reviewer's own.
 */
import { encodeComponent } from '../text/wellFormed';
import { stripMarkdownEscapes } from '../cards/markdown';
import type { DocumentSource, Speaker } from '../claims/types';
import type { Verdict } from '../notes/verdicts';
import { lastNoteDate, nowOf, reviewDocument, type ClaimCheck, type ExportDocument, type ReviewedClaim, type ReviewedDocument } from './json';

export type AgentType = 'Person' | 'Organization';

export interface Reviewer {
  name: string;
  /** Default "Person". */
  type?: AgentType;
  url?: string;
}

export interface ClaimReviewOptions {
  /** ISO 8601 "today": the review date of a verdict without dated notes (default: now). */
  now?: string;
  /** Who reviewed the claims (default: a Person named "GeoLens user"). */
  reviewer?: Reviewer;
  /** The gazetteer kind of an entity id (`person`, `organisation`, `country`, `bloc`…). */
  kindOf?: (id: string) => string | undefined;
  /** The page where the review is published, when there is one; otherwise see `reviewUrl`. */
  reviewUrl?: (doc: ReviewedDocument, claim: ReviewedClaim) => string | undefined;
  /** Indent the JSON (default: two spaces). */
  pretty?: boolean;
}

export const DEFAULT_REVIEWER: Reviewer = { name: 'GeoLens user', type: 'Person' };

/** Entity kinds that speak as an organisation: governments, blocs, institutions. */
const ORGANISATION_KINDS = new Set(['organisation', 'organization', 'bloc', 'country']);

export interface Agent {
  '@type': AgentType;
  name: string;
  url?: string;
}

export interface CreativeWork {
  '@type': 'CreativeWork';
  url?: string;
  headline?: string;
  author?: Agent;
  publisher?: Agent;
  datePublished?: string;
}

export interface Rating {
  '@type': 'Rating';
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

export interface ListItem {
  '@type': 'ListItem';
  position: number;
  name: string;
}

export interface ItemList {
  '@type': 'ItemList';
  itemListElement: ListItem[];
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: Agent;
    datePublished?: string;
    appearance?: CreativeWork;
  };
  datePublished: string;
  reviewRating: Rating;
  url: string;
  author: Agent;
  negativeNotes?: ItemList;
}

const RATINGS: Readonly<Record<Exclude<Verdict, 'unverified'>, { alternateName: string; ratingValue?: number }>> = {
  supported: { alternateName: 'True', ratingValue: 5 },
  disputed: { alternateName: 'Disputed', ratingValue: 3 },
  false: { alternateName: 'False', ratingValue: 1 },
  opinion: { alternateName: 'Opinion' },
};

export function ratingOf(verdict: Exclude<Verdict, 'unverified'>): Rating {
  const { alternateName, ratingValue } = RATINGS[verdict];
  return ratingValue === undefined ? { '@type': 'Rating', alternateName } : { '@type': 'Rating', alternateName, ratingValue, bestRating: 5, worstRating: 1 };
}

/** Claim text as a reader of the rendered article sees it: no Markdown escapes, links or emphasis. */
export function readableText(markdown: string): string {
  const noLinks = markdown.replace(/(?<!\\)!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1');
  const noEmphasis = noLinks.replace(/(?<!\\)(\*+|_{2,}|`+)/g, '').replace(/(?<![\\\w])_(?=\S)|(?<=\S)(?<!\\)_(?!\w)/g, '');
  return stripMarkdownEscapes(noEmphasis).replace(/\s+/g, ' ').trim();
}

function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/\S+$/i.test(url);
}

/** Percent-encoding for a text fragment term: also `-`, `,` and `&`, which the syntax reserves. */
function fragmentTerm(text: string): string {
  return encodeComponent(text).replace(/-/g, '%2D');
}

/**
 * A URL that scrolls to and highlights the claim (a WICG text fragment, `#:~:text=`): the whole
 * text for short claims, else its first and last five words as `start,end`.
 */
export function textFragmentUrl(url: string, claimText: string): string {
  const words = readableText(claimText).split(' ').filter((w) => w !== '');
  if (words.length === 0) return url;
  const directive = words.length <= 10 ? fragmentTerm(words.join(' ')) : `${fragmentTerm(words.slice(0, 5).join(' '))},${fragmentTerm(words.slice(-5).join(' '))}`;
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${directive}`;
}

function agent(type: AgentType, name: string, url?: string): Agent {
  return url ? { '@type': type, name, url } : { '@type': type, name };
}

function documentAuthor(source: DocumentSource): Agent | undefined {
  if (source.author) return agent('Person', source.author);
  if (source.publication) return agent('Organization', source.publication);
  return undefined;
}

function speakerAgent(speaker: Speaker, kindOf: ClaimReviewOptions['kindOf']): Agent {
  const kind = speaker.id !== undefined ? kindOf?.(speaker.id) : undefined;
  return agent(kind !== undefined && ORGANISATION_KINDS.has(kind) ? 'Organization' : 'Person', speaker.name);
}

function appearance(source: DocumentSource): CreativeWork | undefined {
  const work: CreativeWork = { '@type': 'CreativeWork' };
  if (isWebUrl(source.url)) work.url = source.url;
  if (source.title) work.headline = readableText(source.title);
  if (source.author) work.author = agent('Person', source.author);
  if (source.publication) work.publisher = agent('Organization', source.publication);
  if (source.date) work.datePublished = source.date;
  return Object.keys(work).length > 1 ? work : undefined;
}

/** How a failed figure check reads in an export that has no field of its own for it. */
export function checkLine(check: ClaimCheck): string {
  return `Figure check (${check.kind}): ${check.message}`;
}

function checkList(checks: readonly ClaimCheck[]): ItemList {
  return { '@type': 'ItemList', itemListElement: checks.map((check, i) => ({ '@type': 'ListItem', position: i + 1, name: checkLine(check) })) };
}

function stableUrn(doc: ReviewedDocument, claim: ReviewedClaim): string {
  return `urn:geolens:${encodeComponent(doc.file)}:${encodeComponent(claim.id)}`;
}

/** One ClaimReview per reviewed claim of the documents (unverified claims are left out). */
export function claimReviews(documents: readonly ExportDocument[], options: ClaimReviewOptions = {}): ClaimReview[] {
  const today = nowOf(options.now);
  const reviewer = options.reviewer ?? DEFAULT_REVIEWER;
  const author = agent(reviewer.type ?? 'Person', reviewer.name, reviewer.url);
  const out: ClaimReview[] = [];
  for (const doc of documents.map(reviewDocument)) {
    for (const claim of doc.claims) {
      if (claim.verdict === 'unverified') continue;
      const item: ClaimReview['itemReviewed'] = { '@type': 'Claim' };
      const claimAuthor = claim.speaker ? speakerAgent(claim.speaker, options.kindOf) : documentAuthor(doc.source);
      if (claimAuthor) item.author = claimAuthor;
      if (doc.source.date) item.datePublished = doc.source.date;
      const seen = appearance(doc.source);
      if (seen) item.appearance = seen;
      const url = options.reviewUrl?.(doc, claim)
        ?? (isWebUrl(doc.source.url) ? textFragmentUrl(doc.source.url, claim.text) : undefined)
        ?? doc.uri
        ?? stableUrn(doc, claim);
      const review: ClaimReview = {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: readableText(claim.text),
        itemReviewed: item,
        datePublished: (lastNoteDate(claim.notes) ?? today).slice(0, 10),
        reviewRating: ratingOf(claim.verdict),
        url,
        author,
      };
      if (claim.checks.length > 0) review.negativeNotes = checkList(claim.checks);
      out.push(review);
    }
  }
  return out;
}

/** JSON text safe to embed in an HTML script element: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The ClaimReview export as text (a JSON array; final newline). */
export function claimReviewJson(documents: readonly ExportDocument[], options: ClaimReviewOptions = {}): string {
  return `${scriptSafeJson(claimReviews(documents, options), options.pretty === false ? undefined : 2)}\n`;
}
