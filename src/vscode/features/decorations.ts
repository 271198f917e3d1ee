/**
 * Highlights in visible editors: one decoration type per category, created once; applied at once on
 * editor switch and debounced while typing. Only the lines on screen and a margin around them are
 * decorated (VS Code draws nothing else): a keystroke in a 1 MB document then costs a few hundred
 * ranges, not 17,000 positions and their transfer to the window; scrolling near the margin's edge
 * decorates the new lines at once. A long document's first highlights come from the lines on screen
 * read on their own while the document is read in slices; they are redone when that is done. Colours
 * come from `contributes.colors`, so themes can override them.
 */
import * as vscode from 'vscode';
import { editDebounceMs } from '../editDebounce';
import { isUnlisted, type Annotation } from '../../core/types';
import type { GeoLensContext } from '../context';
import { toRange } from '../convert';

export type HighlightGroup = 'entity' | 'system' | 'treaty' | 'figure' | 'unlisted';
export const HIGHLIGHT_GROUPS: readonly HighlightGroup[] = ['entity', 'system', 'treaty', 'figure', 'unlisted'];

function groupOf(annotation: Annotation): HighlightGroup {
  if (annotation.category === 'figure') return 'figure';
  if (annotation.category === 'treaty') return 'treaty';
  if (isUnlisted(annotation)) return 'unlisted';
  return annotation.kind === 'system' ? 'system' : 'entity';
}

