/**
 * Exports leave the machine (a fact-check published as ClaimReview, annotations shared with other
 * tools): they never carry a local file path. A document gets an address only when the user gives a
 * public base for the workspace (`geolens.export.publicUrlBase`, the CLI's `--url-base`): the base
 * plus its workspace-relative path, each segment encoded.
 */
import { encodeComponent } from '../text/wellFormed';

export function publicDocumentUrl(base: string | undefined, file: string): string | undefined {
  if (!base || !/^https?:\/\/[^\s]+$/i.test(base)) return undefined;
  // Only a relative path is part of the published folder (not an untitled document's URI, not "..").
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) || file.startsWith('/') || file.split('/').includes('..')) return undefined;
  const path = file.split('/').filter((s) => s !== '' && s !== '.').map(encodeComponent).join('/');
  return path === '' ? undefined : `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
