/**
 * The messages between the extension and the overview webview (both directions), typed once.
 * Offsets are UTF-16 code units into the document, as everywhere in GeoLens.
 */
import type { Overview } from '../core/overview';

export type ChartName = 'map' | 'timeline' | 'money';
export type ExportFormat = 'svg' | 'png';

export interface PageTiming {
  pageAt: number;
  scriptAt: number;
}

export type ToWebview =
  | { type: 'overview'; title: string; overview: Overview; version: number }
  | { type: 'cursor'; offset: number }
  | { type: 'export'; chart: ChartName; format: ExportFormat; request: number };

export type FromWebview =
  /** Loaded; `version` is the overview it drew from the page itself (0: none). */
  | { type: 'ready'; version: number }
  /**
   * The overview of `version` is on screen; `ms` from receiving it to drawn. The first one also
   * gives, in epoch ms, when the page's navigation began and when this script started running, so
   * the first paint can be split into VS Code's share and the page's.
   */
  | { type: 'rendered'; version: number; ms: number; timing?: PageTiming }
  /** Select these spans in the document (all mentions of a country, one date…). */
  | { type: 'reveal'; spans: { start: number; end: number }[] }
  /** The chart as a file: SVG text, or PNG as base64. `request` answers an export request. */
  | { type: 'exported'; chart: ChartName; format: ExportFormat; data: string; request?: number }
  | { type: 'error'; message: string };
