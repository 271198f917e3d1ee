/**
 * Recognises the furniture around an article (share prompts, newsletter and membership appeals,
 * disclaimers, copyright and image credits, metadata lines, bylines, author bios) so that it yields
 * no claims. Each cue is a pattern with the reason it exists; none is tied to one site's wording.
 */
import { countMarkdownLinks, replaceMarkdownLinks } from '../text/markdownLinks';
import type { Sentence } from '../text/sentences';

export interface BoilerplateCue {
  name: string;
  /** Why the cue marks furniture, for readers of this list. */
  why: string;
  pattern: RegExp;
  /** The whole Markdown block is furniture when its first sentence matches (disclaimers, notes). */
  block?: boolean;
  /** Only in the last part of the document (bios sit at the end; the same words inside the body could be a claim). */
  tailOnly?: boolean;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

export const BOILERPLATE_CUES: readonly BoilerplateCue[] = [
  { name: 'share', why: 'Prompts to share, email or repost the article.', pattern: /\b(?:share (?:button|this|widely)|repost|e-?mail\/forward|forward this (?:article|story)|share(?:d)? on (?:facebook|twitter|x|whatsapp|linkedin))\b/i },
  { name: 'click', why: 'Calls to click a button or link.', pattern: /\bclick (?:here|the|on|below|above)\b/i },
  { name: 'follow', why: 'Social-media follow prompts.', pattern: /\bfollow us\b|\bjoin (?:us|our) on\b/i },
  { name: 'subscribe', why: 'Newsletter, channel and mailing-list prompts.', pattern: /\bsubscribe (?:to (?:our|my|the [\w ]{1,30}(?:channel|newsletter|feed))|now|today|here|for free)\b|\b(?:daily|weekly|free|our|email) newsletter\b|\bsign up (?:for|to) (?:our|the)\b|\bmailing list\b/i },
  { name: 'membership', why: 'Membership and donation appeals.', pattern: /\bbecome a (?:member|subscriber|patron|supporter)\b|\bdonate (?:now|today|here|to us|to our)\b|\bsupport (?:us|our (?:work|journalism))\b/i },
  { name: 'comment', why: 'Invitations to comment (not "declined to comment on", which reports).', pattern: /\b(?:comment on (?:our|this|these) (?:articles?|stor(?:y|ies)|posts?|pieces?)|leave a comment|join the (?:discussion|conversation))\b/i },
  { name: 'translate', why: 'Site features (translation, print, desktop-only notes).', pattern: /\btranslate website\b|\bcan be read in \d+ languages\b|\bprint (?:this )?(?:article|page)\b/i },
  { name: 'note-to-readers', why: 'An editor\'s note addressed to readers, not part of the reporting.', pattern: /^\W*(?:note to (?:readers|our readers)|editor['’]s note)\b/i, block: true },
  { name: 'disclaimer', why: 'Legal disclaimers and their usual sentences.', pattern: /^\W*disclaimer\b|\bnot be (?:held )?responsible for\b|\bsole responsibility of\b|\bviews expressed (?:in this|here)\b|\bdo not necessarily (?:reflect|represent)\b/i, block: true },
  { name: 'copyright', why: 'Copyright and reuse terms.', pattern: /\bcopyright\b|©|\(c\)\s*\d{4}|\ball rights reserved\b|\bcopyrighted material\b|\bfair use\b|\bgrants? permission\b|\brequest permission\b|\bcross-post\b|\bdistributed without profit\b|\breproduc(?:e|tion) (?:of )?(?:this|our) (?:article|content|material)\b/i, block: true },
  { name: 'contact', why: 'Contact lines.', pattern: /\b(?:media|press) (?:inquiries|enquiries|contact)\b|^\W*contact(?: us)?\s*:|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,253}\b/i },
  { name: 'image-credit', why: 'Image and photo credits.', pattern: /^\W*(?:featured |header |cover |top |lead )?(?:image|photo|picture|illustration)s?(?: is| are)?(?: from| by| credit| courtesy|:)|\b(?:photo|image) credit\b|\bsource of (?:the )?(?:image|photo)\b/i },
  { name: 'original-source', why: 'Syndication lines naming where the article first appeared.', pattern: /\b(?:original source of this article|(?:this article|it) (?:was )?(?:originally|first) (?:published|appeared) (?:in|on|at)|republished (?:from|with permission))\b/i },
  { name: 'metadata', why: 'Site metadata lines: region, theme, tags, author listings.', pattern: /^\W*(?:region|theme|tags?|topics?|categor(?:y|ies)|filed under|related(?: articles)?|read more|see also|articles by|more by|source|keywords)\s*:/i },
  { name: 'byline', why: 'Bylines: "By Jane Doe" alone on a line, or with where the reporter is ("By Oksana Melnyk, near Kostiantynivka", "By Gábor Kiss in Debrecen").', pattern: /^\W*[Bb]y\s+\[?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\]?(?:\([^)]*\))?(?:(?:,\s*|\s+in\s+)[^.!?]{1,60})?\s*$/u },
  { name: 'edited', why: 'An editor\'s note on a transcript or an excerpt ("…, edited for length and clarity").', pattern: /\bedited for (?:length|clarity|brevity|space)\b/i },
  { name: 'not-by-publication', why: 'What a source had not done "by the time of publication": procedure, nothing to check.', pattern: /^(?=(?:\S+\s+){0,24}\S+\s*$)(?!.*\d)[^"“”]*\bby (?:the time of )?(?:publication|press time|the time this (?:article|story) was published)\b/i },
  { name: 'no-reply', why: 'A request left unanswered, whatever it asked about ("did not immediately respond to a request for comment", "did not respond to a request to explain where the 350 billion figure comes from"); not when a figure comes before it ("The ministry, which spent $3 billion in 2025, did not respond…").', pattern: /^(?=(?:\S+\s+){0,24}\S+\s*$)[^"“”\d]*\b(?:did not|didn['’]t|has not|have not|had not)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:a\s+|several\s+|repeated\s+|written\s+)?(?:requests?|questions|emails?|calls?|messages?)\b/i },
  { name: 'compiled', why: 'How a digest or a translation was made ("Compiled from agency reports", "(Translated from the Sinhala edition)").', pattern: /^\W*(?:compiled|adapted|translated) (?:from|by)\b[^.!?]{0,80}[.)]?\s*$/i },
  { name: 'no-comment', why: 'A source not answering ("declined to comment", "was not available for comment") or a figure no one could check ("could not be independently verified"): procedure, nothing to check (unless it carries a figure: "declined to comment on the report of 40 arrests").', pattern: /^(?=(?:\S+\s+){0,14}\S+\s*$)(?!.*\d)[^"“”]*\b(?:declined to (?:comment|elaborate|give details|be named)\b|did not (?:immediately )?comment\b|(?:was|were) not (?:immediately )?available for comment\b|could not (?:be )?(?:independently )?(?:verif|confirm)\w*)/i },
  { name: 'dateline', why: 'A publication and date alone on a line ("Daily Planet, 5 May 2024").', pattern: new RegExp(`^[^.!?]{1,80},\\s*(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*$`, 'i') },
  { name: 'credits', why: 'Wire credit lines: "Reporting by …; editing by …".', pattern: /^\W*(?:(?:additional )?reporting|writing) by\b.{0,120}\bedit(?:ing|ed) by\b|^\W*edit(?:ing|ed) by\s+\p{Lu}/iu },
  { name: 'product-of', why: 'A publication describing itself ("This policy brief is a product of …").', pattern: /\bthis (?:policy brief|brief|report|paper|briefing(?: paper)?|analysis|study|newsletter) (?:is|was) (?:a product of|produced by|published by|part of)\b/i },
  { name: 'acknowledgements', why: 'Thanks and funding notes of a report.', pattern: /^\W*the authors? (?:thanks?|would like to thank|(?:is|are) grateful)\b|\bfunding (?:was|is) provided by\b|\bhad no role in\b/i },
  { name: 'live-blog', why: 'A live blog\'s own furniture: its headline tag, announcements and closing line.', pattern: /^\W*live(?: updates| blog)?\s*[:—–-]|\bthis live (?:blog|page|coverage) is (?:now )?closed\b|\bthank you for following\b|\bwe(?:'|’)re (?:expecting|waiting for) (?:a|an|more|the)\b/i },
  { name: 'greeting', why: 'A newsletter\'s greetings and sign-offs.', pattern: /^\W*(?:hello|hi|welcome|greetings) (?:from|to|again)\b|\bthanks? (?:you )?for reading\b|\bif you (?:found|find|enjoyed|liked) this\b/i },
  { name: 'caption', why: 'A photo caption: someone named doing something in the present tense ("… speaks at the UN Security Council on April 25.").', pattern: /^\W*(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,8}(?:(?:speaks|gestures|waves|poses|listens|arrives|walks)\s+(?:at|in|during|outside|inside|to|with|after|before|as|on|upon|from)\b|looks on\b|attends\s+(?:a|an|the)\b|delivers (?:a|his|her) (?:speech|statement|address)\b)[^.!?;"“”]{0,120}\.?\s*$/u },
  { name: 'enumerated-aim', why: 'An aim in a list ("One, to protect the life of the president."): a purpose stated, no fact asserted.', pattern: /^\W*(?:one|two|three|four|five|first|second|third|firstly|secondly|thirdly)\s*[,:]\s*to\s+\p{Ll}/iu },
  { name: 'address', why: 'A web address alone on its line (the page a pasted article came from): it names a source, it asserts nothing.', pattern: /^\W*(?:(?:source|url|link)\s*:\s*)?(?:https?:\/\/|www\.)\S+\s*$/i },
  { name: 'author-bio', why: 'Author bios at the end ("Jane Doe is a Lisbon-based analyst…").', pattern: /^\W*(?:\p{Lu}[\p{L}.'’-]+\s+){1,4}is an?\b.{0,120}\b(?:researcher|journalist|writer|analyst|author|editor|correspondent|contributor|columnist|professor|fellow|expert|commentator|reporter|blogger|scholar|adviser|advisor|diplomat|ambassador|officer)\b|\b(?:regular|frequent|senior) contributor to\b|\bis the author of\b/u, tailOnly: true },
];

/** Prose left once Markdown links and images are reduced to their labels. */
function visibleWords(text: string): string[] {
  return replaceMarkdownLinks(text, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A line that is mostly links (navigation, "Articles by [X]") carries no claim. */
function isLinkList(text: string): boolean {
  return countMarkdownLinks(text) > 0 && visibleWords(text).length < 3;
}

const HEADLINE: BoilerplateCue = { name: 'headline', why: 'A title, section label or dateline alone on its line: it names a story, it asserts none.', pattern: /$^/ };

/**
 * A line of its own that reads as a title: no closing punctuation, at most fourteen words (at most
 * five with a number), and written in Title Case or capitals, or cut by " | " or " — " ("Briefing
 * Paper | Sahel Series").
 */
export function isHeadline(text: string): boolean {
  const line = text.trim();
  if (line === '' || /[.!?:;"”’)]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 14) return false;
  // A title with a figure in it ("Trade Explodes to $50 Billion") is a claim to check; a short label
  // with a number ("Week 38", "Brasília, 7 August") is not.
  if (/\d/.test(line) && words.length > 5) return false;
  if (/\s[|—–]\s/.test(line) || line === line.toUpperCase()) return true;
  const minor = /^(?:a|an|the|and|or|of|in|on|at|to|for|from|by|with|as|vs|de|la|el|al)$/i;
  const major = words.filter((w) => !minor.test(w));
  return major.length > 0 && major.filter((w) => /^\p{Lu}/u.test(w)).length / major.length >= 0.75;
}

/** Where a document's tail begins, as a fraction of it: tail-only cues count from there. */
export const TAIL_POSITION = 0.6;

/** The first cue a sentence matches, or undefined. `position` is its start as a fraction of the document. */
export function boilerplateCue(text: string, position = 0): BoilerplateCue | undefined {
  for (const cue of BOILERPLATE_CUES) {
    if (cue.tailOnly && position < TAIL_POSITION) continue;
    if (cue.pattern.test(text)) return cue;
  }
  if (isLinkList(text)) return { name: 'links', why: 'Lines made only of links.', pattern: /$^/ };
  return undefined;
}

/** For each sentence, whether it is furniture; block cues extend to the rest of their block. */
export function markBoilerplate(sentences: readonly Sentence[], documentLength: number, cueOf: (text: string, position: number) => BoilerplateCue | undefined = boilerplateCue): boolean[] {
  const marks: boolean[] = new Array<boolean>(sentences.length).fill(false);
  let blockFurniture = -1;
  sentences.forEach((sentence, i) => {
    if (sentence.block === blockFurniture) {
      marks[i] = true;
      return;
    }
    const alone = (i === 0 || sentences[i - 1].block !== sentence.block) && (i + 1 === sentences.length || sentences[i + 1].block !== sentence.block);
    const cue = cueOf(sentence.text, documentLength > 0 ? sentence.start / documentLength : 0) ?? (alone && isHeadline(sentence.text) ? HEADLINE : undefined);
    if (!cue) return;
    marks[i] = true;
    const firstOfBlock = i === 0 || sentences[i - 1].block !== sentence.block;
    if (cue.block && firstOfBlock) blockFurniture = sentence.block;
  });
  return marks;
}
