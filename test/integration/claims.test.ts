import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GeoLensApi } from '../../src/extension';
import { DEFAULT_THRESHOLD, extractClaims } from '../../src/core/claims';
import { parseStore, reanchorDocument, setVerdict, addNote, serializeStore } from '../../src/core/notes/store';
import type { ClaimsNode } from '../../src/vscode/features/claimsTree';
import { FileNoteStore, type StoreLoadProblem } from '../../src/vscode/fileNoteStore';
import { resolveSettingPath } from '../../src/vscode/workspacePaths';
import { geolens, waitUntil, workspaceMarkdownFiles } from './helpers';

async function api(): Promise<GeoLensApi> {
  return (await geolens().activate()) as GeoLensApi;
}

async function openFile(name: string): Promise<vscode.TextEditor | undefined> {
  const file = (await workspaceMarkdownFiles()).find((uri) => uri.path.endsWith(`/${name}`));
  if (!file) return undefined;
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
}

/** The sample article open, with its claims extracted: the API, the editor and the store key. */
async function sampleWithClaims(): Promise<{ geo: GeoLensApi; editor: vscode.TextEditor; key: string }> {
  const geo = await api();
  const editor = await openFile('india-russia-defence-and-trade.md');
  assert.ok(editor);
  await vscode.commands.executeCommand('geolens.extractClaims');
  return { geo, editor, key: geo.claims.model.keyOf(editor.document.uri) };
}

/** Every change event of the Claims view from now on (undefined: the whole tree). */
function treeEvents(geo: GeoLensApi): { fired: (ClaimsNode | ClaimsNode[] | undefined)[]; dispose: () => void } {
  const fired: (ClaimsNode | ClaimsNode[] | undefined)[] = [];
  const listener = geo.claims.tree.onDidChangeTreeData((event) => fired.push(event ?? undefined));
  return { fired, dispose: () => listener.dispose() };
}

function claimNodes(geo: GeoLensApi, documentKey: string): (ClaimsNode & { type: 'claim' })[] {
  const tree = geo.claims.tree;
  const group = tree.getChildren().find((node) => node.type === 'group' && node.key === documentKey);
  assert.ok(group, `a group for ${documentKey}`);
  return tree.getChildren(group).filter((node): node is ClaimsNode & { type: 'claim' } => node.type === 'claim');
}

function labelsOf(geo: GeoLensApi, node: ClaimsNode): string[] {
  return geo.claims.tree.getChildren(node).map((child) => String(geo.claims.tree.getTreeItem(child).label));
}

