/** Typed settings: features receive this object instead of reading the configuration themselves. */
import * as vscode from 'vscode';
import { CHECK_KINDS, type CheckKind } from '../core/checks';
import { DEFAULT_THRESHOLD } from '../core/claims';

export interface GeoLensConfig {
  highlights: { enabled: boolean; entities: boolean; treaties: boolean; figures: boolean; unlisted: boolean };
  hover: { entities: boolean; treaties: boolean; figures: boolean };
  languages: string[];
  maxFileSize: number;
  claims: { threshold: number; storeFile: string };
  gazetteers: string[];
  export: { publicUrlBase: string };
  facts: { staleAfterDays: number };
  /** Which figure checks report findings (geolens.checks.<kind>). */
  checks: Record<CheckKind, boolean>;
}

export function readConfig(): GeoLensConfig {
  const c = vscode.workspace.getConfiguration('geolens');
  return {
    highlights: {
      enabled: c.get('highlights.enabled', true),
      entities: c.get('highlights.entities', true),
      treaties: c.get('highlights.treaties', true),
      figures: c.get('highlights.figures', true),
      unlisted: c.get('highlights.unlisted', true),
    },
    hover: {
      entities: c.get('hover.entities', true),
      treaties: c.get('hover.treaties', true),
      figures: c.get('hover.figures', true),
    },
    languages: c.get('languages', ['markdown', 'plaintext']),
    maxFileSize: c.get('maxFileSize', 2_000_000),
    claims: {
      threshold: c.get('claims.threshold', DEFAULT_THRESHOLD),
      storeFile: c.get('claims.storeFile', '.geolens/claims.json'),
    },
    gazetteers: c.get('gazetteers', []),
    export: { publicUrlBase: c.get('export.publicUrlBase', '') },
    facts: { staleAfterDays: c.get('facts.staleAfterDays', 180) },
    checks: Object.fromEntries(CHECK_KINDS.map((kind) => [kind, c.get<boolean>(`checks.${kind}`, true)])) as Record<CheckKind, boolean>,
  };
}

/** Holds the current settings and tells listeners when any GeoLens setting changes. */
export class ConfigService implements vscode.Disposable {
  private current = readConfig();
  private readonly emitter = new vscode.EventEmitter<GeoLensConfig>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('geolens')) return;
    this.current = readConfig();
    this.emitter.fire(this.current);
  });

  get value(): GeoLensConfig {
    return this.current;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
