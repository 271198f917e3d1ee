/**
 * GeoLens: Update Facts — the current heads of state and government from Wikidata's SPARQL
 * endpoint (`geolens.facts.endpoint`, application-scoped: a workspace cannot point it at its own
 * server), kept as a dated layer in the extension's global storage and layered over the bundled
 * gazetteer, so cards name and cite them ("Wikidata, fetched 5 December 2026"). It runs only when
 * the user asks (or, with `geolens.facts.weeklyRefresh`, once a week). Offline, refused, rate-limited
 * or malformed answers are said plainly and change nothing.
 */
import * as vscode from 'vscode';
import { FactsAnswerError, factsEntries, OFFICE_HOLDERS_QUERY, readOfficeHolders, type FactsLayer } from '../../core/facts';
import { aliasKey, loadBundledGazetteer } from '../../core/gazetteer';
import { requireApi, type GeoLensContext } from '../context';

const LAYER_FILE = 'facts.json';
const TIMEOUT_MS = 60_000;
const WEEK_MS = 7 * 24 * 3600 * 1000;
/** An answer larger than this is not a list of office holders. */
const MAX_ANSWER_BYTES = 20_000_000;

export interface UpdateFactsResult {
  ok: boolean;
  message: string;
  holders?: number;
}

function isLayer(value: unknown): value is FactsLayer {
  const v = value as FactsLayer | null;
  return !!v && typeof v.fetched === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.fetched) && typeof v.endpoint === 'string' && Array.isArray(v.holders);
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  const gazetteer = requireApi(ctx, 'gazetteer');
  const storage = ctx.extension.globalStorageUri;
  const layerUri = vscode.Uri.joinPath(storage, LAYER_FILE);
  const sameName = (a: string, b: string): boolean => aliasKey(a) === aliasKey(b);

  const apply = async (layer: FactsLayer): Promise<void> => {
    ctx.annotations.facts = factsEntries(layer, loadBundledGazetteer().entries, sameName);
    await gazetteer.reload();
  };

  /** The layer fetched last, if any (a damaged file is reported and left as it is). */
  const loadStored = async (): Promise<FactsLayer | undefined> => {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(layerUri));
    } catch {
      return undefined;
    }
    try {
      const layer: unknown = JSON.parse(text);
      if (isLayer(layer)) return layer;
    } catch {
      // reported below
    }
    ctx.output.warn(`The stored facts (${layerUri.toString()}) are not readable; run GeoLens: Update Facts to fetch them again.`);
    return undefined;
  };

  const update = async (): Promise<UpdateFactsResult> => {
    const endpoint = vscode.workspace.getConfiguration('geolens').get<string>('facts.endpoint', 'https://query.wikidata.org/sparql');
    if (!/^https?:\/\/\S+$/.test(endpoint)) return { ok: false, message: vscode.l10n.t('geolens.facts.endpoint must be an http(s) URL; nothing was changed.') };
    const url = `${endpoint}${endpoint.includes('?') ? '&' : '?'}query=${encodeURIComponent(OFFICE_HOLDERS_QUERY)}&format=json`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/sparql-results+json' }, signal: controller.signal });
    } catch (error) {
      clearTimeout(timer);
      const why = controller.signal.aborted ? vscode.l10n.t('no answer within {0} seconds', TIMEOUT_MS / 1000) : error instanceof Error ? error.message : String(error);
      return { ok: false, message: vscode.l10n.t('GeoLens could not reach {0} ({1}); it may be offline. Nothing was changed.', endpoint, why) };
    }
    let text: string;
    try {
      if (response.status === 429) {
        const retry = response.headers.get('retry-after');
        return { ok: false, message: vscode.l10n.t('{0} is limiting requests (HTTP 429){1}. Nothing was changed; try again later.', endpoint, retry ? vscode.l10n.t('; it asks to wait {0} seconds', retry) : '') };
      }
      if (!response.ok) return { ok: false, message: vscode.l10n.t('{0} answered HTTP {1}. Nothing was changed.', endpoint, response.status) };
      const length = Number(response.headers.get('content-length') ?? '0');
      if (length > MAX_ANSWER_BYTES) return { ok: false, message: vscode.l10n.t('{0} sent {1} bytes, far more than a list of office holders. Nothing was changed.', endpoint, length) };
      text = await response.text();
    } finally {
      clearTimeout(timer);
    }
    let holders: FactsLayer['holders'];
    let skipped: number;
    try {
      ({ holders, skipped } = readOfficeHolders(JSON.parse(text)));
    } catch (error) {
      const why = error instanceof FactsAnswerError ? error.message : vscode.l10n.t('the answer is not JSON');
      return { ok: false, message: vscode.l10n.t('The answer from {0} could not be used ({1}). Nothing was changed.', endpoint, why) };
    }
    const layer: FactsLayer = { fetched: new Date().toISOString().slice(0, 10), endpoint, holders };
    await vscode.workspace.fs.createDirectory(storage);
    await vscode.workspace.fs.writeFile(layerUri, new TextEncoder().encode(`${JSON.stringify(layer, null, 1)}\n`));
    await apply(layer);
    const countries = new Set(holders.map((h) => h.country)).size;
    const message = vscode.l10n.t('GeoLens facts updated: {0} heads of state and government of {1} countries from {2}, fetched {3}{4}.', holders.length, countries, endpoint, layer.fetched, skipped > 0 ? vscode.l10n.t(' ({0} rows left out as incomplete)', skipped) : '');
    ctx.output.info(message);
    return { ok: true, message, holders: holders.length };
  };

  const command = vscode.commands.registerCommand('geolens.updateFacts', async (): Promise<UpdateFactsResult> => {
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('GeoLens: updating facts from Wikidata') }, update);
    if (result.ok) void vscode.window.showInformationMessage(result.message);
    else {
      ctx.output.warn(result.message);
      void vscode.window.showWarningMessage(result.message);
    }
    return result;
  });

  // At start: the layer fetched before, and a weekly refresh when the user allowed it.
  void (async () => {
    const stored = await loadStored();
    if (stored) await apply(stored);
    const weekly = vscode.workspace.getConfiguration('geolens').get<boolean>('facts.weeklyRefresh', false);
    if (weekly && (!stored || Date.now() - Date.parse(stored.fetched) > WEEK_MS)) {
      const result = await update().catch((error: unknown) => ({ ok: false, message: String(error) }));
      if (!result.ok) ctx.output.warn(result.message);
    }
  })();

  return [command];
}