function createType(group: HighlightGroup): vscode.TextEditorDecorationType {
  // A name no gazetteer vouches for: quieter than the others, a dotted underline and no fill.
  if (group === 'unlisted') {
    return vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor('geolens.unlistedBorder'),
      borderStyle: 'dotted',
      borderWidth: '0 0 1px 0',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`geolens.${group}Background`),
    borderColor: new vscode.ThemeColor(`geolens.${group}Border`),
    borderStyle: 'solid',
    borderWidth: '0 0 1px 0',
    borderRadius: '2px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

/** Lines decorated beyond those on screen, each side: at least this many, or one screenful. */
export const MARGIN_MIN_LINES = 100;

interface LineSpan {
  from: number;
  to: number;
}

/** The visible lines, each stretch widened by the margin, merged where they meet. */
function linesToDecorate(editor: vscode.TextEditor): LineSpan[] {
  const last = editor.document.lineCount - 1;
  const visible = editor.visibleRanges.length > 0 ? editor.visibleRanges : [new vscode.Range(0, 0, Math.min(last, MARGIN_MIN_LINES), 0)];
  const spans: LineSpan[] = [];
  for (const range of [...visible].sort((a, b) => a.start.line - b.start.line)) {
    const margin = Math.max(MARGIN_MIN_LINES, range.end.line - range.start.line + 1);
    const span = { from: Math.max(0, range.start.line - margin), to: Math.min(last, range.end.line + margin) };
    const previous = spans[spans.length - 1];
    if (previous && span.from <= previous.to + 1) previous.to = Math.max(previous.to, span.to);
    else spans.push(span);
  }
  return spans;
}

/** Whether every visible stretch, with half a margin around it, lies inside the decorated lines. */
function stillCovered(editor: vscode.TextEditor, decorated: readonly LineSpan[]): boolean {
  const last = editor.document.lineCount - 1;
  return editor.visibleRanges.every((range) => {
    const slack = Math.max(MARGIN_MIN_LINES, range.end.line - range.start.line + 1) >> 1;
    const from = Math.max(0, range.start.line - slack);
    const to = Math.min(last, range.end.line + slack);
    return decorated.some((span) => span.from <= from && to <= span.to);
  });
}

export interface DecorationsApi {
  /** The ranges last applied to an editor, per group (for tests and the bench). */
  applied(editor: vscode.TextEditor): Record<HighlightGroup, vscode.Range[]> | undefined;
  /** Fires after an editor's decorations were applied. */
  onDidApply: vscode.Event<vscode.TextEditor>;
  /** Whether the last decorations came from the lines on screen read on their own (the document's first reading under way). */
  provisional(editor: vscode.TextEditor): boolean;
}

declare module '../context' {
  interface FeatureApis {
    decorations?: DecorationsApi;
  }
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  const types = new Map(HIGHLIGHT_GROUPS.map((group) => [group, createType(group)] as const));
  const applied = new WeakMap<vscode.TextEditor, Record<HighlightGroup, vscode.Range[]>>();
  const appliedEmitter = new vscode.EventEmitter<vscode.TextEditor>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  const enabledGroups = (): Set<HighlightGroup> => {
    const { highlights } = ctx.config.value;
    const groups = new Set<HighlightGroup>();
    if (!highlights.enabled) return groups;
    if (highlights.entities) groups.add('entity').add('system');
    if (highlights.treaties) groups.add('treaty');
    if (highlights.figures) groups.add('figure');
    if (highlights.unlisted) groups.add('unlisted');
    return groups;
  };

  // What the last redo after an edit cost (annotate + ranges), for the pause after the next edit. Only
  // those redos count: one on switching editors reads cached annotations and says nothing of the cost.
  const lastWorkMs = new Map<string, number>();
  const decoratedLines = new WeakMap<vscode.TextEditor, LineSpan[]>();
  // Editors whose highlights come from the lines on screen read on their own, until the document's
  // first reading (in slices) is done.
  const provisional = new WeakSet<vscode.TextEditor>();
  const decorate = (editor: vscode.TextEditor): void => {
    const ranges: Record<HighlightGroup, vscode.Range[]> = { entity: [], system: [], treaty: [], figure: [], unlisted: [] };
    const { document } = editor;
    const spans = linesToDecorate(editor);
    const groups = enabledGroups();
    provisional.delete(editor);
    // An annotation across two stretches' meeting point would come back from each.
    let doneUpTo = -1;
    for (const span of groups.size > 0 ? spans : []) {
      const start = document.offsetAt(new vscode.Position(span.from, 0));
      const end = document.offsetAt(document.lineAt(span.to).range.end);
      const quick = ctx.annotations.quickAnnotationsIn(document, start, end);
      if (!quick) break;
      if (!quick.exact) provisional.add(editor);
      for (const annotation of quick.annotations) {
        if (annotation.start <= doneUpTo) continue;
        const group = groupOf(annotation);
        if (groups.has(group)) ranges[group].push(toRange(document, annotation));
      }
      doneUpTo = end;
    }
    for (const [group, type] of types) editor.setDecorations(type, ranges[group]);
    decoratedLines.set(editor, spans);
    applied.set(editor, ranges);
    appliedEmitter.fire(editor);
  };

  const decorateVisible = (): void => {
    for (const editor of vscode.window.visibleTextEditors) decorate(editor);
  };

  const scheduleFor = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(pending.get(key));
    pending.set(
      key,
      setTimeout(() => {
        pending.delete(key);
        const started = performance.now();
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) decorate(editor);
        lastWorkMs.set(key, performance.now() - started);
      }, editDebounceMs(lastWorkMs.get(key))),
    );
  };

  decorateVisible();
  const disposables: vscode.Disposable[] = [
    ...types.values(),
    appliedEmitter,
    vscode.window.onDidChangeVisibleTextEditors(decorateVisible),
    vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => {
      const decorated = decoratedLines.get(textEditor);
      if (decorated && !stillCovered(textEditor, decorated)) decorate(textEditor);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0 && ctx.annotations.isSupported(event.document)) scheduleFor(event.document);
    }),
    vscode.workspace.onDidOpenTextDocument(() => decorateVisible()),
    vscode.workspace.onDidCloseTextDocument((document) => lastWorkMs.delete(document.uri.toString())),
    ctx.annotations.onDidInvalidate(decorateVisible),
    ctx.annotations.onDidRead((document) => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) decorate(editor);
    }),
    { dispose: () => pending.forEach((timer) => clearTimeout(timer)) },
  ];
  ctx.apis.decorations = { applied: (editor) => applied.get(editor), onDidApply: appliedEmitter.event, provisional: (editor) => provisional.has(editor) };
  return disposables;
}

