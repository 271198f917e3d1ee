/**
 * The overview of an open document, as the panel draws it and the Markdown report writes it:
 * its annotations, its date, today's date, and its stored claims with their verdicts where their
 * anchors still resolve.
 */
import type * as vscode from 'vscode';
import * as notes from '../core/notes';
import { buildOverview, storedClaimsIn, type Overview } from '../core/overview';
import { localToday } from '../clock';
import type { ClaimsModel } from './claimsModel';
import type { GeoLensContext } from './context';

export function documentOverview(ctx: GeoLensContext, model: ClaimsModel, document: vscode.TextDocument): Overview | undefined {
  const annotations = ctx.annotations.annotations(document);
  if (!annotations) return undefined;
  const text = document.getText();
  const claims = storedClaimsIn(notes.documentOf(model.store, model.keyOf(document.uri)), text);
  return buildOverview({ text, annotations, index: ctx.annotations.index, documentDate: ctx.annotations.documentDate(document), today: localToday(), claims });
}
