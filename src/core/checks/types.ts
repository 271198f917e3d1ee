import type { Span } from '../types';

/** The kinds of inconsistency the checks look for (DESIGN.md, CLI `check`). */
export type CheckKind = 'weekday' | 'change' | 'repeat' | 'sum' | 'span';
export const CHECK_KINDS: readonly CheckKind[] = ['weekday', 'change', 'repeat', 'sum', 'span'];

/**
 * One inconsistency: `start`/`end` cover the word or figure that disagrees (the weekday, the stated
 * change, the later of two values, the part that overflows, the stated duration); `related` the
 * figures it was checked against. `stated` and `computed` are short phrases for a hover line
 * ("+25 %" stated; "+50 %" computed).
 */
export interface Finding extends Span {
  kind: CheckKind;
  message: string;
  related: Span[];
  stated: string;
  computed: string;
}
