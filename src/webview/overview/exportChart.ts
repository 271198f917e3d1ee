/**
 * Charts as files for a report: SVG with the theme's colours written into it (outside the webview
 * the CSS variables they come from do not exist), and PNG drawn from that SVG on a canvas at 2×.
 */

const STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style'] as const;

export function standaloneSvg(chart: SVGSVGElement): string {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const originals = [chart, ...chart.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, n) => {
    const target = copies[n];
    const style = getComputedStyle(original);
    computed.set(original, style);
    // Only what differs from the parent: SVG inherits presentation attributes like CSS.
    const parent = original === chart ? undefined : computed.get(original.parentElement as Element);
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value && value !== 'normal' && value !== parent?.getPropertyValue(property)) target.setAttribute(property, value);
    }
    for (const name of ['tabindex', 'role', 'data-spans', 'class']) target.removeAttribute(name);
  });
  const [, , width, height] = (chart.getAttribute('viewBox') ?? '0 0 720 400').split(/\s+/).map(Number);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** PNG bytes as base64 (no `data:` prefix). */
export async function pngOf(chart: SVGSVGElement, scale = 2): Promise<string> {
  const text = standaloneSvg(chart);
  const [, , width, height] = (chart.getAttribute('viewBox') ?? '0 0 720 400').split(/\s+/).map(Number);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width * scale;
    image.height = height * scale;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this webview has no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  } finally {
    URL.revokeObjectURL(url);
  }
}
