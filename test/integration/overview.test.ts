import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GeoLensApi } from '../../src/extension';
import { geolens, waitUntil } from './helpers';

async function api(): Promise<GeoLensApi> {
  return (await geolens().activate()) as GeoLensApi;
}

const ARTICLE = [
  '---',
  'date: 2023-12-28',
  '---',
  '',
  'India and Russia signed the MTC 2021–2031 in December 2021. New Delhi said trade reached $50 billion this year, up from $12 billion.',
  '',
  'Exports grew 40% on 26 December 2023, said Jaishankar.',
  '',
].join('\n');

suite('Overview panel', () => {
  test('opens for a file whose name has a per cent sign', async () => {
    const geo = await api();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder);
    const file = vscode.Uri.joinPath(folder, 'zz-50% growth.md');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(ARTICLE));
    const renders: unknown[] = [];
    const listener = geo.overview.onDidRender((event) => renders.push(event));
    try {
      const document = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('geolens.showOverview');
      await waitUntil(() => renders.length > 0 && geo.overview.document === document);
    } finally {
      listener.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(file);
    }
  });

  test('draws the active article (map, timeline, money), follows edits, claims and the active editor, and exports SVG and PNG', async () => {
    const geo = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: ARTICLE });
    const editor = await vscode.window.showTextDocument(document);
    const renders: { version: number; sinceShow?: number }[] = [];
    const listener = geo.overview.onDidRender((event) => renders.push(event));
    try {
      await vscode.commands.executeCommand('geolens.showOverview');
      await waitUntil(() => renders.length > 0);
      assert.ok(renders[0].sinceShow !== undefined, 'the first drawing answers the command');
      assert.equal(geo.overview.document, document);
      const overview = geo.overview.overview;
      assert.ok(overview);
      const india = overview.countries.find((c) => c.id === 'ind');
      // "India … signed" and "New Delhi said": the government acting, both metonymic.
      assert.ok(india && india.literal.length === 0 && india.metonymic.length === 2, JSON.stringify(india));
      assert.ok(overview.places.some((p) => p.id === 'new-delhi'));
      assert.ok(overview.timeline.items.some((item) => item.start === '2021-01-01' && item.end === '2032-01-01'), 'the MTC period is a bar');
      assert.ok(overview.timeline.items.some((item) => item.start === '2023-12-26' && item.point));
      assert.deepEqual(overview.money.items.map((item) => item.usdHigh), [50e9, 12e9]);
      assert.equal(overview.percents[0].value, 40);

      // Export: the webview's own drawing, as a file a report can use.
      const svg = await geo.overview.exportChart('map', 'svg');
      assert.match(svg, /^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.ok(svg.length < 150_000, `${svg.length} characters`);
      assert.match(svg, /<title>India: 2 mentions/, svg.slice(svg.indexOf('India') - 300, svg.indexOf('India') + 100));
      assert.doesNotMatch(svg, /var\(--/, 'theme colours are written in, not CSS variables');
      const png = atob(await geo.overview.exportChart('timeline', 'png'));
      assert.equal(png.slice(1, 4), 'PNG');
      assert.ok(png.length > 2000, `${png.length} bytes`);

      // An edit shows after the debounce.
      const before = renders.length;
      await editor.edit((edit) => edit.insert(new vscode.Position(4, 0), 'Brazil watched. '));
      await waitUntil(() => renders.length > before && (geo.overview.overview?.countries.some((c) => c.id === 'bra') ?? false));

      // Extracted claims appear by verdict.
      await vscode.commands.executeCommand('geolens.extractClaims');
      await waitUntil(() => (geo.overview.overview?.claims.items.length ?? 0) > 0);
      assert.equal(geo.overview.overview?.claims.byVerdict.unverified, geo.overview.overview?.claims.items.length);

      // The panel follows the active editor.
      const other = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Japan and Kenya agreed.\n' });
      await vscode.window.showTextDocument(other, vscode.ViewColumn.One);
      await waitUntil(() => geo.overview.document === other && (geo.overview.overview?.countries.some((c) => c.id === 'jpn') ?? false));
    } finally {
      listener.dispose();
      // Untitled and edited: close without the "save?" dialog.
      for (const opened of vscode.workspace.textDocuments.filter((d) => d.isUntitled)) {
        await vscode.window.showTextDocument(opened);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
