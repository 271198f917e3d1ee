/**
 * Hover cards over the same annotations as the highlights. Card text comes from the gazetteer and
 * the document, so it is rendered untrusted: no command links, no HTML.
 */
import * as vscode from 'vscode';
import { cards, escapeMarkdown } from '../../core/cards';
import type { Annotation } from '../../core/types';
import type { GeoLensContext } from '../context';
import { toRange } from '../convert';
import { localToday } from '../../clock';

function hoverEnabled(ctx: GeoLensContext, annotation: Annotation): boolean {
  const { hover } = ctx.config.value;
  if (annotation.category === 'figure') return hover.figures;
  if (annotation.category === 'treaty') return hover.treaties;
  return hover.entities;
}

/** The annotation under an offset, by binary search over the sorted list. */
export function annotationAt(annotations: readonly Annotation[], offset: number): Annotation | undefined {
  let low = 0;
  let high = annotations.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const a = annotations[mid];
    if (offset < a.start) high = mid - 1;
    else if (offset >= a.end) low = mid + 1;
    else return a;
  }
  return undefined;
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      if (!ctx.config.value.highlights.enabled) return undefined;
      const annotations = ctx.annotations.annotations(document);
      if (!annotations) return undefined;
      const annotation = annotationAt(annotations, document.offsetAt(position));
      if (!annotation || !hoverEnabled(ctx, annotation)) return undefined;
      // Today from the clock: a card flags facts that may have changed since they were written.
      const today = localToday();
      let card = cards(annotation, { index: ctx.annotations.index, annotations, text: document.getText(), translate: vscode.l10n.t, today, staleAfterDays: ctx.config.value.facts.staleAfterDays, documentDate: ctx.annotations.documentDate(document) ?? null });
      // A figure a check found at odds with another: say so on its card ("+25 % stated; the figures give +50 %").
      const checks = ctx.apis.checks;
      if (annotation.category === 'figure' && checks) {
        for (const finding of checks.findingsAbout(document, annotation)) {
          card += `\n\n${vscode.l10n.t('**Check:** {0}', escapeMarkdown(finding.message))}`;
        }
      }
      const markdown = new vscode.MarkdownString(card);
      markdown.isTrusted = false;
      markdown.supportHtml = false;
      markdown.supportThemeIcons = false;
      return new vscode.Hover(markdown, toRange(document, annotation));
    },
  };
  // Every document: which languages count is a setting, checked per request by the service.
  return [vscode.languages.registerHoverProvider('*', provider)];
}
