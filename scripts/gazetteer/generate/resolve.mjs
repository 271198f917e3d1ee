// Makes every alias that two generated entries share resolvable (the validator's rule): foreign-
// language and person aliases that collide are dropped; otherwise the most likely entry wins by a
// priority (countries over organisations over places over people; sovereign over territory; larger
// population first).

const KIND_RANK = { country: 0, bloc: 1, organisation: 1, place: 2, person: 3 };
const CLAIM_RANK = { name: 0, alias: 1, demonym: 2 };

function claimsOf(entry, aliasKey) {
  const seen = new Set();
  const out = [];
  const push = (alias, type, list) => {
    const key = aliasKey(alias.text);
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ entry, alias, type, key, list });
  };
  push({ text: entry.name }, 'name');
  for (const alias of entry.aliases) push(alias, 'alias', entry.aliases);
  for (const alias of entry.demonyms) push(alias, 'demonym', entry.demonyms);
  return out;
}

function hasRule(claims) {
  if (claims.some((c) => c.alias.context && c.alias.context.length > 0)) return true;
  const priorities = claims.map((c) => c.alias.priority ?? 0);
  const top = Math.max(...priorities);
  return priorities.filter((p) => p === top).length === 1;
}

function remove(claim) {
  const i = claim.list.indexOf(claim.alias);
  if (i >= 0) claim.list.splice(i, 1);
}

/**
 * @param entries all generated entries (mutated)
 * @param weight entry → number (population; larger wins among equals)
 * @returns a log of decisions
 */
export function resolveSharedAliases(entries, aliasKey, weight) {
  const log = { dropped: [], prioritised: [], unresolved: [] };
  // Two passes: dropping an alias can expose an entry's later alias with the same key.
  for (let pass = 0; pass < 3; pass++) {
    const groups = new Map();
    for (const entry of entries) {
      for (const claim of claimsOf(entry, aliasKey)) {
        const list = groups.get(claim.key) ?? [];
        list.push(claim);
        groups.set(claim.key, list);
      }
    }
    let changed = false;
    for (const [key, group] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      let claims = group;
      if (claims.length < 2 || hasRule(claims)) continue;
      // Other-language names and people's short names: drop rather than guess.
      for (const c of claims) {
        if (c.type !== 'name' && (c.alias.lang || c.entry.kind === 'person')) {
          remove(c);
          log.dropped.push(`${c.entry.id}: "${c.alias.text}"${c.alias.lang ? ` (${c.alias.lang})` : ''} shared with ${claims.filter((o) => o !== c).map((o) => o.entry.id).join(', ')}`);
          changed = true;
        }
      }
      claims = claims.filter((c) => c.type === 'name' || !(c.alias.lang || c.entry.kind === 'person'));
      if (claims.length < 2 || hasRule(claims)) continue;
      const ranked = [...claims].sort(
        (a, b) =>
          (KIND_RANK[a.entry.kind] ?? 9) - (KIND_RANK[b.entry.kind] ?? 9) ||
          CLAIM_RANK[a.type] - CLAIM_RANK[b.type] ||
          Number(b.entry._sovereign ?? true) - Number(a.entry._sovereign ?? true) ||
          weight(b.entry) - weight(a.entry) ||
          (a.entry.id < b.entry.id ? -1 : 1),
      );
      const [winner, ...losers] = ranked;
      if (winner.type === 'name') {
        for (const loser of losers) {
          if (loser.type === 'name') {
            log.unresolved.push(`"${key}": names of ${winner.entry.id} and ${loser.entry.id}`);
            continue;
          }
          loser.alias.priority = Math.min(loser.alias.priority ?? 0, -1);
        }
      } else {
        const top = Math.max(...losers.map((l) => l.alias.priority ?? 0));
        winner.alias.priority = top + 1;
      }
      log.prioritised.push(`"${winner.alias.text}" → ${winner.entry.id} over ${losers.map((l) => l.entry.id).join(', ')}`);
      changed = true;
    }
    if (!changed) break;
  }
  return log;
}
