/**
 * GeoLens activation: builds the shared services, registers each feature and returns a small API
 * (used by the integration tests and by other extensions).
 */
import * as vscode from 'vscode';
import { loadBundledGazetteer } from './core/gazetteer';
import { AnnotationService } from './vscode/annotationService';
import { ConfigService } from './vscode/config';
import { requireApi, type Feature, type GeoLensContext } from './vscode/context';
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

/**
 * Every feature, in the order they register: one that uses another's API comes after it (the
 * claims store before the figure checks that keep their marks in it and the overview that counts
 * its verdicts; the gazetteer before its commands and Update Facts).
 */
const FEATURES: readonly Feature[] = [
  decorations.register,
  gazetteer.register,
  claims.register,
  figureChecks.register,
  overview.register,
  hover.register,
  highlightCommands.register,
  occurrences.register,
  gazetteerCommands.register,
  definition.register,
  facts.register,
  nearMiss.register,
  unlisted.register,
  documentDate.register,
  walkthrough.register,
];

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
  const ctx: GeoLensContext = { extension, config, annotations, output, offload, apis: {} };
  extension.subscriptions.push(output, config, annotations, offload);
  for (const register of FEATURES) extension.subscriptions.push(...register(ctx));
  const claimsApi = requireApi(ctx, 'claims');
  flushNotes = async () => {
    await claimsApi.model.flush();
  };
  const activationMs = Date.now() - started;
  output.info(`GeoLens activated in ${activationMs} ms with ${annotations.index.size} gazetteer entries.`);
  return {
    annotations, decorations: requireApi(ctx, 'decorations'), gazetteer: requireApi(ctx, 'gazetteer'), claims: claimsApi, checks: requireApi(ctx, 'checks'), overview: requireApi(ctx, 'overview'), offload, activationMs,
  };
}

/** Writes pending note and verdict changes; VS Code waits for the promise before it stops the host. */
let flushNotes: (() => Promise<void>) | undefined;

export function deactivate(): Promise<void> | undefined {
  return flushNotes?.();
}
