/** What every feature receives: the services, created once in activate(). */
import type * as vscode from 'vscode';
import type { AnnotationService } from './annotationService';
import type { ConfigService } from './config';
import type { Offload } from './offload';

/**
 * What features offer each other (and the test API): each feature that has one declares its entry
 * here from its own module (`declare module '../context'`), so this module imports no feature, and
 * sets it when it registers.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the features' declarations
export interface FeatureApis {}

export interface GeoLensContext {
  extension: vscode.ExtensionContext;
  config: ConfigService;
  annotations: AnnotationService;
  output: vscode.LogOutputChannel;
  /** Long work off the extension host's event loop, where the host allows it. */
  offload: Offload;
  /** The features' APIs, filled in as they register (in the order of extension.ts's list). */
  apis: FeatureApis;
}

/** A feature: registers its providers and commands; what it returns is disposed on deactivation. */
export type Feature = (ctx: GeoLensContext) => vscode.Disposable[];

/** Another feature's API, which must have registered first (the list in extension.ts says the order). */
export function requireApi<K extends keyof FeatureApis>(ctx: GeoLensContext, name: K): NonNullable<FeatureApis[K]> {
  const api = ctx.apis[name];
  if (!api) throw new Error(`GeoLens: the ${name} feature must be registered before the features that use it`);
  return api as NonNullable<FeatureApis[K]>;
}
