/**
 * The gazetteer in use: the bundled one with the user's YAML files layered over it (workspace
 * `.geolens/gazetteer/**` and the `geolens.gazetteers` setting). Reloaded on save; every problem is
 * shown in the Problems panel at its line and column, and a bad file never stops the rest loading.
 */
import * as vscode from 'vscode';
import { type GazetteerIndex, layerGazetteers, type ParsedUserGazetteer, parseUserGazetteer, type Problem, type UserGazetteerFile } from '../../core/gazetteer';
import type { GeoLensContext } from '../context';
import { linkOnTheWay, resolveSettingPath, workspaceRoot } from '../workspacePaths';

const WORKSPACE_GLOB = '.geolens/gazetteer/**/*.{yaml,yml}';
const MAX_GAZETTEER_BYTES = 5_000_000;
/** Files larger than this are parsed in the worker thread (where the host has one). */
const OFFLOAD_BYTES = 256 * 1024;

export interface GazetteerApi {
  reload(): Promise<GazetteerIndex>;
  /** Files read in the last load, with their problem counts. */
  lastLoad(): { files: string[]; problems: number };
}

/**
 * The user's gazetteer files: `.geolens/gazetteer/**` and the `geolens.gazetteers` setting, each
 * inside the workspace folder with no symbolic link on the way (others are refused, and said why).
 */
async function userFiles(ctx: GeoLensContext): Promise<{ files: vscode.Uri[]; refused: string[] }> {
  const root = workspaceRoot();
  if (!vscode.workspace.isTrusted || !root) return { files: [], refused: [] };
  const refused: string[] = [];
  const found = await vscode.workspace.findFiles(WORKSPACE_GLOB, '**/node_modules/**', 500);
  const fromSettings: vscode.Uri[] = [];
  for (const setting of ctx.config.value.gazetteers) {
    const resolved = resolveSettingPath(setting, root);
    if ('uri' in resolved) fromSettings.push(resolved.uri);
    else refused.push(vscode.l10n.t('geolens.gazetteers entry "{0}" is not read: {1}.', setting, resolved.error));
  }
  const seen = new Set<string>();
  const files: vscode.Uri[] = [];
  for (const uri of [...found, ...fromSettings]) {
    if (seen.has(uri.toString())) continue;
    seen.add(uri.toString());
    const link = await linkOnTheWay(root, uri).catch(() => undefined);
    if (link) refused.push(vscode.l10n.t('Gazetteer file {0} is not read: {1}.', vscode.workspace.asRelativePath(uri), link));
    else files.push(uri);
  }
  return { files, refused };
}

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const start = new vscode.Position(Math.max(0, problem.line - 1), Math.max(0, problem.column - 1));
  const end = problem.endLine !== undefined && problem.endColumn !== undefined ? new vscode.Position(Math.max(0, problem.endLine - 1), Math.max(0, problem.endColumn - 1)) : start.translate(0, 1);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start, end.isBefore(start) ? start : end), problem.message, problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diagnostic.source = 'GeoLens gazetteer';
  return diagnostic;
}

declare module '../context' {
  interface FeatureApis {
    gazetteer?: GazetteerApi;
  }
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  const diagnostics = vscode.languages.createDiagnosticCollection('geolens-gazetteer');
  let last = { files: [] as string[], problems: 0 };

  /** One file parsed: in the worker thread when it is big (YAML is ~1 s per MB), else here. */
  const parse = async (source: UserGazetteerFile): Promise<ParsedUserGazetteer> => {
    if (source.text.length > OFFLOAD_BYTES && ctx.offload.available) {
      try {
        return await ctx.offload.run<ParsedUserGazetteer>({ kind: 'parseGazetteer', source });
      } catch (error) {
        ctx.output.warn(`Parsing ${source.label ?? source.file} in the worker failed (${error instanceof Error ? error.message : String(error)}); parsing it here.`);
      }
    }
    return parseUserGazetteer(source);
  };

  let lastRefused = '';
  const reload = async (): Promise<GazetteerIndex> => {
    const { files, refused } = await userFiles(ctx);
    if (refused.length > 0 && refused.join('\n') !== lastRefused) {
      for (const message of refused) ctx.output.warn(message);
      void vscode.window.showWarningMessage(refused.length === 1 ? refused[0] : vscode.l10n.t('{0} (and {1} more: see the GeoLens output).', refused[0], refused.length - 1));
    }
    lastRefused = refused.join('\n');
    const parsed: ParsedUserGazetteer[] = [];
    const unreadable: Problem[] = [];
    for (const uri of files) {
      const file = uri.toString();
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength > MAX_GAZETTEER_BYTES) {
          unreadable.push({ file, line: 1, column: 1, severity: 'error', message: `This gazetteer file is ${bytes.byteLength} bytes, over the ${MAX_GAZETTEER_BYTES}-byte limit; split it into smaller files.` });
          continue;
        }
        const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
        parsed.push(await parse({ file, label: vscode.workspace.asRelativePath(uri), text }));
      } catch (error) {
        unreadable.push({ file, line: 1, column: 1, severity: 'error', message: `Cannot read this gazetteer file (${error instanceof Error ? error.message : String(error)}); check the path in the geolens.gazetteers setting.` });
      }
    }
    const layered = layerGazetteers(parsed, ctx.annotations.facts);
    const problems = [...unreadable, ...layered.problems];
    diagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const problem of problems) {
      const list = byFile.get(problem.file) ?? [];
      list.push(toDiagnostic(problem));
      byFile.set(problem.file, list);
    }
    for (const [file, list] of byFile) diagnostics.set(vscode.Uri.parse(file), list);
    const errors = problems.filter((p) => p.severity === 'error').length;
    if (errors > 0) ctx.output.warn(`Gazetteer: ${errors} problem(s) in ${byFile.size} file(s); see the Problems panel.`);
    last = { files: files.map((f) => f.toString()), problems: problems.length };
    ctx.annotations.setGazetteer(layered.index, parsed);
    ctx.output.info(`Gazetteer loaded: ${layered.index.size} entries (${layered.userEntries} from ${files.length} user file(s)).`);
    return layered.index;
  };

  const watcher = vscode.workspace.createFileSystemWatcher(WORKSPACE_GLOB);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scheduleReload = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), 200);
  };
  const isUserGazetteer = (document: vscode.TextDocument): boolean => /\.geolens\/gazetteer\/.*\.ya?ml$/.test(document.uri.path) || last.files.includes(document.uri.toString());

  // Without a folder there are no user files, but fetched facts may still need layering (see facts.ts).
  if (vscode.workspace.workspaceFolders?.length) void reload();
  const disposables: vscode.Disposable[] = [
    diagnostics,
    watcher,
    watcher.onDidChange(scheduleReload),
    watcher.onDidCreate(scheduleReload),
    watcher.onDidDelete(scheduleReload),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (isUserGazetteer(document)) scheduleReload();
    }),
    ctx.config.onDidChange(scheduleReload),
    vscode.commands.registerCommand('geolens.reloadGazetteer', async () => {
      const index = await reload();
      void vscode.window.showInformationMessage(vscode.l10n.t('GeoLens gazetteer reloaded: {0} entries.', index.size));
      return index.size;
    }),
    { dispose: () => clearTimeout(timer) },
  ];
  ctx.apis.gazetteer = { reload, lastLoad: () => last };
  return disposables;
}
