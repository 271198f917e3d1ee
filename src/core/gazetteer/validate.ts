/**
 * Checks that span entries (possibly from several files): ids unique, references resolvable, and
 * every alias that two entries share has a rule (priority or context) saying which one wins where.
 */
import { aliasKey } from './aliasKey';
import type { Alias, Entry, Problem } from './schema';

function at(entry: Entry, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { file: entry.file, line: entry.line, column: 1, severity, message };
}

export function checkUniqueIds(entries: Entry[]): Problem[] {
  const seen = new Map<string, Entry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) problems.push(at(entry, `Duplicate id "${entry.id}" (first defined at ${first.file}:${first.line}); give this entry another id.`));
    else seen.set(entry.id, entry);
  }
  return problems;
}

export function checkReferences(entries: Entry[]): Problem[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const id of entry.related) {
      if (!byId.has(id)) problems.push(at(entry, `"related" names "${id}", which no entry has as its id.`, 'warning'));
    }
    for (const id of entry.metonyms) {
      const place = byId.get(id);
      if (!place) problems.push(at(entry, `"metonyms" names "${id}", which no entry has as its id; add a place entry for it.`));
      else if (place.kind !== 'place') problems.push(at(entry, `"metonyms" names "${id}", a ${place.kind}; metonyms must be places.`));
    }
    if (entry.metonymFor !== undefined && !byId.has(entry.metonymFor)) {
      problems.push(at(entry, `"metonymFor" names "${entry.metonymFor}", which no entry has as its id.`));
    }
  }
  return problems;
}

interface Claimant {
  entry: Entry;
  alias: Alias;
}

function hasRule(claimants: Claimant[]): boolean {
  if (claimants.some((c) => c.alias.context && c.alias.context.length > 0)) return true;
  const priorities = claimants.map((c) => c.alias.priority ?? 0);
  const top = Math.max(...priorities);
  return priorities.filter((p) => p === top).length === 1;
}

/** An alias two entries share must say which wins: otherwise "Georgia" would resolve by file order. */
export function checkSharedAliases(entries: Entry[]): Problem[] {
  const claims = new Map<string, Claimant[]>();
  for (const entry of entries) {
    // Explicit aliases first, so a rule written on an alias counts even when it repeats the name.
    const keys = new Set<string>();
    for (const alias of [...entry.aliases, ...entry.demonyms, { text: entry.name }]) {
      const key = aliasKey(alias.text);
      if (key === '' || keys.has(key)) continue;
      keys.add(key);
      const list = claims.get(key) ?? [];
      list.push({ entry, alias });
      claims.set(key, list);
    }
  }
  const problems: Problem[] = [];
  for (const claimants of claims.values()) {
    if (claimants.length < 2 || hasRule(claimants)) continue;
    const names = claimants.map((c) => `"${c.entry.id}" (${c.entry.file}:${c.entry.line})`).join(' and ');
    const last = claimants[claimants.length - 1];
    problems.push(at(last.entry, `Alias "${last.alias.text}" is shared by ${names}; give one of them a higher "priority" or a "context" list so it resolves predictably.`));
  }
  return problems;
}

export function validateEntries(entries: Entry[]): Problem[] {
  return [...checkUniqueIds(entries), ...checkReferences(entries), ...checkSharedAliases(entries)];
}
