/** Small helpers to build SVG and HTML without innerHTML (the text is the document's: untrusted). */

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, parent?: Element): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  parent?.appendChild(element);
  return element;
}

export function html<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, parent?: Element, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  parent?.appendChild(element);
  return element;
}

/** A `<title>` child: the tooltip on hover and the name a screen reader reads. */
export function titled<T extends SVGElement>(element: T, text: string): T {
  svg('title', {}, element).textContent = text;
  return element;
}

/** "50 billion", "1.2 trillion", "750 million": amounts as a reader says them. */
export function formatAmount(value: number): string {
  const scales: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];
  for (const [scale, word] of scales) {
    if (Math.abs(value) >= scale) {
      const n = value / scale;
      return `${n >= 100 ? Math.round(n) : Number(n.toPrecision(3))} ${word}`;
    }
  }
  return String(Number(value.toPrecision(3)));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
