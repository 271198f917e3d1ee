/**
 * The overview of an open document, as the panel draws it and the Markdown report writes it:
 * its annotations, its date, today's date, and its stored claims with their verdicts where their
 * anchors still resolve.
 */
import type * as vscode from 'vscode';
import { findDocumentDate } from '../core/annotate';
import { resolveAnchor } from '../core/notes/anchor';
import * as notes from '../core/notes/store';
import { buildOverview, type Overview } from '../core/overview';
import { localToday } from '../clock';
import type { ClaimsModel } from './claimsModel';
import type { GeoLensContext } from './context';

export function documentOverview(ctx: GeoLensContext, model: ClaimsModel, document: vscode.TextDocument): Overview | undefined {
  const annotations = ctx.annotations.annotations(document);
  if (!annotations) return undefined;
  const text = document.getText();
  const record = notes.documentOf(model.store, model.keyOf(document.uri));
  const claims = [];
  for (const claim of Object.values(record?.claims ?? {})) {
    if (claim.removed) continue;
    const span = resolveAnchor(text, claim.anchor);
    if (span) claims.push({ start: span.start, end: span.end, text: claim.text, verdict: claim.verdict });
  }
  claims.sort((a, b) => a.start - b.start);
  return buildOverview({ text, annotations, index: ctx.annotations.index, documentDate: findDocumentDate(text), today: localToday(), claims });
}
