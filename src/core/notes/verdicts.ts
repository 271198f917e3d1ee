/** The verdicts a fact-checker can give a claim, and why each exists (shown in the UI). */

export type Verdict = 'unverified' | 'supported' | 'disputed' | 'false' | 'opinion';

export interface VerdictInfo {
  label: string;
  /** What choosing it means, in one sentence. */
  meaning: string;
}

export const VERDICTS: Readonly<Record<Verdict, VerdictInfo>> = {
  unverified: { label: 'Unverified', meaning: 'Not checked yet: every extracted claim starts here.' },
  supported: { label: 'Supported', meaning: 'Evidence confirms the claim.' },
  disputed: { label: 'Disputed', meaning: 'Credible sources disagree, so the claim can be neither confirmed nor refuted.' },
  false: { label: 'False', meaning: 'Evidence contradicts the claim.' },
  opinion: { label: 'Opinion', meaning: 'Not a checkable fact: a view, a forecast or a value judgement.' },
};

export const VERDICT_ORDER: readonly Verdict[] = ['unverified', 'supported', 'disputed', 'false', 'opinion'];

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICT_ORDER as readonly string[]).includes(value);
}
