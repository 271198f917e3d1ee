// Facts on bundled cards that were found wrong or stale, each pinned to what its dated source says
// (the sources are on the entries); a regenerated or hand-edited gazetteer must not bring them back.
import assert from 'node:assert/strict';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';

const index = loadBundledGazetteer();
const facts = (id: string): Record<string, unknown> => {
  const entry = index.get(id);
  assert.ok(entry, `${id} is bundled`);
  return entry.facts;
};

describe('bundled facts as of December 2026', () => {
  it('the MiG-21 is no longer flown by India (Sept 2025), Romania (May 2023) or Croatia (Dec 2024)', () => {
    const { operators, formerOperators } = facts('mig-21');
    for (const gone of ['ind', 'rou', 'hrv']) {
      assert.ok(!(operators as string[]).includes(gone), `${gone} is not a current operator`);
      assert.ok((formerOperators as string[]).includes(gone), `${gone} is a former operator`);
    }
    assert.ok((operators as string[]).includes('prk'));
  });
});
