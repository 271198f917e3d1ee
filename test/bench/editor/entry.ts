// The editor bench: runs inside a real VS Code extension host (test/bench/editor/run.mjs bundles
// this file with esbuild and passes it as extensionTestsPath), measures GeoLens the way a user meets
// it, and writes the numbers to a JSON file the runner prints. No assertions: it is a benchmark, and
// run() only rejects when it could not measure at all.
//
// What it measures, per document size (10 KB, 100 KB, 1 MB of article text):
//   open     showTextDocument → first decorations applied (decorations.onDidApply)
//   edit     one character inserted (editor.edit) → decorations applied again, 100 times; split into
//            the edit's round trip, the debounce (2 × the last redo, 50–400 ms) (plus any event-loop delay) and the work:
//            annotate (the call to annotations.annotations that computed the new version) + apply
//            (ranges + setDecorations, from that call's end to onDidApply)
//   memory   process.memoryUsage() of the extension host after each size
// and once: activation (the API's activationMs and the wall time of Extension.activate()), and the
// claims view at workspace scale (Extract Claims from Workspace over ~1,000 files, the tree provider's
// getChildren / getTreeItem / refresh, and a verdict change until the view has fetched it again and
// until the store file has it, grouped by document and by verdict).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import * as vscode from 'vscode';
import type { GeoLensApi } from '../../../src/extension';
import type { ClaimsNode } from '../../../src/vscode/features/claimsTree';
import type { RenderEvent } from '../../../src/vscode/features/overview';
import { AnnotateProbe, MethodProbe } from './probes';

/** Set by the runner (esbuild `define`): the JSON file that says what to measure. */
declare const GEOLENS_EDITOR_BENCH_CONFIG: string;

interface SizeConfig {
  label: string;
  bytes: number;
  /** Distinct files of this size (each opened once, so each open is uncached). */
  files: string[];
}

interface BenchConfig {
  resultsFile: string;
  sizes: SizeConfig[];
  keystrokes: number;
  /** Milliseconds between decorations applied and the next keystroke. */
  keystrokeGapMs: number;
  /** Keystrokes typed again on the largest size with geolens.hints.nearMiss off (0: not done). */
  nearMissOffKeystrokes: number;
  /** A small file opened and closed before the first measured open (cold workbench and markdown extension). */
  warmupFile: string | undefined;
  typedText: string;
  /** GeoLens: Show Overview on one article, `runs` times from closed: command to the webview's "rendered". */
  overview?: { file: string; runs: number; bundleBytes: number };
  claims:
    | {
        /** Small articles in the workspace. */
        files: number;
        folder: string;
      }
    | undefined;
}

const EXTENSION_ID = 'geolens.geolens';
const APPLY_TIMEOUT_MS = 15_000;

function say(message: string): void {
  console.log(`[editor-bench] ${message}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The extension host's heap after a full collection: the bench runs in the extension host, which
 * Node starts without --expose-gc; the flag can be set at run time and \`gc\` read from a new context.
 */
function collectedHeap(): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function memory() {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
}

interface Applied {
  at: number;
  version: number;
  /** The annotations() call decorations made just before firing (the last one for this document). */
  callStart: number | undefined;
  callEnd: number | undefined;
  ranges: number;
}

/**
 * Resolves at the first onDidApply for `uri` whose document version is at least `minVersion`, with
 * the time taken inside the listener (before anything else can run).
 */
function nextApply(api: GeoLensApi, probe: AnnotateProbe, uri: string, minVersion: number): Promise<Applied> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no decorations applied to ${uri} (version ≥ ${minVersion}) within ${APPLY_TIMEOUT_MS} ms`));
    }, APPLY_TIMEOUT_MS);
    const listener = api.decorations.onDidApply((editor) => {
      const at = performance.now();
      if (editor.document.uri.toString() !== uri || editor.document.version < minVersion) return;
      const call = probe.lastFor(uri);
      const applied = api.decorations.applied(editor);
      clearTimeout(timer);
      listener.dispose();
      resolve({
        at,
        version: editor.document.version,
        callStart: call?.start,
        callEnd: call?.end,
        ranges: applied ? Object.values(applied).reduce((n, list) => n + list.length, 0) : 0,
      });
    });
  });
}

/** The documents the bench edits (only these are reverted: other dirty documents are not ours). */
const benchFiles = new Set<string>();

