/**
 * The gazetteer in use: the bundled one with the user's files layered over it (later files win by
 * id; see merge.ts). One function for the editor and the CLI, so both load, check and report user
 * files the same way. Parsing a file (`parseUserGazetteer`) is separate from layering, so a caller
 * can parse big files off its main thread and layer the results.
 */
import { bundledPlaces } from '../places/bundledPlaces';
import { bundledEntries, loadBundledGazetteer } from './bundled';
import { GazetteerIndex } from './gazetteerIndex';
import { loadGazetteerSource } from './load';
import { mergeLayers } from './merge';
import type { Entry, GazetteerSource, Problem } from './schema';
import { checkReferences, checkSharedAliases, checkUniqueIds } from './validate';

export interface UserGazetteerFile extends GazetteerSource {
  /** How cards name the file the text came from (a workspace-relative path); `file` if absent. */
  label?: string;
}

/** One user file, parsed: its good entries (each marked with where it came from) and its problems. */
export interface ParsedUserGazetteer {
  file: string;
  entries: Entry[];
  problems: Problem[];
}

export interface LayeredGazetteer {
  index: GazetteerIndex;
  /** Problems in the user's files only (the bundled files are checked when they are built). */
  problems: Problem[];
  userEntries: number;
}

export function parseUserGazetteer(source: UserGazetteerFile): ParsedUserGazetteer {
  const { entries, problems } = loadGazetteerSource(source);
  const origin = source.label ?? source.file;
  for (const entry of entries) entry.origin = origin;
  return { file: source.file, entries, problems };
}

/**
 * Layers, in order: the bundled gazetteer, fetched facts (Update Facts), the parsed user files;
 * checks what the user files add.
 */
export function layerGazetteers(parsed: readonly ParsedUserGazetteer[], facts: readonly Entry[] = []): LayeredGazetteer {
  const userEntries = parsed.flatMap((p) => p.entries);
  const problems = parsed.flatMap((p) => p.problems);
  // Without user entries or fetched facts the bundled index (built once) is the whole gazetteer.
  if (userEntries.length === 0 && facts.length === 0) return { index: loadBundledGazetteer(), problems, userEntries: 0 };
  const entries = mergeLayers([bundledEntries(), [...facts], userEntries]);
  if (userEntries.length === 0) return { index: new GazetteerIndex(entries, { places: bundledPlaces }), problems, userEntries: 0 };
  const userFiles = new Set(parsed.map((p) => p.file));
  const inUserFile = (p: Problem): boolean => userFiles.has(p.file);
  problems.push(...checkUniqueIds(userEntries), ...[...checkReferences(entries), ...checkSharedAliases(entries)].filter(inUserFile));
  return { index: new GazetteerIndex(entries, { places: bundledPlaces }), problems, userEntries: userEntries.length };
}

/** Parses and layers user files in one call (the CLI; small files in the editor). */
export function loadLayeredGazetteer(sources: readonly UserGazetteerFile[]): LayeredGazetteer {
  return layerGazetteers(sources.map(parseUserGazetteer));
}
