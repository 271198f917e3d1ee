/** What every feature receives: the services, created once in activate(). */
import type * as vscode from 'vscode';
import type { AnnotationService } from './annotationService';
import type { ConfigService } from './config';
import type { Offload } from './offload';

export interface GeoLensContext {
  extension: vscode.ExtensionContext;
  config: ConfigService;
  annotations: AnnotationService;
  output: vscode.LogOutputChannel;
  /** Long work off the extension host's event loop, where the host allows it. */
  offload: Offload;
}