suite('Claims', () => {
  suiteSetup(async () => {
    const geo = await api();
    await geo.claims.model.ready;
    await vscode.commands.executeCommand('geolens.groupBy', 'document');
  });

  test('a claim that fails a figure check says so in the Claims view and in the JSON export', async () => {
    const geo = await api();
    const editor = await openFile('practice-figure-checks.md');
    assert.ok(editor);
    await vscode.commands.executeCommand('geolens.extractClaims');
    const key = geo.claims.model.keyOf(editor.document.uri);
    const traffic = claimNodes(geo, key).find((node) => geo.claims.model.claim(node.ref)?.text.includes('Container traffic'));
    assert.ok(traffic, 'the container-traffic claim is listed');
    const labels = labelsOf(geo, traffic);
    assert.ok(labels.some((l) => /^Check: \+15 % stated, but 400,000 to 520,000 is \+30 %/.test(l)), labels.join(' | '));
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? editor.document.uri, 'checks-export.json');
    await vscode.commands.executeCommand('geolens.exportClaims', 'json', target);
    const exported = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { documents: { file: string; claims: { text: string; checks?: { kind: string; message: string }[] }[] }[] };
    await vscode.workspace.fs.delete(target);
    const claim = exported.documents.find((d) => d.file === key)?.claims.find((c) => c.text.includes('Container traffic'));
    assert.deepEqual(claim?.checks?.map((c) => c.kind), ['change']);
  });

  test('Extract Claims on the sample article fills the tree with attributed claims', async () => {
    const geo = await api();
    const editor = await openFile('india-russia-defence-and-trade.md');
    assert.ok(editor);
    const claims = await vscode.commands.executeCommand<unknown[]>('geolens.extractClaims');
    assert.ok(claims.length >= 4, `${claims.length} claims`);
    const key = geo.claims.model.keyOf(editor.document.uri);
    const nodes = claimNodes(geo, key);
    assert.equal(nodes.length, claims.length);
    const texts = nodes.map((n) => geo.claims.model.claim(n.ref)?.text ?? '');
    const hundred = nodes[texts.findIndex((t) => t.includes('$100 billion by 2030'))];
    assert.ok(hundred, texts.join('\n'));
    assert.equal(geo.claims.model.claim(hundred.ref)?.speaker?.id, 'subrahmanyam-jaishankar');
    const details = labelsOf(geo, hundred);
    assert.ok(details.some((l) => l.startsWith('Speaker: Subrahmanyam Jaishankar')), details.join(' | '));
    // Beside the speaker: what the gazetteer says they are.
    const speakerItem = geo.claims.tree.getChildren(hundred).map((child) => geo.claims.tree.getTreeItem(child)).find((item) => String(item.label).startsWith('Speaker:'));
    assert.equal(speakerItem?.description, 'External Affairs Minister of India');
    assert.ok(details.some((l) => l.startsWith('Source: GeoLens Samples · by GeoLens Team · 14 February 2024')), details.join(' | '));
    assert.equal(geo.claims.tree.getParent(hundred)?.type, 'group', 'getParent works for reveal');
    assert.ok(geo.claims.view.badge && geo.claims.view.badge.value >= claims.length, 'badge counts unreviewed claims');
  });

  test('the seed article: speakers, source note, no boilerplate claims', async function () {
    const geo = await api();
    const editor = await openFile('seed-article.md');
    if (!editor) {
      console.warn('seed-article.md is not in the workspace (../shared/corpus absent): skipped');
      this.skip();
    }
    await vscode.commands.executeCommand('geolens.extractClaims');
    const key = geo.claims.model.keyOf(editor.document.uri);
    const stored = Object.values(geo.claims.model.store.documents[key].claims);
    const find = (needle: string) => {
      const claim = stored.find((c) => c.text.includes(needle));
      assert.ok(claim, `a claim containing "${needle}"`);
      return claim;
    };
    assert.equal(find('exceeded').speaker?.id, 'subrahmanyam-jaishankar');
    assert.equal(find('to \\$100 billion in the next few years').speaker?.name, 'Subrahmanyam Jaishankar');
    assert.equal(find('begin negotiations on a free trade agreement').speaker?.id, 'subrahmanyam-jaishankar');
    assert.equal(find('have been delayed due to Western sanctions').speaker?.id, 'indian-air-force');
    assert.equal(find('largest supplier of crude oil').speaker, null);
    assert.ok(!stored.some((c) => /share button|Disclaimer|copyrighted material|Newsletter/i.test(c.text)), 'no boilerplate claims');
    const source = geo.claims.model.store.documents[key].source;
    assert.equal(source.author, 'Ahmed Adel');
    assert.equal(source.publication, 'Global Research');
    assert.equal(source.date, '2023-12-28');
  });

  test('a note and a verdict survive a reload of the store and an edit above the claim', async () => {
    const geo = await api();
    const editor = await openFile('india-russia-defence-and-trade.md');
    assert.ok(editor);
    await vscode.commands.executeCommand('geolens.extractClaims');
    const key = geo.claims.model.keyOf(editor.document.uri);
    const node = claimNodes(geo, key).find((n) => geo.claims.model.claim(n.ref)?.text.includes('largest supplier'));
    assert.ok(node, 'the largest-supplier claim');
    await vscode.commands.executeCommand('geolens.addNote', node, 'Checked against the commerce ministry export-import data bank.');
    await vscode.commands.executeCommand('geolens.setVerdict', node, 'supported');

    // Reload the store from disk: what was saved is what comes back.
    await geo.claims.model.file.load();
    const reloaded = geo.claims.model.claim(node.ref);
    assert.equal(reloaded?.verdict, 'supported');
    assert.equal(reloaded?.notes[0]?.text, 'Checked against the commerce ministry export-import data bank.');

    // Edit text above the claim, save, and find the claim (with its note) where it now is.
    const before = geo.claims.model.locate(node.ref);
    assert.ok(before);
    // Below the front matter, which holds the source note.
    const heading = editor.document.positionAt(editor.document.getText().indexOf('# New Delhi'));
    await editor.edit((edit) => edit.insert(heading, 'A new line written above the claim.\n\n'));
    await editor.document.save();
    await waitUntil(() => (geo.claims.model.claim(node.ref)?.anchor.position.start ?? 0) > editor.document.offsetAt(before.range.start));
    const after = geo.claims.model.locate(node.ref);
    assert.ok(after);
    assert.equal(after.range.start.line, before.range.start.line + 2);
    assert.equal(editor.document.getText(after.range), reloaded?.text);
    assert.equal(geo.claims.model.claim(node.ref)?.notes.length, 1);

    // Re-extracting keeps the note and verdict.
    await vscode.commands.executeCommand('geolens.extractClaims');
    assert.equal(geo.claims.model.claim(node.ref)?.verdict, 'supported');

    // Undo the edit so other suites see the sample as written.
    await editor.edit((edit) => edit.delete(new vscode.Range(heading, heading.translate(2))));
    await editor.document.save();
  });

  test('grouping by speaker and verdict, and filtering', async () => {
    const geo = await api();
    await vscode.commands.executeCommand('geolens.groupBy', 'speaker');
    const speakers = geo.claims.tree.getChildren().map((g) => (g.type === 'group' ? g.label : ''));
    assert.ok(speakers.includes('Subrahmanyam Jaishankar'), speakers.join(', '));
    assert.ok(speakers.includes('The author'), speakers.join(', '));
    await vscode.commands.executeCommand('geolens.groupBy', 'verdict');
    assert.ok(geo.claims.tree.getChildren().some((g) => g.type === 'group' && g.key === 'supported'));
    await vscode.commands.executeCommand('geolens.filterClaims', 'verdict:supported');
    assert.deepEqual(geo.claims.tree.getChildren().map((g) => g.type === 'group' && g.key), ['supported']);
    await vscode.commands.executeCommand('geolens.clearFilter');
    await vscode.commands.executeCommand('geolens.groupBy', 'document');
    assert.equal(geo.claims.tree.grouping, 'document');
  });

  test('renaming an article moves its claims, notes and verdicts with it', async () => {
    const geo = await api();
    const sample = (await workspaceMarkdownFiles()).find((uri) => uri.path.endsWith('/india-russia-defence-and-trade.md'));
    assert.ok(sample);
    const first = vscode.Uri.joinPath(sample, '..', 'to-be-renamed.md');
    const second = vscode.Uri.joinPath(sample, '..', 'renamed.md');
    await vscode.workspace.fs.copy(sample, first, { overwrite: true });
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    await vscode.commands.executeCommand('geolens.extractClaims');
    const firstKey = geo.claims.model.keyOf(first);
    const [claimId] = Object.keys(geo.claims.model.store.documents[firstKey].claims);
    await vscode.commands.executeCommand('geolens.addNote', { key: firstKey, id: claimId }, 'Note that must follow the file.');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(first, second);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const secondKey = geo.claims.model.keyOf(second);
    await waitUntil(() => geo.claims.model.store.documents[secondKey] !== undefined);
    assert.equal(geo.claims.model.store.documents[firstKey], undefined);
    assert.equal(geo.claims.model.claim({ key: secondKey, id: claimId })?.notes[0]?.text, 'Note that must follow the file.');
    void editor;
    await vscode.workspace.fs.delete(second);
  });

  test('renaming a folder moves the claims, notes and verdicts of the articles in it', async () => {
    const geo = await api();
    const sample = (await workspaceMarkdownFiles()).find((uri) => uri.path.endsWith('/india-russia-defence-and-trade.md'));
    assert.ok(sample);
    const folder = vscode.Uri.joinPath(sample, '..', 'drafts-to-rename');
    const renamed = vscode.Uri.joinPath(sample, '..', 'drafts-renamed');
    const inside = vscode.Uri.joinPath(folder, 'article.md');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.copy(sample, inside, { overwrite: true });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(inside));
    await vscode.commands.executeCommand('geolens.extractClaims');
    const oldKey = geo.claims.model.keyOf(inside);
    const [claimId] = Object.keys(geo.claims.model.store.documents[oldKey].claims);
    await vscode.commands.executeCommand('geolens.addNote', { key: oldKey, id: claimId }, 'Note that must follow the folder.');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(folder, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const newKey = geo.claims.model.keyOf(vscode.Uri.joinPath(renamed, 'article.md'));
    await waitUntil(() => geo.claims.model.store.documents[newKey] !== undefined);
    assert.equal(geo.claims.model.store.documents[oldKey], undefined);
    assert.equal(geo.claims.model.claim({ key: newKey, id: claimId })?.notes[0]?.text, 'Note that must follow the folder.');
    await vscode.workspace.fs.delete(renamed, { recursive: true });
  });

  test('exports every format from the store and imports the JSON back', async () => {
    const geo = await api();
    const editor = await openFile('india-russia-defence-and-trade.md');
    assert.ok(editor);
    await vscode.commands.executeCommand('geolens.extractClaims');
    const key = geo.claims.model.keyOf(editor.document.uri);
    const [first, second] = claimNodes(geo, key);
    await vscode.commands.executeCommand('geolens.setVerdict', first, 'disputed');
    await vscode.commands.executeCommand('geolens.addNote', first, 'Two sources disagree on the figure.');
    await vscode.commands.executeCommand('geolens.setVerdict', second, 'false');
    await vscode.commands.executeCommand('geolens.addNote', second, 'Contradicted by the ministry data.');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder);
    const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const out = (ext: string) => vscode.Uri.joinPath(folder, `.geolens-export-test.${ext}`);

    const md = await vscode.commands.executeCommand<vscode.Uri>('geolens.exportClaims', 'md', out('md'));
    assert.match(await read(md), /Two sources disagree on the figure\./);
    const csv = await read(await vscode.commands.executeCommand<vscode.Uri>('geolens.exportClaims', 'csv', out('csv')));
    assert.match(csv, /claim_id/);
    assert.match(csv, /disputed/);
    const review = JSON.parse(await read(await vscode.commands.executeCommand<vscode.Uri>('geolens.exportClaims', 'claimreview', out('claimreview.json'))));
    assert.ok(Array.isArray(review) && review.length >= 2, 'a ClaimReview per claim with a verdict');
    for (const item of review) {
      assert.equal(item['@type'], 'ClaimReview');
      assert.ok(item.claimReviewed && item.reviewRating?.alternateName && item.itemReviewed?.author);
    }
    const annotations = JSON.parse(await read(await vscode.commands.executeCommand<vscode.Uri>('geolens.exportClaims', 'webannotation', out('jsonld'))));
    assert.equal(annotations.type, 'AnnotationCollection');
    const jsonUri = await vscode.commands.executeCommand<vscode.Uri>('geolens.exportClaims', 'json', out('json'));
    const exported = JSON.parse(await read(jsonUri));
    assert.equal(exported.version, 1);

    // Lose the verdict and note, then import them back from the JSON export.
    await vscode.commands.executeCommand('geolens.setVerdict', first, 'unverified');
    const summary = await vscode.commands.executeCommand<{ verdictsSet: number }>('geolens.importClaims', jsonUri);
    assert.ok(summary && summary.verdictsSet >= 1);
    assert.equal(geo.claims.model.claim(first.ref)?.verdict, 'disputed');
    assert.equal(geo.claims.model.claim(first.ref)?.notes.filter((n) => n.text === 'Two sources disagree on the figure.').length, 1, 'no duplicate notes');
    for (const ext of ['md', 'csv', 'claimreview.json', 'jsonld', 'json']) await vscode.workspace.fs.delete(out(ext));
  });

  test('Extract Claims from Workspace reads every article and saves once', async () => {
    const geo = await api();
    const claims = await vscode.commands.executeCommand<unknown[]>('geolens.extractClaimsWorkspace');
    assert.ok(claims.length > 0);
    const keys = Object.keys(geo.claims.model.store.documents);
    for (const file of await workspaceMarkdownFiles()) {
      assert.ok(keys.includes(geo.claims.model.keyOf(file)), `${file.path} is in the store (${keys.join(', ')})`);
    }
  });

  test('a big document is extracted off the extension host (worker thread in Node) with the same claims', async function () {
    this.timeout(60_000);
    const geo = await api();
    const sample = (await workspaceMarkdownFiles()).find((uri) => uri.path.endsWith('/india-russia-defence-and-trade.md'));
    assert.ok(sample);
    const body = new TextDecoder().decode(await vscode.workspace.fs.readFile(sample)).replace(/^---[\s\S]*?\n---\n/, '');
    let text = '';
    for (let i = 0; text.length < 150_000; i++) text += body.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + (i % 7))) + '\n\n';
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(document);
    const before = geo.offload.completed;
    const claims = await vscode.commands.executeCommand<{ id: string; start: number }[]>('geolens.extractClaims');
    const nodeHost = typeof (globalThis as { process?: { getBuiltinModule?: unknown } }).process?.getBuiltinModule === 'function';
    assert.equal(geo.offload.available, nodeHost, 'a worker thread in the Node host, none in the browser');
    assert.equal(geo.offload.completed > before, nodeHost, 'the worker extracted the claims');
    const expected = extractClaims(text, geo.annotations.index, { threshold: vscode.workspace.getConfiguration('geolens').get('claims.threshold', DEFAULT_THRESHOLD) }).claims.filter((c) => c.checkWorthy);
    assert.ok(expected.length > 50, `${expected.length} claims expected`);
    assert.deepEqual(claims.map((c) => `${c.id}@${c.start}`), expected.map((c) => `${c.id}@${c.start}`));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Copy as Citation puts quote, speaker and source on the clipboard', async () => {
    const geo = await api();
    const editor = await openFile('india-russia-defence-and-trade.md');
    assert.ok(editor);
    const key = geo.claims.model.keyOf(editor.document.uri);
    const node = claimNodes(geo, key).find((n) => geo.claims.model.claim(n.ref)?.speaker?.id === 'subrahmanyam-jaishankar');
    assert.ok(node);
    const citation = await vscode.commands.executeCommand<string>('geolens.copyCitation', node);
    assert.match(citation, /^“.+” — Subrahmanyam Jaishankar\. GeoLens Samples, by GeoLens Team, 14 February 2024\. https:\/\/example\.org\//);
  });

  test('an unreadable store is backed up and reported, never overwritten in place', async () => {
    const geo = await api();
    const file = geo.claims.model.file;
    const original = await vscode.workspace.fs.readFile(file.uri);
    const folder = vscode.Uri.joinPath(file.uri, '..');
    const backups = async () => (await vscode.workspace.fs.readDirectory(folder)).filter(([name]) => name.includes('.corrupt-'));
    const before = (await backups()).length;
    // Nothing pending from earlier tests: this one is about a damaged file with no changes in memory.
    assert.ok(await geo.claims.model.flush());
    try {
      await vscode.workspace.fs.writeFile(file.uri, new TextEncoder().encode('{ "version": 1, "documents": [ this is not json'));
      await file.load();
      const after = await backups();
      assert.equal(after.length, before + 1, 'one backup of the damaged file');
      const backup = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, after[after.length - 1][0])));
      assert.match(backup, /this is not json/, 'the backup holds the damaged text as it was');
      assert.equal(Object.keys(file.value.documents).length, 0, 'GeoLens goes on with an empty store');
    } finally {
      await vscode.workspace.fs.writeFile(file.uri, original);
      await file.load();
    }
    assert.ok(Object.keys(file.value.documents).length > 0, 'the original store is back');
  });

  test('a verdict change refreshes only its claim in the view, and the groups it moves between', async () => {
    const { geo, key } = await sampleWithClaims();
    const { tree } = geo.claims;
    const { fired, dispose } = treeEvents(geo);
    try {
      // By document: the claim's own item, nothing else (the view had refetched every group before).
      const [first, second] = claimNodes(geo, key);
      const groupBefore = tree.getTreeItem(tree.getParent(first) as ClaimsNode);
      await vscode.commands.executeCommand('geolens.setVerdict', first, 'unverified');
      fired.length = 0;
      await vscode.commands.executeCommand('geolens.setVerdict', first, 'opinion');
      assert.deepEqual(fired, [[first]], 'one event, for the claim node itself');
      assert.equal(claimNodes(geo, key)[0], first, 'the same node object');
      assert.match(String(tree.getTreeItem(first).description), /Opinion/);
      assert.equal(tree.getTreeItem(tree.getParent(first) as ClaimsNode).id, groupBefore.id, 'group ids stay');

      fired.length = 0;
      await vscode.commands.executeCommand('geolens.addNote', second, 'A note refreshes the claim, not the tree.');
      assert.deepEqual(fired, [[second]]);
      assert.ok(tree.getChildren(second).some((n) => n.type === 'note'));

      // By verdict: the claim leaves one group and joins another; those two groups are refreshed.
      await vscode.commands.executeCommand('geolens.setVerdict', first, 'unverified');
      await vscode.commands.executeCommand('geolens.setVerdict', second, 'supported');
      await vscode.commands.executeCommand('geolens.groupBy', 'verdict');
      const groups = () => tree.getChildren().filter((g): g is ClaimsNode & { type: 'group' } => g.type === 'group');
      const unverified = groups().find((g) => g.key === 'unverified');
      const supported = groups().find((g) => g.key === 'supported');
      assert.ok(unverified && supported);
      const unverifiedCount = unverified.refs.length;
      const supportedCount = supported.refs.length;
      const ids = groups().map((g) => tree.getTreeItem(g).id);
      fired.length = 0;
      await vscode.commands.executeCommand('geolens.setVerdict', first.ref, 'supported');
      assert.equal(fired.length, 1);
      assert.ok(Array.isArray(fired[0]), `a list of nodes, not the whole tree: ${JSON.stringify(fired[0])}`);
      assert.deepEqual(new Set(fired[0]), new Set([unverified, supported]), 'exactly the two groups whose counts changed');
      assert.equal(unverified.refs.length, unverifiedCount - 1);
      assert.equal(supported.refs.length, supportedCount + 1);
      assert.deepEqual(groups().map((g) => tree.getTreeItem(g).id), ids, 'the groups and their ids are the same');
      const moved = tree.getChildren(supported).find((n) => n.type === 'claim' && n.ref.id === first.ref.id);
      assert.ok(moved, 'the claim is listed under Supported');
      assert.equal(tree.getTreeItem(moved).id, `claim:supported:${key}:${first.ref.id}`);
      // Its order among the group's claims is document order, as a full refresh would give.
      const incremental = tree.getChildren(supported).map((n) => n.type === 'claim' && `${n.ref.key}/${n.ref.id}`);
      tree.refresh();
      const rebuilt = tree.getChildren().find((g) => g.type === 'group' && g.key === 'supported');
      assert.ok(rebuilt);
      assert.deepEqual(tree.getChildren(rebuilt).map((n) => n.type === 'claim' && `${n.ref.key}/${n.ref.id}`), incremental);
    } finally {
      dispose();
      await vscode.commands.executeCommand('geolens.groupBy', 'document');
    }
  });

  test('typing above claims refreshes only those claims in the view, not the whole tree', async () => {
    const { geo, editor, key } = await sampleWithClaims();
    const { model } = geo.claims;
    const before = claimNodes(geo, key).map((n) => model.claim(n.ref)?.anchor.position.start ?? -1);
    const { fired, dispose } = treeEvents(geo);
    try {
      // Above every claim: each one moves, none changes its order.
      const firstStart = Math.min(...before);
      await editor.edit((edit) => edit.insert(editor.document.positionAt(firstStart), 'Inserted while typing. '));
      await waitUntil(() => claimNodes(geo, key).every((n, i) => (model.claim(n.ref)?.anchor.position.start ?? -1) === before[i] + 'Inserted while typing. '.length));
      assert.ok(fired.length > 0, 'the view was told');
      assert.ok(fired.every((event) => Array.isArray(event) && event.every((node) => node.type === 'claim')), `claim nodes only, never the whole tree: ${fired.map((e) => (Array.isArray(e) ? `${e.length} nodes` : String(e))).join(', ')}`);
    } finally {
      dispose();
      await vscode.commands.executeCommand('undo');
      // The claims move back after the undo; the next test must not see that move land mid-test
      // (it did: a re-anchoring after the burst test's flush left a write pending).
      await waitUntil(() => claimNodes(geo, key).every((n, i) => (model.claim(n.ref)?.anchor.position.start ?? -1) === before[i]));
    }
  });

  test('typing between and inside claims re-anchors them from the edits, as a search of the whole text would, without reading it', async () => {
    const { geo, editor, key } = await sampleWithClaims();
    const { model } = geo.claims;
    const starts = () => claimNodes(geo, key).map((n) => model.claim(n.ref)?.anchor.position.start ?? -1);
    const original = starts();
    const first = Math.min(...original);
    try {
      // A first edit: the anchors are checked against the whole text once, after an extraction.
      const before = starts();
      await editor.edit((edit) => edit.insert(editor.document.positionAt(first), 'One. '));
      await waitUntil(() => starts().every((s, i) => s === before[i] + 5));
      const anchored = model.store;
      const reads = model.wholeTextReads;
      // Then typing: a word in the middle of the first claim, a line between two others.
      const claims = claimNodes(geo, key).map((n) => model.claim(n.ref)!).sort((a, b) => a.anchor.position.start - b.anchor.position.start);
      const inside = claims[0].anchor.position.start + Math.floor(claims[0].text.length / 2);
      const between = claims[2].anchor.position.end + 1;
      await editor.edit((edit) => {
        edit.insert(editor.document.positionAt(inside), 'very ');
        edit.insert(editor.document.positionAt(between), 'A line typed between claims. ');
      });
      const text = editor.document.getText();
      const expected = reanchorDocument(anchored, key, text).documents[key].claims;
      await waitUntil(() => JSON.stringify(model.store.documents[key]?.claims) === JSON.stringify(expected));
      assert.deepEqual(model.store.documents[key].claims, expected);
      assert.equal(model.wholeTextReads, reads, 'every claim found where the edits moved it: the document\'s text never built');
      assert.ok(model.claim({ key, id: Object.keys(expected).find((id) => expected[id].anchor.position.start === claims[0].anchor.position.start)! })?.text.includes('very '));
    } finally {
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('undo');
      // Back where they were, re-anchored: the next test must not see that re-anchoring land mid-test.
      await waitUntil(() => starts().every((s, i) => s === original[i]));
    }
  });

  test('re-anchoring after typing in a document with CR LF line ends matches a search of its whole text', async function () {
    this.timeout(30_000);
    const geo = await api();
    const { model } = geo.claims;
    const sample = (await workspaceMarkdownFiles()).find((uri) => uri.path.endsWith('/india-russia-defence-and-trade.md'));
    assert.ok(sample);
    const body = new TextDecoder().decode(await vscode.workspace.fs.readFile(sample)).replace(/\r?\n/g, '\r\n');
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: body });
    const editor = await vscode.window.showTextDocument(document);
    try {
      assert.equal(document.eol, vscode.EndOfLine.CRLF);
      await model.extractAll([{ uri: document.uri, text: document.getText() }]);
      const key = model.keyOf(document.uri);
      const starts = () => Object.values(model.store.documents[key]?.claims ?? {}).map((c) => c.anchor.position.start).sort((a, b) => a - b);
      const before = starts();
      assert.ok(before.length > 3, `${before.length} claims`);
      await editor.edit((edit) => edit.insert(document.positionAt(before[0]), 'One. '));
      await waitUntil(() => starts()[0] === before[0] + 5);
      const anchored = model.store;
      // Typing at offsets next to line ends (just after a claim: maybe between its CR and LF), a new
      // line, and a word inside a claim.
      const claims = Object.values(anchored.documents[key].claims).sort((a, b) => a.anchor.position.start - b.anchor.position.start);
      // A claim ending at a line end: text typed right after it so that its suffix (32 characters)
      // ends between the CR and the LF, where an editor position cannot stand.
      const text = document.getText();
      const atLineEnd = claims.find((c) => c.anchor.position.start > claims[3].anchor.position.end && text.startsWith('\r\n', c.anchor.position.end));
      assert.ok(atLineEnd, 'a claim that ends a line');
      await editor.edit((edit) => {
        edit.insert(document.positionAt(claims[1].anchor.position.end + 1), 'Typed. ');
        edit.insert(document.positionAt(claims[2].anchor.position.start), 'A new line.\r\n');
        edit.insert(document.positionAt(claims[3].anchor.position.start + 4), 'very ');
        edit.insert(document.positionAt(atLineEnd.anchor.position.end), ' and 31 characters typed here..');
      });
      const expected = reanchorDocument(anchored, key, document.getText()).documents[key].claims;
      await waitUntil(() => JSON.stringify(model.store.documents[key]?.claims) === JSON.stringify(expected));
      assert.deepEqual(model.store.documents[key].claims, expected);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('a note added while Extract Claims runs is kept, in the view and in the file', async function () {
    this.timeout(60_000);
    const geo = await api();
    const { model } = geo.claims;
    // Big enough for the worker thread (Node host): the extraction takes a while, and a note is added meanwhile.
    const sample = (await workspaceMarkdownFiles()).find((uri) => uri.path.endsWith('/india-russia-defence-and-trade.md'));
    assert.ok(sample);
    const body = new TextDecoder().decode(await vscode.workspace.fs.readFile(sample)).replace(/^---[\s\S]*?\n---\n/, '');
    let text = '';
    for (let i = 0; text.length < 150_000; i++) text += body.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + (i % 5))) + '\n\n';
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(document);
    try {
      await model.extractAll([{ uri: document.uri, text }]);
      const key = model.keyOf(document.uri);
      const ref = claimNodes(geo, key)[0].ref;
      const note = `Typed while extracting ${Date.now()}`;
      const running = model.extractAll([{ uri: document.uri, text }]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await model.addNote(ref, note);
      await running;
      assert.ok(model.claim(ref)?.notes.some((n) => n.text === note), 'in the store');
      await model.flush();
      const onDisk = parseStore(new TextDecoder().decode(await vscode.workspace.fs.readFile(model.file.uri)));
      assert.ok(!('error' in onDisk));
      assert.ok(onDisk.store.documents[key].claims[ref.id].notes.some((n) => n.text === note), 'in the file');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('a burst of verdict changes reaches the store file once flushed', async () => {
    const { geo, key } = await sampleWithClaims();
    const { model } = geo.claims;
    const nodes = claimNodes(geo, key);
    const verdicts = ['supported', 'disputed', 'false', 'opinion'] as const;
    for (const [i, node] of nodes.slice(0, verdicts.length).entries()) await vscode.commands.executeCommand('geolens.setVerdict', node, verdicts[i]);
    assert.ok(await model.flush());
    assert.equal(model.file.hasPendingWrite, false);
    const parsed = parseStore(new TextDecoder().decode(await vscode.workspace.fs.readFile(model.file.uri)));
    assert.ok('store' in parsed);
    for (const [i, node] of nodes.slice(0, verdicts.length).entries()) assert.equal(parsed.store.documents[key].claims[node.ref.id].verdict, verdicts[i]);
    for (const node of nodes.slice(0, verdicts.length)) await vscode.commands.executeCommand('geolens.setVerdict', node, 'unverified');
    await model.flush();
  });

  suite('the store file', () => {
    const decoder = new TextDecoder();
    let uri: vscode.Uri;
    let initial = '';

    setup(async () => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      assert.ok(folder);
      uri = vscode.Uri.joinPath(folder, '.geolens', `store-test-${Date.now().toString(36)}.json`);
      const geo = await api();
      await geo.claims.model.ready;
      // A copy of the real store (with claims), written before the test store reads it.
      initial = serializeStore(geo.claims.model.store);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(initial));
    });

    teardown(async () => {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    });

    /** A store whose timer never fires during the test: only flush and dispose write. */
    const openStore = async () => {
      const problems: string[] = [];
      const store = new FileNoteStore(uri, (p) => problems.push(p.message), { delayMs: 3_600_000, maxDelayMs: 3_600_000 });
      await store.load();
      return { store, problems };
    };
    /** The document with the most claims in the copied store. */
    const firstClaim = (store: FileNoteStore) => {
      const docs = store.value.documents;
      const key = Object.keys(docs).reduce((best, k) => (Object.keys(docs[k].claims).length > Object.keys(docs[best]?.claims ?? {}).length ? k : best), '');
      const ids = key ? Object.keys(docs[key].claims) : [];
      assert.ok(ids.length >= 2, 'the copied store has claims');
      return { key, ids };
    };
    const onDisk = async () => {
      const parsed = parseStore(decoder.decode(await vscode.workspace.fs.readFile(uri)));
      assert.ok('store' in parsed);
      return parsed.store;
    };

    test('disposing it (deactivation) writes the change still pending', async () => {
      const { store } = await openStore();
      const { key, ids } = firstClaim(store);
      const verdict = store.value.documents[key].claims[ids[0]].verdict === 'false' ? 'opinion' : 'false';
      store.update(setVerdict(store.value, key, ids[0], verdict));
      assert.ok(store.hasPendingWrite);
      assert.notEqual((await onDisk()).documents[key].claims[ids[0]].verdict, verdict, 'not written before dispose');
      store.dispose();
      const host = globalThis as { process?: { getBuiltinModule?: unknown } };
      if (typeof host.process?.getBuiltinModule === 'function') {
        // Node extension host: written before dispose() returned (deactivation does not wait for promises).
        assert.equal((await onDisk()).documents[key].claims[ids[0]].verdict, verdict);
      } else {
        // The write is under way: between its steps (temporary file, rename) the file may be missing.
        await waitUntil(() => onDisk().then((onFile) => onFile.documents[key].claims[ids[0]].verdict === verdict, () => false));
      }
      assert.deepEqual((await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(uri, '..'))).filter(([name]) => name.endsWith('.tmp')), [], 'no temporary file left');
    });

    test('a store that exists but cannot be read is read-only: never written over, and Retry reads it', async () => {
      // A folder where the file should be: it exists, and reading it fails (in both hosts, as root too).
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      await vscode.workspace.fs.createDirectory(uri);
      const keep = vscode.Uri.joinPath(uri, 'keep.txt');
      await vscode.workspace.fs.writeFile(keep, new TextEncoder().encode('precious'));
      const problems: StoreLoadProblem[] = [];
      const store = new FileNoteStore(uri, (p) => problems.push(p), { delayMs: 3_600_000, maxDelayMs: 3_600_000 });
      try {
        await store.load();
        assert.equal(store.isReadOnly, true);
        assert.ok(problems.some((p) => p.retry && /cannot be read/.test(p.message)), JSON.stringify(problems.map((p) => p.message)));
        const parsed = parseStore(initial);
        assert.ok('store' in parsed);
        store.update(parsed.store);
        await assert.rejects(store.flush());
        assert.equal(decoder.decode(await vscode.workspace.fs.readFile(keep)), 'precious', 'nothing was replaced');
        // Fixed: the folder is gone, Retry makes the store writable and saves what was kept in memory.
        await vscode.workspace.fs.delete(uri, { recursive: true });
        assert.equal(await store.retry(), true);
        await store.flush();
        assert.deepEqual(Object.keys((await onDisk()).documents).sort(), Object.keys(parsed.store.documents).sort());
      } finally {
        store.dispose();
        await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
      }
    });

    test('a store written by a newer GeoLens is shown read-only and never overwritten', async () => {
      const newer = JSON.parse(initial) as { version: number };
      newer.version = 99;
      const text = JSON.stringify(newer, null, 2);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      const problems: StoreLoadProblem[] = [];
      const store = new FileNoteStore(uri, (p) => problems.push(p), { delayMs: 3_600_000, maxDelayMs: 3_600_000 });
      try {
        await store.load();
        assert.equal(store.isReadOnly, true);
        assert.ok(Object.keys(store.value.documents).length > 0, 'its claims are shown');
        assert.ok(problems.some((p) => /newer GeoLens/.test(p.message)));
        const { key, ids } = firstClaim(store);
        store.update(setVerdict(store.value, key, ids[0], 'opinion'));
        await assert.rejects(store.flush());
        assert.equal(decoder.decode(await vscode.workspace.fs.readFile(uri)), text, 'the file is as it was');
        const backups = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(uri, '..'))).filter(([name]) => name.startsWith(uri.path.split('/').pop() ?? '-') && name.includes('.corrupt-'));
        assert.deepEqual(backups, [], 'and not backed up as if damaged');
      } finally {
        store.dispose();
      }
    });

    test('two stores on one file (two windows) keep both windows\' notes', async () => {
      const one = await openStore();
      const two = await openStore();
      try {
        const { key, ids } = firstClaim(one.store);
        one.store.update(addNote(one.store.value, key, ids[0], 'Written in window one.'));
        two.store.update(addNote(two.store.value, key, ids[0], 'Written in window two.'));
        await Promise.all([one.store.flush(), two.store.flush()]);
        const notes = (await onDisk()).documents[key].claims[ids[0]].notes.map((n) => n.text);
        assert.ok(notes.includes('Written in window one.') && notes.includes('Written in window two.'), notes.join(' | '));
        assert.deepEqual((await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(uri, '..'))).filter(([name]) => name.endsWith('.tmp') || name.endsWith('.lock')), [], 'no temporary file or lock left');
      } finally {
        one.store.dispose();
        two.store.dispose();
      }
    });

    test('a store setting that leads outside the workspace is refused; a symbolic link out is never followed', async () => {
      const root = vscode.workspace.workspaceFolders?.[0]?.uri;
      assert.ok(root);
      const refused = resolveSettingPath('../../victim/.bashrc', root);
      assert.ok('error' in refused && /outside the workspace/.test(refused.error), JSON.stringify(refused));
      const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
      const nodeFs = host.process?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
      if (!nodeFs || root.scheme !== 'file') return; // the browser host cannot make a link to test with
      const victimDir = nodeFs.mkdtempSync(`${nodeFs.realpathSync('/tmp')}/geolens-victim-`);
      const victim = `${victimDir}/claims.json`;
      nodeFs.writeFileSync(victim, '# a private file outside the workspace\n');
      const link = vscode.Uri.joinPath(root, `.geolens-link-${Date.now().toString(36)}`);
      nodeFs.symlinkSync(victimDir, link.fsPath);
      const problems: StoreLoadProblem[] = [];
      const store = new FileNoteStore(vscode.Uri.joinPath(link, 'claims.json'), (p) => problems.push(p), { root, delayMs: 3_600_000, maxDelayMs: 3_600_000 });
      try {
        await store.load();
        assert.equal(store.isReadOnly, true);
        assert.ok(problems.some((p) => /symbolic link/.test(p.message)), JSON.stringify(problems.map((p) => p.message)));
        assert.ok(!problems.some((p) => p.message.includes('private file')), 'no message quotes the file');
        const parsed = parseStore(initial);
        assert.ok('store' in parsed);
        store.update(parsed.store);
        await assert.rejects(store.flush());
        store.dispose();
        assert.equal(nodeFs.readFileSync(victim, 'utf8'), '# a private file outside the workspace\n', 'the file outside is untouched');
        assert.deepEqual(nodeFs.readdirSync(victimDir), ['claims.json'], 'no backup, lock or temporary file was made there');
      } finally {
        store.dispose();
        nodeFs.rmSync(link.fsPath, { force: true });
        nodeFs.rmSync(victimDir, { recursive: true, force: true });
      }
    });

    test('a change made on disk meanwhile is merged, not overwritten', async () => {
      const { store, problems } = await openStore();
      try {
        const { key, ids } = firstClaim(store);
        const verdict = store.value.documents[key].claims[ids[0]].verdict === 'supported' ? 'opinion' : 'supported';
        store.update(setVerdict(store.value, key, ids[0], verdict));
        // Another window writes a note on another claim before this one's write.
        const other = parseStore(initial);
        assert.ok('store' in other);
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(serializeStore(addNote(other.store, key, ids[1], 'Written by the other window.'))));
        await store.flush();
        const saved = await onDisk();
        assert.equal(saved.documents[key].claims[ids[0]].verdict, verdict, 'this window\'s change');
        assert.equal(saved.documents[key].claims[ids[1]].notes.at(-1)?.text, 'Written by the other window.', 'the other window\'s change');
        assert.equal(store.value.documents[key].claims[ids[1]].notes.at(-1)?.text, 'Written by the other window.', 'and in memory');
        assert.deepEqual(problems, []);
      } finally {
        store.dispose();
      }
    });
  });
});