async function closeEverything(): Promise<void> {
  // Edited documents are reverted first: closing a dirty editor would ask to save.
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || !benchFiles.has(document.uri.fsPath)) continue;
    try {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } catch (error) {
      say(`could not revert ${document.uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

interface OpenSample {
  file: string;
  chars: number;
  loadMs: number;
  showMs: number;
  firstDecorationsMs: number;
  /** showTextDocument called → decorations' annotations() call starts (VS Code telling the host the editor is visible). */
  notifiedMs: number | undefined;
  annotateMs: number | undefined;
  applyMs: number | undefined;
  ranges: number;
  /** The first decorations were the lines on screen read on their own (a long document). */
  provisional: boolean;
  /** showTextDocument called → the document's own decorations (the same as firstDecorationsMs when not provisional). */
  exactDecorationsMs: number;
}

async function measureOpen(api: GeoLensApi, probe: AnnotateProbe, file: string): Promise<{ sample: OpenSample; editor: vscode.TextEditor }> {
  const uri = vscode.Uri.file(file);
  const loadStart = performance.now();
  const document = await vscode.workspace.openTextDocument(uri);
  const loadMs = performance.now() - loadStart;
  const key = document.uri.toString();
  const applied = nextApply(api, probe, key, document.version);
  const t0 = performance.now();
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const showMs = performance.now() - t0;
  const done = await applied;
  const computed = probe.computedFor(key, done.version);
  // A long document's first highlights come from the lines on screen read on their own; the exact
  // ones follow when its reading in slices is done.
  const provisional = api.decorations.provisional(editor);
  const exactAt = provisional ? await exactApply(api, editor) : done.at;
  return {
    editor,
    sample: {
      file,
      chars: document.getText().length,
      loadMs,
      showMs,
      firstDecorationsMs: done.at - t0,
      notifiedMs: done.callStart !== undefined ? done.callStart - t0 : undefined,
      annotateMs: computed ? computed.end - computed.start : undefined,
      applyMs: done.callEnd !== undefined ? done.at - done.callEnd : undefined,
      ranges: done.ranges,
      provisional,
      exactDecorationsMs: exactAt - t0,
    },
  };
}

/** Resolves at the first onDidApply on `editor` that is not provisional (its time). */
function exactApply(api: GeoLensApi, editor: vscode.TextEditor): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no exact decorations on ${editor.document.uri.toString()} within ${APPLY_TIMEOUT_MS} ms`));
    }, APPLY_TIMEOUT_MS);
    const listener = api.decorations.onDidApply((applied) => {
      const at = performance.now();
      if (applied !== editor || api.decorations.provisional(editor)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(at);
    });
  });
}

interface EditSample {
  /** editor.edit() called → decorations applied (what the user waits for; includes the debounce). */
  rawMs: number;
  /** editor.edit() called → onDidChangeTextDocument in the extension host. */
  roundTripMs: number;
  /** Change event → decorations' annotations() call (the debounce, plus any event-loop delay). */
  waitMs: number;
  /** annotate for the new version (wherever it ran). */
  annotateMs: number;
  /** Ranges + setDecorations: the decorations call's end → onDidApply. */
  applyMs: number;
  /** annotate + apply: the extension's own work for one keystroke. */
  workMs: number;
  /** The annotate ran inside decorations' call (not earlier, in another feature). */
  annotatedByDecorations: boolean;
}

/** A place in the middle of the document: the end of the paragraph around the middle line. */
function midParagraphEnd(document: vscode.TextDocument): vscode.Position {
  let line = Math.floor(document.lineCount / 2);
  while (line < document.lineCount - 1 && document.lineAt(line + 1).text.trim() !== '') line++;
  while (line > 0 && document.lineAt(line).text.trim() === '') line--;
  return document.lineAt(line).range.end;
}

interface HostLoad {
  /** Event-loop utilisation of the extension host over the typing (0–1: the share of time it was busy). */
  elu: number;
  /** Event-loop delay (monitorEventLoopDelay, 10 ms resolution): p99 and max, ms. */
  delayP99Ms: number;
  delayMaxMs: number;
  durationMs: number;
}

