// GeoLens: Update Facts against a local HTTP server that serves recorded answers, the failures
// included. The Node extension host starts the server itself; the browser host has no server of its
// own and reaches the one the harness starts (its address in GEOLENS_FACTS_SERVER, see runWeb.mjs).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GeoLensApi } from '../../src/extension';
import type { UpdateFactsResult } from '../../src/vscode/features/facts';
import { startFactsServer } from '../harness/factsRoutes.mjs';
import { geolens } from './helpers';

type NodeHttp = typeof import('node:http');

async function api(): Promise<GeoLensApi> {
  return (await geolens().activate()) as GeoLensApi;
}

declare const GEOLENS_FACTS_SERVER: string | undefined;

suite('Update Facts', () => {
  let base = '';
  let close = (): void => undefined;
  const config = () => vscode.workspace.getConfiguration('geolens');

  suiteSetup(async function () {
    await api();
    const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
    const http = host.process?.getBuiltinModule?.('node:http') as NodeHttp | undefined;
    if (http) {
      const answer = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(geolens().extensionUri, 'test', 'fixtures', 'facts', 'office-holders.json')));
      ({ base, close } = await startFactsServer(http, answer));
    }
    // The browser host: the harness's server, its address built into the test bundle.
    else base = typeof GEOLENS_FACTS_SERVER === 'string' ? GEOLENS_FACTS_SERVER : '';
    if (!base) this.skip();
  });

  suiteTeardown(async () => {
    await config().update('facts.endpoint', undefined, vscode.ConfigurationTarget.Global);
    const geo = await api();
    geo.annotations.facts = [];
    await geo.gazetteer.reload();
    close();
  });

  const run = async (route: string): Promise<UpdateFactsResult> => {
    await config().update('facts.endpoint', `${base}/${route}/sparql`, vscode.ConfigurationTarget.Global);
    return vscode.commands.executeCommand<UpdateFactsResult>('geolens.updateFacts');
  };

  test('offline, rate-limited, malformed and empty answers say so and change nothing', async () => {
    const geo = await api();
    const before = geo.annotations.facts;
    const cases: [string, RegExp][] = [
      ['down', /could not reach .* Nothing was changed/],
      ['limited', /limiting requests \(HTTP 429\); it asks to wait 30 seconds\. Nothing was changed/],
      ['garbage', /could not be used \(the answer is not JSON\)\. Nothing was changed/],
      ['empty', /could not be used \(the answer holds no usable row.*\)\. Nothing was changed/],
      ['missing', /answered HTTP 404\. Nothing was changed/],
    ];
    for (const [route, expected] of cases) {
      const result = await run(route);
      assert.equal(result.ok, false, route);
      assert.match(result.message, expected, `${route}: ${result.message}`);
      assert.equal(geo.annotations.facts, before, `${route}: the facts in use are unchanged`);
    }
  });

  test('a good answer becomes a dated layer: the country card names and cites the fresh office holders', async () => {
    const geo = await api();
    const result = await run('ok');
    assert.equal(result.ok, true, result.message);
    assert.equal(result.holders, 4);
    assert.match(result.message, /4 heads of state and government of 2 countries .* \(4 rows left out as incomplete\)/);
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Hungary and Chile signed the accord.' });
    await vscode.window.showTextDocument(document);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 2));
    const card = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/\\/g, '');
    assert.match(card, /Head of government:\*\* Péter Magyar/, card);
    assert.match(card, /Head of state:\*\* Zoltán Testnév — as of/, card);
    assert.ok(geo.annotations.facts.some((e) => e.origin?.startsWith('Wikidata, fetched')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
