/** Core spans (UTF-16 offsets) to VS Code ranges and back; VS Code also counts UTF-16 code units. */
import * as vscode from 'vscode';
import type { Span } from '../core/types';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSpan(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}
