/**
 * Every drawn thing that stands for mentions in the text is a "mark": focusable, labelled, and
 * linked to its spans. Clicking (or Enter/Space) asks the extension to select the spans; the
 * cursor in the text lights up the marks whose spans contain it.
 */
import type { Span } from '../../core/types';

export type Reveal = (spans: Span[]) => void;

interface Registered {
  element: Element;
  spans: Span[];
}

export class Marks {
  private registered: Registered[] = [];

  constructor(private readonly reveal: Reveal) {}

  clear(): void {
    this.registered = [];
  }

  /** Makes `element` a mark for `spans`, with `label` for screen readers. */
  add(element: Element, spans: Span[], label: string): void {
    if (spans.length === 0) return;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', label);
    element.classList.add('mark');
    element.setAttribute('data-spans', spans.map((s) => `${s.start}-${s.end}`).join(' '));
    element.addEventListener('click', () => this.reveal(spans));
    element.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        this.reveal(spans);
      }
    });
    this.registered.push({ element, spans });
  }

  /** Lights up the marks with a span containing `offset`; returns how many. */
  highlight(offset: number): number {
    let lit = 0;
    for (const { element, spans } of this.registered) {
      const on = spans.some((s) => s.start <= offset && offset <= s.end);
      element.classList.toggle('current', on);
      if (on) lit++;
    }
    return lit;
  }
}