async function measureTyping(api: GeoLensApi, probe: AnnotateProbe, editor: vscode.TextEditor, config: BenchConfig, keystrokes = config.keystrokes): Promise<{ samples: EditSample[]; load: HostLoad }> {
  const document = editor.document;
  const key = document.uri.toString();
  let position = midParagraphEnd(document);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  // The reveal may trigger nothing, but give the workbench a moment to settle after opening.
  await sleep(300);
  const changes = new Map<number, number>();
  const changeListener = vscode.workspace.onDidChangeTextDocument((event) => {
    if (event.document.uri.toString() === key && event.contentChanges.length > 0) changes.set(event.document.version, performance.now());
  });
  const samples: EditSample[] = [];
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const elu0 = performance.eventLoopUtilization();
  const started = performance.now();
  delay.enable();
  try {
    for (let i = 0; i < keystrokes; i++) {
      const ch = config.typedText[i % config.typedText.length];
      const expected = document.version + 1;
      const applied = nextApply(api, probe, key, expected);
      const t0 = performance.now();
      const ok = await editor.edit((builder) => builder.insert(position, ch), { undoStopBefore: false, undoStopAfter: false });
      if (!ok) throw new Error(`editor.edit refused keystroke ${i}`);
      position = position.translate(0, ch.length);
      const done = await applied;
      const changedAt = changes.get(done.version) ?? changes.get(expected) ?? t0;
      const computed = probe.computedFor(key, done.version);
      const annotateMs = computed ? computed.end - computed.start : 0;
      const applyMs = done.callEnd !== undefined ? done.at - done.callEnd : 0;
      const callStart = done.callStart ?? done.at;
      samples.push({
        rawMs: done.at - t0,
        roundTripMs: changedAt - t0,
        waitMs: (computed?.start ?? callStart) - changedAt,
        annotateMs,
        applyMs,
        workMs: annotateMs + applyMs,
        annotatedByDecorations: computed !== undefined && computed.start === done.callStart,
      });
      await sleep(config.keystrokeGapMs);
    }
  } finally {
    delay.disable();
    changeListener.dispose();
  }
  const elu = performance.eventLoopUtilization(elu0);
  return { samples, load: { elu: elu.utilization, delayP99Ms: delay.percentile(99) / 1e6, delayMaxMs: delay.max / 1e6, durationMs: performance.now() - started } };
}

interface ExtractionPass {
  /** Files in the workspace when the command ran. */
  files: number;
  documentsInStore: number;
  claims: number;
  totalMs: number;
  /** Writes of the store file (the command writes it once, at the end). */
  saveCalls: number;
  saveMsTotal: number;
  refreshCalls: number;
  refreshMsTotal: number;
  viewCalls: number;
  viewMs: number;
  /** Whether the Claims view was open (VS Code fetches its children after each refresh). */
  viewOpen: boolean;
  storeBytes: number | undefined;
  /** Every 10 s: documents in the store, and the time in view fetches so far. */
  progress: { s: number; documents: number; viewCalls: number; viewMs: number }[];
  complete: boolean;
}

interface ClaimsResult {
  files: number;
  passes: ExtractionPass[];
  rootGroups: number;
  getChildrenRootMs: number[];
  groupChildren: number;
  getChildrenGroupMs: number[];
  getTreeItemGroupMs: number[];
  refreshMs: number[];
  verdict: VerdictSample[];
  /** The same with the view grouped by verdict (the claim moves between two groups). */
  verdictByVerdict?: VerdictSample[];
}

interface VerdictSample {
  /** geolens.setVerdict until its promise resolved (what the view's inline action waits for). */
  commandMs: number;
  refreshMs: number;
  /** Until the view's last provider call after the change (undefined: the view fetched nothing). */
  refetchMs: number | undefined;
  providerCalls: number;
  providerMs: number;
  viewCalls: Record<string, number>;
  /** Until the store file held the change (the save delay included). */
  savedMs?: number;
}

