/**
 * Findings the user marked as intended: a mark keeps the finding's kind, the words it covers and
 * its sentence (normalised as claim ids are: case, spaces, quote styles), so it holds while other
 * parts of the document change, and lapses when that sentence is rewritten.
 */
import { normaliseClaimText } from '../claims/ids';
import type { IntendedMark } from '../notes/store';
import { splitSentences, type Sentence } from '../text/sentences';
import type { Finding } from './types';

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => s.start <= offset && offset < s.end);
}

/** The mark for a finding of `text`. */
export function markOf(text: string, finding: Finding, sentences: readonly Sentence[] = splitSentences(text)): IntendedMark {
  const sentence = sentenceAt(sentences, finding.start);
  return { kind: finding.kind, exact: text.slice(finding.start, finding.end), sentence: normaliseClaimText(sentence ? sentence.text : text.slice(finding.start, finding.end)) };
}

/** The findings no mark covers. */
export function withoutIntended(text: string, findings: readonly Finding[], marks: readonly IntendedMark[] | undefined): Finding[] {
  if (!marks || marks.length === 0) return [...findings];
  const sentences = splitSentences(text);
  return findings.filter((f) => {
    const mark = markOf(text, f, sentences);
    return !marks.some((m) => m.kind === mark.kind && m.exact === mark.exact && m.sentence === mark.sentence);
  });
}
