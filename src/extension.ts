/**
 * GeoLens activation: builds the shared services, registers each feature and returns a small API
 * (used by the integration tests and by other extensions).
 */
import * as vscode from 'vscode';
import { loadBundledGazetteer } from './core/gazetteer';
import { AnnotationService } from './vscode/annotationService';
import { ConfigService } from './vscode/config';
import type { GeoLensContext } from './vscode/context';
import { Offload } from './vscode/offload';
import * as claims from './vscode/features/claims';
import * as decorations from './vscode/features/decorations';
import * as definition from './vscode/features/definition';
import * as facts from './vscode/features/facts';
import * as gazetteer from './vscode/features/gazetteer';
import * as gazetteerCommands from './vscode/features/gazetteerCommands';
import * as highlightCommands from './vscode/features/highlightCommands';
import * as hover from './vscode/features/hover';
import * as nearMiss from './vscode/features/nearMiss';
import * as occurrences from './vscode/features/occurrences';
import * as unlisted from './vscode/features/unlisted';
import * as documentDate from './vscode/features/documentDate';
import * as figureChecks from './vscode/features/figureChecks';
import * as overview from './vscode/features/overview';
import * as walkthrough from './vscode/features/walkthrough';

export interface GeoLensApi {
  annotations: AnnotationService;
  decorations: decorations.DecorationsApi;
  gazetteer: gazetteer.GazetteerApi;
  claims: claims.ClaimsApi;
  checks: figureChecks.FigureChecksApi;
  overview: overview.OverviewApi;
  offload: Offload;
  /** Milliseconds activate() took. */
  activationMs: number;
}

export function activate(extension: vscode.ExtensionContext): GeoLensApi {
  const started = Date.now();
  const output = vscode.window.createOutputChannel('GeoLens', { log: true });
  const config = new ConfigService();
  const annotations = new AnnotationService(loadBundledGazetteer(), config);
  const offload = new Offload(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'worker.js'));
  const ctx: GeoLensContext = { extension, config, annotations, output, offload };
  extension.subscriptions.push(output, config, annotations, offload);

  const decorationFeature = decorations.register(ctx);
  const gazetteerFeature = gazetteer.register(ctx);
  // The Claims view shows the checks a claim fails; the checks keep their marks in the claims store.
  const late: { checks?: figureChecks.FigureChecksApi } = {};
  const claimsFeature = claims.register(ctx, (document) => late.checks?.findings(document) ?? []);
  const checksFeature = figureChecks.register(ctx, claimsFeature.api.model);
  late.checks = checksFeature.api;
  const overviewFeature = overview.register(ctx, claimsFeature.api.model);
  extension.subscriptions.push(
    ...overviewFeature.disposables,
    ...decorationFeature.disposables,
    ...checksFeature.disposables,
    ...gazetteerFeature.disposables,
    ...claimsFeature.disposables,
    ...hover.register(ctx, checksFeature.api),
    ...highlightCommands.register(ctx),
    ...occurrences.register(ctx),
    ...gazetteerCommands.register(ctx, gazetteerFeature.api),
    ...definition.register(ctx),
    ...facts.register(ctx, gazetteerFeature.api),
    ...nearMiss.register(ctx),
    ...unlisted.register(ctx),
    ...documentDate.register(ctx),
    ...walkthrough.register(ctx),
  );
  flushNotes = async () => {
    await claimsFeature.api.model.flush();
  };
  const activationMs = Date.now() - started;
  output.info(`GeoLens activated in ${activationMs} ms with ${annotations.index.size} gazetteer entries.`);
  return { annotations, decorations: decorationFeature.api, gazetteer: gazetteerFeature.api, claims: claimsFeature.api, checks: checksFeature.api, overview: overviewFeature.api, offload, activationMs };
}

/** Writes pending note and verdict changes; VS Code waits for the promise before it stops the host. */
let flushNotes: (() => Promise<void>) | undefined;

export function deactivate(): Promise<void> | undefined {
  return flushNotes?.();
}