function timeN(n: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function waitForQuiet(probe: MethodProbe, since: number, quietMs: number, maxMs: number): Promise<void> {
  const deadline = performance.now() + maxMs;
  for (;;) {
    const last = probe.calls.reduce((latest, call) => (call.start >= since ? Math.max(latest, call.start + call.ms) : latest), since);
    const now = performance.now();
    if (now - last >= quietMs || now > deadline) return;
    await sleep(25);
  }
}

function fileSize(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/** One run of Extract Claims from Workspace as shipped, timed from outside. */
async function extractionPass(api: GeoLensApi, files: number, viewOpen: boolean, report: (pass: ExtractionPass) => void): Promise<ExtractionPass> {
  const { model, tree } = api.claims;
  const file = model.file;
  const probe = new MethodProbe().wrap(tree, ['refresh', 'getChildren', 'getTreeItem'], 'tree').wrap(file, ['save', 'flush'], 'store');
  try {
    const t0 = performance.now();
    const progress: ExtractionPass['progress'] = [];
    const viewSince = () => probe.calls.filter((c) => c.start >= t0 && (c.name === 'tree.getChildren' || c.name === 'tree.getTreeItem'));
    const sum = (name: string) => probe.of(name, t0).reduce((n, c) => n + c.ms, 0);
    const snapshot = (extracted: unknown[], complete: boolean): ExtractionPass => {
      const view = viewSince();
      return {
        files,
        documentsInStore: Object.keys(model.store.documents).length,
        claims: extracted.length,
        totalMs: performance.now() - t0,
        saveCalls: probe.of('store.save', t0).length + probe.of('store.flush', t0).length,
        saveMsTotal: sum('store.save') + sum('store.flush'),
        refreshCalls: probe.of('tree.refresh', t0).length,
        refreshMsTotal: sum('tree.refresh'),
        viewCalls: view.length,
        viewMs: view.reduce((n, c) => n + c.ms, 0),
        viewOpen,
        storeBytes: fileSize(model.file.uri.fsPath),
        progress,
        complete,
      };
    };
    const ticker = setInterval(() => {
      const view = viewSince();
      progress.push({ s: (performance.now() - t0) / 1000, documents: Object.keys(model.store.documents).length, viewCalls: view.length, viewMs: view.reduce((n, c) => n + c.ms, 0) });
      report(snapshot([], false));
    }, 10_000);
    let extracted: unknown[];
    try {
      extracted = (await vscode.commands.executeCommand<unknown[]>('geolens.extractClaimsWorkspace')) ?? [];
    } finally {
      clearInterval(ticker);
    }
    const totalMs = performance.now() - t0;
    await waitForQuiet(probe, t0, 500, 10_000);
    const pass = { ...snapshot(extracted, true), totalMs, storeBytes: fileSize(model.file.uri.fsPath) };
    say(`claims: ${pass.claims} check-worthy claims, ${pass.documentsInStore} documents in the store, in ${(totalMs / 1000).toFixed(1)} s`);
    return pass;
  } finally {
    probe.dispose();
  }
}

async function measureClaims(api: GeoLensApi, config: NonNullable<BenchConfig['claims']>, save: (claims: ClaimsResult) => void): Promise<ClaimsResult> {
  const { model, tree } = api.claims;
  await model.ready;
  await vscode.commands.executeCommand('geolens.groupBy', 'document');
  // The view open, as a user watching it fill would have it: VS Code then fetches children on each refresh.
  await vscode.commands.executeCommand('geolens.claims.focus');
  await sleep(500);
  const result: ClaimsResult = { files: config.files, passes: [], rootGroups: 0, getChildrenRootMs: [], groupChildren: 0, getChildrenGroupMs: [], getTreeItemGroupMs: [], refreshMs: [], verdict: [] };

  // The command as shipped, with the view open as a user watching it fill would have it.
  const report = (pass: ExtractionPass) => save({ ...result, passes: [...result.passes, pass] });
  result.passes.push(await extractionPass(api, config.files, true, report));
  save(result);
  await sleep(1000);

  // The provider itself, called directly.
  const roots = tree.getChildren();
  result.rootGroups = roots.length;
  result.getChildrenRootMs = timeN(20, () => tree.getChildren());
  const biggest = roots.reduce<ClaimsNode | undefined>((best, node) => (node.type === 'group' && (!best || (best.type === 'group' && node.refs.length > best.refs.length)) ? node : best), undefined);
  if (biggest) {
    result.groupChildren = tree.getChildren(biggest).length;
    result.getChildrenGroupMs = timeN(20, () => tree.getChildren(biggest));
    result.getTreeItemGroupMs = timeN(20, () => {
      for (const child of tree.getChildren(biggest)) tree.getTreeItem(child);
    });
  }
  result.refreshMs = timeN(5, () => tree.refresh());
  // Let the view finish the fetches those refreshes caused before the verdicts change.
  await sleep(2000);

  // A verdict change, as from the view's inline action: tree refreshed, view refetches, store written.
  result.verdict = await measureVerdicts(api, 97);
  save(result);
  // The same grouped by verdict: the claim leaves Unverified for another group.
  await vscode.commands.executeCommand('geolens.groupBy', 'verdict');
  await sleep(1000);
  result.verdictByVerdict = await measureVerdicts(api, 89);
  await vscode.commands.executeCommand('geolens.groupBy', 'document');
  return result;
}

/**
 * Five verdict changes on claims spread over the workspace, each made visible in the view first (as
 * when the user clicks the inline action: its group is expanded, its item shown).
 */
async function measureVerdicts(api: GeoLensApi, stride: number): Promise<VerdictSample[]> {
  const { model, tree, view } = api.claims;
  const samples: VerdictSample[] = [];
  const refs = tree.visibleRefs();
  const verdicts = ['supported', 'disputed', 'false', 'opinion', 'unverified'] as const;
  for (let i = 0; i < verdicts.length && refs.length > 0; i++) {
    const ref = refs[(i * stride) % refs.length];
    const node = tree.nodeFor(ref);
    if (node) {
      const revealProbe = new MethodProbe().wrap(tree, ['getChildren', 'getTreeItem'], 'tree');
      const t = performance.now();
      await view.reveal(node, { select: false, focus: false, expand: false }).then(undefined, () => undefined);
      await waitForQuiet(revealProbe, t, 300, 5_000);
      revealProbe.dispose();
    }
    const viewProbe = new MethodProbe().wrap(tree, ['refresh', 'getChildren', 'getTreeItem'], 'tree');
    try {
      const t = performance.now();
      await vscode.commands.executeCommand('geolens.setVerdict', ref, verdicts[i]);
      const commandMs = performance.now() - t;
      await model.file.whenSaved();
      const savedMs = performance.now() - t;
      await waitForQuiet(viewProbe, t, 500, 15_000);
      const viewCalls = viewProbe.calls.filter((c) => c.name !== 'tree.refresh');
      const lastViewCall = viewCalls.reduce((latest, c) => Math.max(latest, c.start + c.ms), t);
      const counts: Record<string, number> = {};
      for (const c of viewCalls) counts[c.name.replace('tree.', '')] = (counts[c.name.replace('tree.', '')] ?? 0) + 1;
      samples.push({
        commandMs,
        refreshMs: viewProbe.of('tree.refresh').reduce((n, c) => n + c.ms, 0),
        refetchMs: viewCalls.length > 0 ? lastViewCall - t : undefined,
        providerCalls: viewCalls.length,
        providerMs: viewCalls.reduce((n, c) => n + c.ms, 0),
        viewCalls: counts,
        savedMs,
      });
    } finally {
      viewProbe.dispose();
    }
    await sleep(300);
  }
  const med = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
  say(`verdict changes (${tree.grouping}): command ${samples.map((v) => v.commandMs.toFixed(1)).join(', ')} ms (median ${med(samples.map((v) => v.commandMs))?.toFixed(1)}); in the file after ${samples.map((v) => (v.savedMs ?? NaN).toFixed(0)).join(', ')} ms; view calls ${samples.map((v) => v.providerCalls).join(', ')}`);
  return samples;
}

/**
 * First paint of the overview: from running the command (panel closed) to the webview's message
 * that it has drawn, which it sends the frame after building the page; `drawMs` is the webview's
 * own share (receiving the data to drawn).
 */
async function measureOverview(api: GeoLensApi, config: NonNullable<BenchConfig['overview']>): Promise<{ file: string; bundleBytes: number; firstPaintMs: number[]; drawMs: number[]; extensionMs: number[]; beforePageMs: number[]; pageLoadMs: number[] }> {
  const firstPaintMs: number[] = [];
  const drawMs: number[] = [];
  const extensionMs: number[] = [];
  const beforePageMs: number[] = [];
  const pageLoadMs: number[] = [];
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(config.file));
  for (let run = 0; run < config.runs; run++) {
    await closeEverything();
    await vscode.window.showTextDocument(document);
    await sleep(300);
    const rendered = new Promise<RenderEvent>((resolve) => {
      const listener = api.overview.onDidRender((event) => {
        listener.dispose();
        resolve(event);
      });
    });
    const started = performance.now();
    await vscode.commands.executeCommand('geolens.showOverview');
    const event = await rendered;
    firstPaintMs.push(performance.now() - started);
    drawMs.push(event.ms);
    if (event.phases) {
      extensionMs.push(event.phases.extensionMs);
      beforePageMs.push(event.phases.beforePageMs);
      pageLoadMs.push(event.phases.pageLoadMs);
    }
    const phases = event.phases ? `; extension ${event.phases.extensionMs} ms, before the page ${event.phases.beforePageMs} ms, page load ${event.phases.pageLoadMs} ms` : '';
    say(`overview: first paint ${(performance.now() - started).toFixed(0)} ms (webview drawing ${event.ms} ms${phases})`);
  }
  await closeEverything();
  return { file: path.basename(config.file), bundleBytes: config.bundleBytes, firstPaintMs, drawMs, extensionMs, beforePageMs, pageLoadMs };
}

export async function run(): Promise<void> {
  try {
    await bench();
  } catch (error) {
    say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    throw error;
  }
}

async function bench(): Promise<void> {
  const config = JSON.parse(readFileSync(GEOLENS_EDITOR_BENCH_CONFIG, 'utf8')) as BenchConfig;
  const results: Record<string, unknown> = { startedAt: new Date().toISOString(), host: { node: process.version, platform: process.platform, uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop', remoteName: vscode.env.remoteName ?? null, vscode: vscode.version } };
  const write = () => writeFileSync(config.resultsFile, JSON.stringify(results, null, 2));
  results.memoryBaseline = memory();

  const extension = vscode.extensions.getExtension<GeoLensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this extension host`);
  const wasActive = extension.isActive;
  const activateStart = performance.now();
  const api = await extension.activate();
  results.activation = { wasActive, activateWallMs: performance.now() - activateStart, activationMs: api.activationMs };
  say(`activation: activate() took ${api.activationMs} ms (wall ${(performance.now() - activateStart).toFixed(0)} ms${wasActive ? ', already active' : ''})`);
  results.memoryAfterActivation = memory();
  write();

  for (const size of config.sizes) for (const file of size.files) benchFiles.add(vscode.Uri.file(file).fsPath);
  const probe = new AnnotateProbe(api);
  if (config.warmupFile) {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(config.warmupFile)));
    await sleep(1000);
    await closeEverything();
  }
  if (config.overview) {
    results.overview = await measureOverview(api, config.overview);
    write();
  }
  const sizes: Record<string, unknown>[] = [];
  results.sizes = sizes;
  try {
    for (const size of config.sizes) {
      say(`${size.label}: opening ${size.files.length} files`);
      const opens: OpenSample[] = [];
      let editor: vscode.TextEditor | undefined;
      let heapGrowth: { before: number; after: number; chars: number } | undefined;
      for (const file of size.files) {
        await closeEverything();
        await sleep(200);
        const before = heapGrowth ? undefined : collectedHeap();
        const measured = await measureOpen(api, probe, file);
        opens.push(measured.sample);
        editor = measured.editor;
        // What holding one open, highlighted document costs the extension host: its text as VS Code
        // keeps it, the annotations, the decoration ranges.
        if (before !== undefined) {
          await sleep(300);
          heapGrowth = { before, after: collectedHeap(), chars: measured.sample.chars };
        }
      }
      if (!editor) continue;
      say(`${size.label}: typing ${config.keystrokes} characters`);
      const typing = await measureTyping(api, probe, editor, config);
      const mem = memory();
      const entry: Record<string, unknown> = { label: size.label, bytes: size.bytes, chars: opens[0]?.chars, opens, edits: typing.samples, hostLoad: typing.load, memory: mem, heapGrowth };
      if (size === config.sizes[config.sizes.length - 1] && config.nearMissOffKeystrokes > 0) {
        // The same typing with the near-miss hints off: how much of the host's load is theirs (400 ms debounce, whole document).
        say(`${size.label}: typing ${config.nearMissOffKeystrokes} more characters with geolens.hints.nearMiss off`);
        const settings = vscode.workspace.getConfiguration('geolens');
        await settings.update('hints.nearMiss', false, vscode.ConfigurationTarget.Global);
        await sleep(500);
        try {
          const off = await measureTyping(api, probe, editor, config, config.nearMissOffKeystrokes);
          entry.nearMissOff = { edits: off.samples, hostLoad: off.load };
        } finally {
          await settings.update('hints.nearMiss', undefined, vscode.ConfigurationTarget.Global);
        }
      }
      sizes.push(entry);
      write();
      await closeEverything();
      await sleep(300);
    }
  } finally {
    probe.dispose();
  }
  results.memoryAfterSizes = memory();

  if (config.claims) {
    say(`claims: Extract Claims from Workspace over ${config.claims.files} files`);
    results.claims = await measureClaims(api, config.claims, (claims) => {
      results.claims = claims;
      write();
    });
    results.memoryAfterClaims = memory();
  }
  results.finishedAt = new Date().toISOString();
  write();
  say('done');
}
